import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SAMPLE_2022 } from '../../src/cli/sample.js'
import { DOMAINS, METRICS, ObservationSchema, PUBLIC_SCHEMAS } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { runAsIs } from '../_helpers/cli.js'
import { ROOT } from '../_helpers/shared.js'

// The command line, run in-process as a user runs it, with `--lang zh` wherever the command's
// help offers it. Files named on a command line are read from `docs/cli-inputs/` (the inputs of
// the documentation's examples) and the bundled sample.
export const INPUTS = join(ROOT, 'docs', 'cli-inputs')

/** The station codes of the hourly input, read from its `station` column. */
function stationCodes(): string[] {
  const [header, ...rows] = readFileSync(join(INPUTS, 'hourly.csv'), 'utf8').trim().split('\n')
  const column = header?.split(',').indexOf('station') ?? -1
  return [...new Set(rows.map((r) => r.split(',')[column] ?? ''))]
}
export const SAMPLE = join(ROOT, 'sample', '2022')
export const SAMPLE_FILES = SAMPLE_2022.observations.map((f) => join(SAMPLE, f.file))

/**
 * Runs the command line in-process as a Chinese reader does: help as given (Chinese is the
 * default), everything else with `--lang zh` too (every command has it).
 */
export async function runZh(args: readonly string[]) {
  const lang = args.includes('--help') ? [] : ['--lang', 'zh']
  return runAsIs([...args, ...lang], { disk: true, cwd: INPUTS })
}

/**
 * What the command line's text may show in Latin letters besides the reports' allow-list: the
 * ids and keys a reader types or reads in the data (targets, tasks, pillars, domains, metrics,
 * observation kinds, schema names), options (`--lang`), and the names of the files given.
 */
export const COMMAND_LINE_IDENTIFIERS: ReadonlySet<string> = new Set([
  ...plan2022.targets.map((t) => t.id),
  ...plan2022.tasks.map((t) => t.id),
  ...plan2022.pillars.map((p) => p.id),
  ...Object.keys(DOMAINS),
  ...Object.keys(METRICS),
  ...ObservationSchema.options.map((o) => o.shape.kind.value),
  ...Object.keys(PUBLIC_SCHEMAS),
  // the commands, and the fields of the observations (the paths of input messages)
  ...['evaluate', 'aqi', 'air', 'water', 'plan', 'tasks', 'schema', 'validate', 'init'],
  // the names of file formats and of the standard for schemas, the values of --lang and the
  // date pattern, as Chinese texts write them
  ...['JSON', 'Lines', 'YAML', 'CSV', 'Markdown', 'HTML', 'Schema', 'zh', 'en', 'YYYY-MM-DD'],
  // and of the compression and the text encodings a reader is told about
  ...['gzip', 'GBK', 'UTF-8', 'UTF-16'],
  ...ObservationSchema.options.flatMap((o) => Object.keys(o.shape)),
  // the station codes of the reader's own data, printed as given (`S1`, `1001A`)
  ...stationCodes(),
])

/** Options and file names, taken out of a text before its words are checked. */
export function withoutOptionsAndFiles(text: string): string {
  // the help's example command lines first (typed as written, as a code block), then file names
  // (`sample/2022/air-days.jsonl`), then options that start a word, then what the reader typed,
  // quoted back in a message (`"no-such-command"`, `"2a4"`)
  return text
    .replace(/^ {2}\$ eco-targets .*$/gm, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/[\w./*-]+\.(?:csv|jsonl?|ya?ml|html|md|txt)\b/g, ' ')
    .replace(/(?<![\w-])--?[a-z][\w-]*(=\S*)?/g, ' ')
}

/** Every command's text output (not CSV or JSON): the documentation's examples, help and errors. */
export const COMMAND_LINES: readonly (readonly string[])[] = [
  ['--help'],
  ...['evaluate', 'aqi', 'air', 'water', 'plan', 'tasks', 'schema', 'validate'].map((c) => [
    c,
    '--help',
  ]),
  ['evaluate', '--sample'],
  ['evaluate', '--sample', '--as-of', '2022-06-30', '--format', 'html'],
  ['evaluate', '--sample', '--fail-on', 'notMet'],
  ['aqi', '--pm25', '80', '--o3-8h', '120'],
  [
    'aqi',
    '--realtime',
    '--so2',
    '10',
    '--no2',
    '60',
    '--co',
    '1.2',
    '--o3',
    '210',
    '--pm10',
    '150',
    '--pm25',
    '120',
  ],
  ['air', 'hourly.csv', '--city-of', '*=示例市'],
  ['air', 'hourly.csv', '--city-of', 'S1=甲市', '--city-of', 'S2=乙市', '--rank'],
  ['water', 'sections.csv'],
  ['tasks', '--sample', '--as-of', '2022-06-30'],
  ['tasks', '--sample', '--pillar', 'pollution'],
  ['plan'],
  ['plan', '--domain', 'air'],
  ['schema'],
  ['validate', '--sample'],
  ['validate', '--kind', 'airDaily', 'city-days.csv'],
  ['validate', '--kind', 'airDaily', 'bad-days.csv'],
  ['no-such-command'],
]
