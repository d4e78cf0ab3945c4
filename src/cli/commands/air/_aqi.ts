import { type AqiStandard, dailyAqi as aqiOf } from '../../../standards/air/index.js'
import { DAILY_KEYS, type StationDayRecord } from './_types.js'

/** The daily AQI of a station day, from its seven daily values only. */
export function dailyAqi(d: StationDayRecord, standard: AqiStandard) {
  const values: Record<string, number | null> = {}
  for (const k of DAILY_KEYS) values[k] = d[k] ?? null
  return aqiOf(values, { standard })
}
