import type { AqiStandard } from '../../../standards/air/index.js'
import { UsageError } from '../../errors.js'
import type { CliIO } from '../../io.js'
import { buildCityReports, type CityReport } from './_cities.js'
import type { AirCollected } from './_types.js'

/** What every output of `air` needs once the inputs are read. */
export interface FinishOptions {
  readonly lang: 'zh' | 'en'
  readonly daily: boolean
  readonly standard: AqiStandard
  readonly dustDates: readonly string[]
  /** `--city`: only these cities. */
  readonly cities: readonly string[]
}

/**
 * The city reports of a run, after its remarks are written to standard error: every `--city`
 * must be in the input, and a run where no station day has 20 valid hours says what
 * `--daily-input` is for.
 *
 * @param collected - what the inputs gave
 * @param io - the process's input and output
 * @param options - language, mode, edition, dust days, city filter
 * @returns one report per city chosen
 * @throws {@link UsageError} for a `--city` not in the input
 */
export async function finishReports(
  collected: AirCollected,
  io: CliIO,
  options: FinishOptions,
): Promise<CityReport[]> {
  const { lang } = options
  const note = lang === 'zh' ? '注：' : 'note: '
  for (const n of collected.notes) await io.stderr.write(`${note}${n}\n`)
  const found = collected.cities.map((c) => c.city)
  const unknown = options.cities.filter((c) => !found.includes(c))
  if (unknown.length) {
    throw new UsageError({
      zh: `输入中没有 ${unknown.join(', ')} 的站点（城市：${found.join(', ') || '无'}）`,
      en: `no station of ${unknown.join(', ')} in the input (cities: ${found.join(', ') || 'none'})`,
    })
  }
  const reports = buildCityReports(collected.cities, options)
  const stationDays = collected.cities.reduce((n, c) => n + c.stationDays, 0)
  const noneValid = collected.cities.every((c) =>
    c.days.every((d) => d.pm25 === null && d.so2 === null),
  )
  if (!options.daily && stationDays > 0 && noneValid) {
    await io.stderr.write(
      lang === 'zh'
        ? '注：没有一个站点日有 20 个有效小时；如果文件每天一条记录、含 24 小时列，请用 --daily-input\n'
        : 'note: no station day has 20 valid hours; if the files hold one record per day with 24-hour columns, use --daily-input\n',
    )
  }
  return reports
}
