import { dailyAqiOfNumbers, type ResolvedDailyOptions } from '../_daily-core.js'
import { AIR_POLLUTANTS, type AirPollutant } from '../indicators.js'
import type { AqiResult } from '../result.js'
import type { CountedDay, DatedValues } from './_figures.js'
import type { AirDayRecord, DustRatioMethod, ValidDayRule } from './types.js'

/** Dated values of each pollutant. */
export type Values = Record<AirPollutant, DatedValues>

type Day = Readonly<Partial<Record<AirPollutant, number | null | undefined>>> & {
  readonly date: string
}

/**
 * Classifies each day of the period: its AQI, whether it counts for the raw ratios and for the
 * dust-deducted ones (decision 7), and the values each set of statistics uses.
 */
export function classifyDays(
  days: readonly Day[],
  settings: {
    readonly daily: ResolvedDailyOptions
    readonly indicators: ReadonlySet<AirPollutant>
    readonly validDay: ValidDayRule
    readonly dustRatioMethod: DustRatioMethod
    readonly dust: ReadonlySet<string> | null
  },
) {
  const { daily, indicators, validDay, dustRatioMethod, dust } = settings
  const records: AirDayRecord[] = []
  const raw: CountedDay[] = []
  const deducted: CountedDay[] = []
  const rawValues = emptyValues()
  const deductedValues = emptyValues()
  // the options of the AQI without PM, resolved once
  const withoutPmOptions: ResolvedDailyOptions = {
    ...daily,
    missingIndicators: 'computeFromOthers',
  }
  for (const d of days) {
    const result = dailyAqiOfNumbers(d, daily)
    const missing = result.flags.missing.filter((k) => indicators.has(k))
    const counts = validDay === 'allIndicators' ? missing.length === 0 : result.aqi !== null
    const reason = counts ? null : result.flags.withheld ? 'aqiWithheld' : 'missingIndicator'
    const isDust = dust?.has(d.date) ?? false
    const day: CountedDay = { date: d.date, aqi: result.aqi, counts, reason }
    raw.push(day)
    let aqiWithoutPm: number | null | undefined
    if (!isDust) {
      // without dust dates the deducted figures are not computed
      if (dust !== null) deducted.push(day)
    } else if (dustRatioMethod === 'recomputeWithoutPm') {
      const without = dailyAqiOfNumbers({ ...d, pm10: null, pm25: null }, withoutPmOptions)
      aqiWithoutPm = without.aqi
      const othersComplete = without.flags.missing.every(
        (k) => k === 'pm10' || k === 'pm25' || !indicators.has(k),
      )
      deducted.push({
        date: d.date,
        aqi: without.aqi,
        counts: othersComplete,
        reason: othersComplete ? null : 'missingIndicator',
      })
    } else if (
      dustRatioMethod === 'excludeExceedingDays' &&
      !(result.aqi !== null && result.aqi > 100)
    ) {
      deducted.push(day)
    } else {
      deducted.push({ date: d.date, aqi: result.aqi, counts: false, reason: 'dustDay' })
    }
    for (const key of AIR_POLLUTANTS) {
      const v = d[key]
      if (v === null || v === undefined) continue
      const to = rawValues[key]
      to.dates.push(d.date)
      to.values.push(v)
      // decision 7: PM concentrations of dust-affected dates leave the statistics
      if (dust !== null && !(isDust && (key === 'pm10' || key === 'pm25'))) {
        const deductedTo = deductedValues[key]
        deductedTo.dates.push(d.date)
        deductedTo.values.push(v)
      }
    }
    records.push(dayRecord(d.date, result, missing, counts, reason, isDust, aqiWithoutPm))
  }
  return { records, raw, deducted, rawValues, deductedValues }
}

function emptyValues(): Values {
  const empty = (): DatedValues => ({ dates: [], values: [] })
  return {
    so2: empty(),
    no2: empty(),
    co: empty(),
    pm10: empty(),
    pm25: empty(),
    o3_1h: empty(),
    o3_8h: empty(),
  }
}

const EMPTY: readonly AirPollutant[] = Object.freeze([])
const lists = new Map<string, readonly AirPollutant[]>()

/**
 * One frozen array per list of pollutants, shared by every day record that has it: a year of
 * every city keeps one record a day, and most of them hold the same few lists (none missing, one
 * primary pollutant), so that they add only the record itself to the heap.
 */
function shared(list: readonly AirPollutant[]): AirPollutant[] {
  if (list.length === 0) return EMPTY as AirPollutant[]
  const key = list.length === 1 ? (list[0] as string) : list.join(',')
  let out = lists.get(key)
  if (out === undefined) {
    out = Object.freeze([...list])
    lists.set(key, out)
  }
  return out as AirPollutant[]
}

function dayRecord(
  date: string,
  result: AqiResult,
  missing: readonly AirPollutant[],
  valid: boolean,
  reason: AirDayRecord['reason'],
  dust: boolean,
  aqiWithoutPm: number | null | undefined,
): AirDayRecord {
  const record: AirDayRecord = {
    date,
    aqi: result.aqi,
    level: result.category?.level ?? null,
    primaryPollutants: shared(result.primaryPollutants),
    valid,
    reason,
    missing: shared(missing),
    dust,
  }
  return aqiWithoutPm === undefined ? record : { ...record, aqiWithoutPm }
}
