// `aqi --pm25 80` must start fast: the daily AQI and its tables are bundled into this command's
// chunk (tsup.config.ts), and nothing on the way to one flag report imports a library entry,
// which would load every module behind it and zod; the rest is imported where it is needed.
import { isInputError } from '../../../_lib/errors/input-error.js'
import { type AqiReport, aqiReportUnits, renderAqiText } from '../../../report/aqi-text.js'
import { dailyAqi } from '../../../standards/air/daily.js'
import type { AqiResult } from '../../../standards/air/index.js'
import { type AqiStandard, DEFAULT_AQI_STANDARD } from '../../../standards/air/tables.js'
import { defineCommand } from '../../command/index.js'
import { EXIT_CODES, UsageError } from '../../errors.js'
import { openInput } from '../../input/source.js'
import { checkedJson } from '../../output/json.js'
import { writeResult } from '../../output/result.js'
import { flagError, readFlagValues, VALUE_FLAGS, type ValueFlag } from './_flags.js'
import { AQI_HELP, AQI_OPTIONS } from './_help.js'
import type { AqiCalculationOptions } from './_report.js'

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
  ...AQI_HELP,
  options: AQI_OPTIONS,
  positionals: { max: 1 },
  async run({ io, options, positionals, lang }) {
    if (options.daily && options.realtime)
      throw new UsageError({
        zh: '--daily 与 --realtime 只能给出其一',
        en: 'give --daily or --realtime',
      })
    const report: AqiReport = options.realtime ? 'realtime' : 'daily'
    const standard: AqiStandard = options.standard ?? DEFAULT_AQI_STANDARD
    const countO3_8h = options['count-o3-8h'] === true
    if (countO3_8h && report !== 'realtime') {
      throw new UsageError({
        zh: '--count-o3-8h 只用于 --realtime',
        en: '--count-o3-8h applies to --realtime',
      })
    }
    const given = (Object.keys(VALUE_FLAGS) as ValueFlag[]).filter((f) => options[f] !== undefined)
    const calc = { report, standard, countO3_8h }
    if (positionals.length > 0) {
      if (given.length) {
        throw new UsageError({
          zh: `浓度选项与文件只能给出其一（--${given[0]}）`,
          en: `give concentrations or a file, not both (--${given[0]})`,
        })
      }
      if (options.json)
        throw new UsageError({
          zh: '--json 只用于单份报告；逐行输出保持输入的格式',
          en: '--json is for one report; rows keep their format',
        })
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
      throw new UsageError({
        zh: '请给出浓度（例如 --pm25 80）或文件（- 表示标准输入）',
        en: 'give concentrations (e.g. --pm25 80) or a file (- for standard input)',
      })
    }
    if (options['cnemc-archive'])
      throw new UsageError({
        zh: '--cnemc-archive 只用于文件',
        en: '--cnemc-archive applies to files',
      })
    const values = await readFlagValues(options, given, report)
    // the real-time AQI reads unusual input through zod, so it comes with the library's entry
    const calculate: (v: typeof values, o: AqiCalculationOptions) => AqiResult =
      report === 'daily'
        ? (v, o) => dailyAqi(v, { standard: o.standard })
        : (await import('./_report.js')).calculateAqi
    let result: AqiResult
    try {
      result = calculate(values, calc)
    } catch (error) {
      throw isInputError(error) ? flagError(error.issues[0], given) : error
    }
    let text: string
    if (options.json) {
      // the schemas are loaded only for JSON, so that a plain AQI starts fast
      const { AqiCommandOutputSchema } = await import('../../../index.js')
      text = checkedJson(AqiCommandOutputSchema, 'cli-aqi', {
        input: values,
        units: aqiReportUnits(report),
        ...result,
      })
    } else text = renderAqiText(values, result, { ...calc, lang })
    await writeResult(io, text, options.out)
    return EXIT_CODES.ok
  },
})
