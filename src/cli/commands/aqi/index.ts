// `aqi --pm25 80` must start fast: the daily AQI and its tables are bundled into this command's
// chunk (tsup.config.ts), and nothing on the way to one flag report imports a library entry,
// which would load every module behind it and zod; the rest is imported where it is needed.
import { parseNumberBytes } from '../../../_lib/csv/number.js'
import { isInputError } from '../../../_lib/errors/input-error.js'
import { dailyAqi } from '../../../standards/air/daily.js'
import type { AqiResult, InputIssue } from '../../../standards/air/index.js'
import {
  AQI_TABLE_SOURCES,
  type AqiStandard,
  DEFAULT_AQI_STANDARD,
} from '../../../standards/air/tables.js'
import { defineCommand } from '../../command/index.js'
import { EXIT_CODES, UsageError } from '../../errors.js'
import { openInput } from '../../input/source.js'
import { checkedJson } from '../../output/json.js'
import { writeResult } from '../../output/result.js'
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'
import {
  type AqiCalculationOptions,
  type AqiReport,
  issueKey,
  REPORT_KEYS,
  renderAqiText,
  unitsOf,
} from './_text.js'

/** A bad concentration flag: the flag, then the catalogue's message. */
const flagMessage = (flag: string, issue: Pick<InputIssue, 'message'>) => ({
  zh: `--${flag}：${issue.message.zh}`,
  en: `--${flag}: ${issue.message.en}`,
})

/** Concentration flags and the input key each gives. */
const VALUE_FLAGS = {
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  pm10: 'pm10',
  pm25: 'pm25',
  o3: 'o3',
  'o3-1h': 'o3_1h',
  'o3-8h': 'o3_8h',
  'so2-24h': 'so2_24h',
} as const

type ValueFlag = keyof typeof VALUE_FLAGS

/**
 * A flag's concentration, in the plain decimal notation of every reader (`12`, `0.5`, `1e-4`;
 * not `1,234` or `12a`), by the readers' own number parser; undefined when it is not a number.
 */
function parseFlagValue(text: string): number | undefined {
  const bytes = new TextEncoder().encode(text)
  const value = parseNumberBytes(bytes, 0, bytes.length)
  return Number.isFinite(value) ? value : undefined
}

const flag = (description: string) => ({ type: 'string', value: 'C', description }) as const

/**
 * `eco-targets aqi`: one AQI report from concentrations given as flags, or one per row of a
 * CSV, JSON or JSON Lines input (a filter for pipelines).
 *
 * @category CLI
 * @example
 * ```ts
 * await aqiCommand.execute(['--pm25', '80'], io) //=> 0, prints "AQI 107 …"
 * ```
 */
export const aqiCommand = defineCommand({
  name: 'aqi',
  summary: {
    zh: '计算 AQI（HJ 633）：由选项算一个，或为输入的每行各算一个',
    en: 'Compute an AQI (HJ 633), one from flags or one per input row',
  },
  usage:
    '[--daily | --realtime] [--standard HJ633-2012|HJ633-2026] [--pm25 C --o3-8h C …] [--json] | [file | -] [--out FILE]',
  description: [
    'With concentration flags: one report, with the AQI, the level and category (Chinese and',
    'English), the primary pollutants and every IAQI (rounded up, HJ 633-2012 §6.2). CO is in',
    'mg/m³, the rest in µg/m³; indicators not given are missing, and the AQI is taken over the',
    'others (HJ 633-2026 withholds it when it is not above 100).',
    '  daily (default): --so2 --no2 --co --pm10 --pm25 (24-hour means), --o3-1h, --o3-8h',
    '                   (daily maximum 1-hour and 8-hour O3)',
    '  --realtime:      --so2 --no2 --co --o3 --pm10 --pm25 (1-hour values), --o3-8h (8-hour',
    '                   moving mean, counted only with --count-o3-8h), --so2-24h',
    'With a file (or - for standard input): one report per row, in the format of the input:',
    'CSV rows come back with their cells plus aqi, level, category, primary, withheld, capped; JSON Lines and JSON',
    'objects with those fields added (a column the input already has gets the suffix _computed).',
    'Columns are named as the flags with _ for - (pm25 or pm2_5, o3_1h, o3_8h, …; Chinese',
    'names too). Rows stream through; a bad row stops the output and exits with 2.',
  ].join('\n'),
  options: {
    daily: { type: 'boolean', description: 'The daily report (日报; default).' },
    realtime: { type: 'boolean', description: 'The real-time hourly report (实时报).' },
    standard: {
      type: 'string',
      value: 'HJ633-2012|HJ633-2026',
      choices: Object.keys(AQI_TABLE_SOURCES) as AqiStandard[],
      description: `Edition of HJ 633 (default ${DEFAULT_AQI_STANDARD}).`,
    },
    so2: flag('SO2, µg/m³.'),
    no2: flag('NO2, µg/m³.'),
    co: flag('CO, mg/m³.'),
    pm10: flag('PM10, µg/m³.'),
    pm25: flag('PM2.5, µg/m³.'),
    'o3-1h': flag('O3 daily maximum 1-hour, µg/m³ (daily).'),
    'o3-8h': flag('O3 daily maximum 8-hour (daily) or 8-hour moving mean (real-time), µg/m³.'),
    o3: flag('O3 1-hour, µg/m³ (real-time).'),
    'so2-24h': flag('SO2 24-hour mean, µg/m³ (real-time; used when SO2 1-hour > 800).'),
    'count-o3-8h': {
      type: 'boolean',
      description: 'Real-time: count the O3 8-hour mean (HJ 633-2012 §5.1.3 as written).',
    },
    'cnemc-archive': {
      type: 'boolean',
      description: 'Real-time rows from the CNEMC archive: O3 1-hour is its o3_24h column.',
    },
    json: { type: 'boolean', description: 'One report as JSON (for scripts).' },
    'input-format': INPUT_FORMAT_OPTION,
    'max-problems': MAX_PROBLEMS_OPTION,
    'allow-empty': ALLOW_EMPTY_OPTION,
    out: OUT_OPTION,
  },
  positionals: { max: 1 },
  examples: [
    {
      command: '--pm25 80',
      result: 'AQI 107, level 3 轻度污染 · Lightly polluted, primary PM2.5 (IAQI 106.25 → 107).',
    },
    {
      command: '--realtime --o3 242 --pm25 31 --pm10 93 --so2 5 --no2 8 --co 0.4 --json',
      result: 'One real-time report as JSON: AQI 121, primary O3 1-hour (IAQI 121).',
    },
    {
      command: 'city-days.csv --out city-days-aqi.csv',
      result: 'Adds aqi, level, category and primary to every row of a CSV of daily values.',
    },
  ],
  async run({ io, options, positionals, lang }) {
    if (options.daily && options.realtime) throw new UsageError('give --daily or --realtime')
    const report: AqiReport = options.realtime ? 'realtime' : 'daily'
    const standard: AqiStandard = options.standard ?? DEFAULT_AQI_STANDARD
    const countO3_8h = options['count-o3-8h'] === true
    if (countO3_8h && report !== 'realtime') {
      throw new UsageError('--count-o3-8h applies to --realtime')
    }
    const given = (Object.keys(VALUE_FLAGS) as ValueFlag[]).filter((f) => options[f] !== undefined)
    const calc = { report, standard, countO3_8h }
    if (positionals.length > 0) {
      if (given.length) {
        throw new UsageError(`give concentrations or a file, not both (--${given[0]})`)
      }
      if (options.json) throw new UsageError('--json is for one report; rows keep their format')
      // the file reader (CSV parser, header layouts) is loaded only for files
      const [{ runAqiBatch }, { parseMaxProblems }] = await Promise.all([
        import('./_batch.js'),
        import('../../input/problems.js'),
      ])
      return runAqiBatch(openInput(positionals[0] as string, io), io, {
        ...calc,
        format: options['input-format'],
        out: options.out,
        lang,
        archive: options['cnemc-archive'] === true,
        maxProblems: parseMaxProblems(options['max-problems']),
        allowEmpty: options['allow-empty'],
      })
    }
    if (given.length === 0) {
      throw new UsageError('give concentrations (e.g. --pm25 80) or a file (- for standard input)')
    }
    if (options['cnemc-archive']) throw new UsageError('--cnemc-archive applies to files')
    const values: Record<string, number | null> = {}
    for (const f of given) {
      const key = VALUE_FLAGS[f]
      if (!REPORT_KEYS[report].includes(key)) {
        const other = report === 'daily' ? '--realtime' : 'the daily report'
        throw new UsageError(`--${f} is not an indicator of the ${report} report (see ${other})`)
      }
      const text = (options[f] as string).trim()
      const value = parseFlagValue(text)
      if (value === undefined) {
        const [{ inputIssue }, { notANumber }] = await Promise.all([
          import('../../../standards/air/index.js'),
          import('../../input/cells.js'),
        ])
        throw new UsageError(flagMessage(f, inputIssue(notANumber(text))))
      }
      values[key] = value
    }
    // the real-time AQI reads unusual input through zod, so it comes with the library's entry
    const calculate: (v: typeof values, o: AqiCalculationOptions) => AqiResult =
      report === 'daily'
        ? (v, o) => dailyAqi(v, { standard: o.standard })
        : (await import('./_report.js')).calculateAqi
    let result: AqiResult
    try {
      result = calculate(values, calc)
    } catch (error) {
      if (!isInputError(error)) throw error
      const [first] = error.issues
      const name = given.find((f) => VALUE_FLAGS[f] === issueKey(first))
      throw new UsageError(name ? flagMessage(name, first) : first.message)
    }
    let text: string
    if (options.json) {
      // the schemas are loaded only for JSON, so that a plain AQI starts fast
      const { AqiCommandOutputSchema } = await import('../../../index.js')
      text = checkedJson(AqiCommandOutputSchema, 'cli-aqi', {
        input: values,
        units: unitsOf(report),
        ...result,
      })
    } else text = renderAqiText(values, result, calc, lang)
    await writeResult(io, text, options.out)
    return EXIT_CODES.ok
  },
})
