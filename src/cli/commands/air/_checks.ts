import { IdSchema } from '../../../index.js'
import { UsageError } from '../../errors.js'

/** The flags of `air` that cannot go together, as typed. */
export interface AirFlags {
  readonly json?: boolean | undefined
  readonly observations?: boolean | undefined
  readonly rank?: boolean | undefined
  readonly scope?: string | undefined
  readonly 'cnemc-archive'?: boolean | undefined
  readonly 'no-cnemc-archive'?: boolean | undefined
  readonly 'daily-input'?: boolean | undefined
  readonly jobs?: string | undefined
}

const both = (a: string, b: string) =>
  new UsageError({ zh: `${a} 与 ${b} 只能给出其一`, en: `give ${a} or ${b}, not both` })

/**
 * Rejects flags of `air` that contradict each other, before any input is read.
 *
 * @param o - the flags
 * @param positionals - the inputs named
 * @returns the number of worker threads (`--jobs`, 1 without it)
 * @throws {@link UsageError} naming the flags
 */
export function checkAirFlags(o: AirFlags, positionals: readonly string[]): number {
  if (o.json && o.observations) throw both('--json', '--observations')
  if (o.rank && o.observations) throw both('--rank', '--observations')
  if (o.scope !== undefined && !o.observations) {
    throw new UsageError({
      zh: '--scope 只能与 --observations 合用',
      en: '--scope applies with --observations',
    })
  }
  if (o.scope !== undefined && !IdSchema.safeParse(o.scope).success) {
    throw new UsageError({
      zh: `--scope 应为编号，例如 central-city（实际为 "${o.scope}"）`,
      en: `--scope must be an id such as central-city (got "${o.scope}")`,
    })
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    throw new UsageError({
      zh: '标准输入（-）只能读取一次',
      en: 'standard input (-) can be read only once',
    })
  }
  if (o['cnemc-archive'] && o['no-cnemc-archive']) {
    throw new UsageError({
      zh: '--cnemc-archive 与 --no-cnemc-archive 只能选其一',
      en: 'give --cnemc-archive or --no-cnemc-archive, not both',
    })
  }
  if (o.jobs === undefined) return 1
  const jobs = /^[1-9][0-9]{0,2}$/.test(o.jobs) ? Number(o.jobs) : Number.NaN
  if (!(jobs <= 64)) {
    throw new UsageError({
      zh: `--jobs 应为 1 至 64 的整数（实际为 "${o.jobs}"）`,
      en: `--jobs must be a whole number from 1 to 64 (got "${o.jobs}")`,
    })
  }
  if (jobs > 1 && (o['daily-input'] || positionals.includes('-'))) {
    throw new UsageError({
      zh: '--jobs 只用于从文件读取小时记录（不能与 --daily-input 或标准输入合用）',
      en: '--jobs applies to hourly records read from files (not with --daily-input or standard input)',
    })
  }
  return jobs
}

/**
 * The `--city-of STATION=CITY` entries as a map (`*` for every station without another city).
 *
 * @param entries - the entries as typed
 * @returns station → city
 * @throws {@link UsageError} for an entry without `=` or city
 */
export function parseCityOf(entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of entries) {
    const at = entry.indexOf('=')
    const station = entry.slice(0, at).trim()
    const city = entry.slice(at + 1).trim()
    if (at <= 0 || city === '') {
      throw new UsageError({
        zh: `--city-of 应写成 站点=城市（实际为 "${entry}"）`,
        en: `--city-of needs STATION=CITY (got "${entry}")`,
      })
    }
    map.set(station, city)
  }
  return map
}
