import { TZDate, tz } from '@date-fns/tz'
import { parseISO } from 'date-fns'

/** The natural day (China Standard Time) and hour of day a timestamp's value covers. */
export interface CoveredHour {
  readonly date: string
  readonly hour: number
}

const HOUR_MS = 3_600_000
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Reads timestamps as the air module does (a timestamp without offset is China Standard Time;
 * hour-ending stamps cover the hour before them). Cached: every station reports the same hours.
 */
export function createCoveredHourReader(
  convention: 'hour-ending' | 'hour-beginning',
): (time: string) => CoveredHour | 'timestamp' | 'onHour' {
  const inChina = tz('Asia/Shanghai')
  const shift = convention === 'hour-ending' ? HOUR_MS : 0
  const cache = new Map<string, CoveredHour | 'timestamp' | 'onHour'>()
  return (time) => {
    const hit = cache.get(time)
    if (hit !== undefined) return hit
    const ms = parseISO(time, { in: inChina }).getTime()
    let slot: CoveredHour | 'timestamp' | 'onHour'
    if (Number.isNaN(ms)) slot = 'timestamp'
    else {
      const start = new TZDate(ms - shift, 'Asia/Shanghai')
      slot =
        start.getMinutes() !== 0 || start.getSeconds() !== 0 || start.getMilliseconds() !== 0
          ? 'onHour'
          : {
              date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
              hour: start.getHours(),
            }
    }
    if (cache.size > 100_000) cache.clear()
    cache.set(time, slot)
    return slot
  }
}
