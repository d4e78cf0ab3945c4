/**
 * Runs the command-line examples against the built CLI, once per language of the site, and
 * renders the "Command-line examples" page and the home page's main command from their real
 * output.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Lang } from '../../src/index.js'
import { codeBlock, frontMatter, generatedNote } from './_markdown.js'
import { ROOT } from './_paths.js'
import type { CliExample } from './cli-examples.js'

/** What one run of the command printed. */
export interface CliRun {
  readonly example: CliExample
  /** The command line as it was run (the example's, with `--lang` where it was added). */
  readonly line: string
  readonly stdout: string
  readonly stderr: string
  readonly status: number
}

/** Splits a command line into words, honouring single and double quotes (no other shell syntax). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = []
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
    words.push(m[1] ?? m[2] ?? m[3] ?? '')
  return words
}

/** The command an example runs (`plan`, `schema`, …), or `null` for global options. */
export function commandOf(example: CliExample): string | null {
  const [, first] = splitCommandLine(example.run)
  return first === undefined || first.startsWith('-') ? null : first
}

/** Where and in which language the examples run. */
export interface RunOptions {
  readonly cli?: string
  readonly inputs?: string
  /** The page's language, added as `--lang` to the commands in `langCommands`. */
  readonly lang?: Lang
  /** The commands whose help offers `--lang` (`null` for the global options). */
  readonly langCommands?: ReadonlySet<string | null>
}

/** The command line of an example as run for a language. */
export function commandLine(example: CliExample, options: RunOptions = {}): string {
  const { lang, langCommands } = options
  return lang && langCommands?.has(commandOf(example))
    ? `${example.run} --lang ${lang}`
    : example.run
}

/**
 * Runs every example with `node <cli> …` in a fresh copy of the inputs folder and checks its
 * exit code.
 *
 * @throws Error naming the example when a command line does not start with `eco-targets` or
 *   the command ends with an exit code other than the one the entry expects
 */
export function runCliExamples(
  examples: readonly CliExample[],
  options: RunOptions = {},
): CliRun[] {
  const cli = options.cli ?? join(ROOT, 'dist', 'cli.js')
  const cwd = mkdtempSync(join(tmpdir(), 'eco-targets-cli-examples-'))
  try {
    cpSync(options.inputs ?? join(ROOT, 'docs', 'cli-inputs'), cwd, { recursive: true })
    return examples.map((example) => {
      const line = commandLine(example, options)
      const [program, ...args] = splitCommandLine(line)
      if (program !== 'eco-targets') {
        throw new Error(`CLI example "${example.run}": start the command line with eco-targets`)
      }
      const r = spawnSync(process.execPath, [cli, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      })
      if (r.error) throw r.error
      const status = r.status ?? -1
      if (status !== (example.exit ?? 0)) {
        throw new Error(
          `CLI example "${line}" exited with ${status}, expected ${example.exit ?? 0}:\n${r.stderr}`,
        )
      }
      return { example, line, stdout: r.stdout, stderr: r.stderr, status }
    })
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

/** The commands `eco-targets --help` lists under "Commands:". */
export function listedCommands(help: string): string[] {
  const section = help.split(/\n\s*\n/).find((block) => block.startsWith('Commands:'))
  return (section ?? '')
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const m = /^\s+([a-z][\w-]*)\s/.exec(line)
      return m?.[1] ? [m[1]] : []
    })
}

const WORDS = {
  zh: {
    more: (n: number) => `……（以下还有${n}行）`,
    exit: (n: number) => `退出码为${n}。`,
    title: '命令行示例',
    intro: [
      '本页的每个示例都在构建本站时用构建好的命令实际运行，显示的是命令的真实输出，较长的输出只显示前几十行。',
      '选项、输入格式和退出码的说明见[命令行](../guides/cli.md)。',
    ],
    usage: '用法和选项（<code>--help</code>）',
    cut: '（以下从略，完整报告见[示例报告](./sample-report.md)。）',
    englishHelp:
      '命令的帮助和提示信息目前只有英文；报告、工作要点和任务清单用 `--lang zh` 输出中文。',
  },
  en: {
    more: (n: number) => `… (${n} more lines)`,
    exit: (n: number) => `Exit code ${n}.`,
    title: 'Command-line examples',
    intro: [
      'Every example on this page was run against the built command when this site was built; the',
      'output is what the command printed, cut after a few dozen lines where it is long. The',
      '[command line guide](../guides/cli.md) explains the options, the input formats and the exit codes.',
    ],
    usage: 'Usage and options (<code>--help</code>)',
    cut: '(Cut here; the whole report is on the [sample report](./sample-report.md) page.)',
    englishHelp: '',
  },
} as const

/** The transcript of a run as a console block, cut after the example's line budget. */
export function renderTranscript(run: CliRun, lang: Lang = 'en'): string {
  const output = `${run.stdout}${run.stderr}`.replace(/\n$/, '')
  const lines = output === '' ? [] : output.split('\n')
  const budget = run.example.lines ?? 40
  const shown = lines.slice(0, budget)
  if (lines.length > budget) shown.push(WORDS[lang].more(lines.length - budget))
  const block = codeBlock('console', [`$ ${run.line}`, ...shown].join('\n'))
  return run.status === 0 ? block : `${block}\n\n${WORDS[lang].exit(run.status)}`
}

/**
 * The page: every command `eco-targets --help` lists, with its own `--help` text and its
 * examples, each with the real output.
 *
 * @param runs - the examples' runs, in list order
 * @param help - the output of `eco-targets --help` and of `eco-targets <command> --help`
 * @param lang - the page's language
 * @throws Error naming the command when a listed command has no example
 */
export function renderCliPage(
  runs: readonly CliRun[],
  help: { readonly root: string; readonly commands: Readonly<Record<string, string>> },
  lang: Lang = 'en',
): string {
  const commands = listedCommands(help.root)
  const missing = commands.filter((c) => !runs.some((r) => commandOf(r.example) === c))
  if (missing.length) {
    throw new Error(
      `no example for the command(s) ${missing.join(', ')}: add a line to scripts/docs/cli-examples.ts`,
    )
  }
  const w = WORDS[lang]
  const example = (r: CliRun) => `**${r.example.about[lang]}**\n\n${renderTranscript(r, lang)}`
  const out = [
    frontMatter({ title: w.title }),
    generatedNote('scripts/docs/cli-page.ts from scripts/docs/cli-examples.ts'),
    '',
    `# ${w.title}`,
    '',
    ...w.intro,
    // Until the command line speaks Chinese (its help then offers --lang), the page says so.
    ...(lang === 'zh' && !/--lang\b/.test(help.root) ? [w.englishHelp] : []),
    '',
    ...runs.filter((r) => commandOf(r.example) === null).map(example),
    '',
  ]
  for (const command of commands) {
    out.push(`## eco-targets ${command}`, '')
    out.push(
      `<details><summary>${w.usage}</summary>`,
      '',
      codeBlock('text', help.commands[command] ?? ''),
      '',
      '</details>',
      '',
    )
    for (const r of runs.filter((x) => commandOf(x.example) === command)) out.push(example(r), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}

/**
 * Markdown output shown as part of a page: its headings become bold lines (so they stay out of
 * the page's table of contents), cut at the last blank line within `budget` lines.
 */
export function embeddedMarkdown(markdown: string, budget: number): { text: string; cut: boolean } {
  const lines = markdown.replace(/\n+$/, '').split('\n')
  let end = lines.length
  if (lines.length > budget) {
    end = budget
    while (end > 0 && lines[end - 1]?.trim() !== '') end--
  }
  const text = lines
    .slice(0, end)
    .map((l) => l.replace(/^#{1,6}\s+(.*)$/, (_, h: string) => `**${h.replace(/\*/g, '\\*')}**`))
    .join('\n')
  return { text: text.trimEnd(), cut: end < lines.length }
}

/**
 * The home page's main command: the example marked `home`, its command line, and its Markdown
 * output shown rendered (a report reads as a report, not as raw text), in a box that scrolls.
 */
export function renderHomeCommand(runs: readonly CliRun[], lang: Lang = 'en'): string {
  const home = runs.find((r) => r.example.home)
  if (!home)
    throw new Error('no CLI example is marked home: mark one in scripts/docs/cli-examples.ts')
  const shown = embeddedMarkdown(home.stdout, home.example.lines ?? 40)
  return [
    home.example.about[lang],
    '',
    codeBlock('console', `$ ${home.line}`),
    '',
    '<div class="command-output">',
    '',
    shown.text,
    '',
    ...(shown.cut ? [WORDS[lang].cut, ''] : []),
    '</div>',
    '',
  ].join('\n')
}

/** Which commands offer `--lang`, read from their help (`null` for the global options). */
export function langCommands(help: {
  readonly root: string
  readonly commands: Readonly<Record<string, string>>
}): Set<string | null> {
  const set = new Set<string | null>()
  if (/--lang\b/.test(help.root)) set.add(null)
  for (const [command, text] of Object.entries(help.commands))
    if (/--lang\b/.test(text)) set.add(command)
  return set
}

/**
 * Runs `eco-targets --help` and `eco-targets <command> --help` for every listed command, with
 * `--lang` for a language when the help offers it.
 */
export function readCliHelp(
  cli: string = join(ROOT, 'dist', 'cli.js'),
  lang?: Lang,
): { root: string; commands: Record<string, string> } {
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`eco-targets ${args.join(' ')} exited with ${r.status}`)
    return r.stdout
  }
  const withLang = (text: string, args: string[]) =>
    lang && /--lang\b/.test(text) ? run(...args, '--lang', lang) : text
  const root = withLang(run('--help'), ['--help'])
  return {
    root,
    commands: Object.fromEntries(
      listedCommands(root).map((c) => [c, withLang(run(c, '--help'), [c, '--help'])]),
    ),
  }
}
