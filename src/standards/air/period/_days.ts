import { categoryOf } from '../_assemble.js'
import { DAILY_COLUMNS, dailyAqiOfNumbers, type ResolvedDailyOptions } from '../_daily-core.js'
import { gridColumn, tenthsOf as tenthsOfValue } from '../_grid.js'
import { iaqiSteps } from '../_grid-steps.js'
import { AIR_POLLUTANTS, type AirPollutant } from '../indicators.js'
import { type AqiStandard, aqiBreakpointTable } from '../tables.js'
import type { CountedDay, DatedValues } from './_figures.js'
import type { AirDayRecord, DustRatioMethod, ValidDayRule } from './types.js'

// a module-local binding: under a CommonJS transform (tsx, jest) an imported one is a getter
const tenthsOf = tenthsOfValue

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
  let indicatorMask = 0
  for (const key of indicators) indicatorMask |= 1 << AIR_POLLUTANTS.indexOf(key)
  const cols = lookupColumns(daily.standard)
  const brief = BRIEF
  for (const d of days) {
    if (!briefOnGrid(d, cols, daily, brief)) {
      const full = dailyAqiOfNumbers(d, daily)
      brief.aqi = full.aqi
      brief.level = full.category?.level ?? null
      brief.primary = maskOf(full.primaryPollutants)
      brief.missing = maskOf(full.flags.missing)
      brief.withheld = full.flags.withheld
    }
    const aqi = brief.aqi
    const missing = brief.missing & indicatorMask
    const counts = validDay === 'allIndicators' ? missing === 0 : aqi !== null
    const reason = counts ? null : brief.withheld ? 'aqiWithheld' : 'missingIndicator'
    const isDust = dust?.has(d.date) ?? false
    const day: CountedDay = { date: d.date, aqi, counts, reason }
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
    } else if (dustRatioMethod === 'excludeExceedingDays' && !(aqi !== null && aqi > 100)) {
      deducted.push(day)
    } else {
      deducted.push({ date: d.date, aqi, counts: false, reason: 'dustDay' })
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
    records.push(
      dayRecord(
        d.date,
        aqi,
        brief.level,
        listOf(brief.primary),
        listOf(missing),
        counts,
        reason,
        isDust,
        aqiWithoutPm,
      ),
    )
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

/**
 * What a day record and the day's counting read of its daily AQI: the AQI, its level, and the
 * primary and missing pollutants as bit masks (bit `i`: `AIR_POLLUTANTS[i]`).
 */
interface AqiBrief {
  aqi: number | null
  level: AirDayRecord['level']
  primary: number
  missing: number
  withheld: boolean
}

// one day at a time
const BRIEF: AqiBrief = { aqi: null, level: null, primary: 0, missing: 0, withheld: false }

/** One daily indicator: its bit, its grid steps, and the IAQI of every step up to its top. */
interface LookupColumn {
  readonly key: AirPollutant
  readonly bit: number
  readonly steps: 1 | 10
  readonly iaqi: Uint16Array
}

const lookups = new Map<AqiStandard, readonly LookupColumn[]>()

function lookupColumns(standard: AqiStandard): readonly LookupColumn[] {
  let cols = lookups.get(standard)
  if (!cols) {
    const table = aqiBreakpointTable(standard)
    cols = DAILY_COLUMNS[standard].map(([key, column]) => {
      const grid = gridColumn(table, column)
      return {
        key,
        bit: 1 << AIR_POLLUTANTS.indexOf(key),
        steps: grid.steps,
        iaqi: iaqiSteps(grid),
      }
    })
    lookups.set(standard, cols)
  }
  return cols
}

/**
 * The brief of `dailyAqiOfNumbers(d, options)` into `out` when every daily value of `d` is
 * missing or on the grid at or below its column's top (the case of every day the engine
 * averages from published data): the IAQI by lookup, no result object; `false` otherwise,
 * changing nothing the caller reads. As `assembleAqiResult`: the AQI is the largest IAQI (HJ 633
 * §4.4.1), withheld under `withholdUnlessAbove100` when an indicator is missing and it is at
 * most 100 (HJ 633-2026 §5.3.1), and the primary pollutants are those at the AQI above 50
 * (§4.4.2); no value on the grid is capped or above 800.
 */
function briefOnGrid(
  d: Day,
  cols: readonly LookupColumn[],
  options: ResolvedDailyOptions,
  out: AqiBrief,
): boolean {
  let aqi = -1
  let missing = 0
  for (const col of cols) {
    const v = d[col.key]
    if (v === undefined || v === null) {
      missing |= col.bit
      continue
    }
    const p = col.steps === 1 ? (Number.isInteger(v) ? v : -1) : tenthsOf(v)
    if (!(p >= 0 && p < col.iaqi.length) || (col.steps === 10 && p / 10 !== v)) return false
    const x = col.iaqi[p] as number
    if (x > aqi) aqi = x
  }
  const withheld =
    missing !== 0 && options.missingIndicators === 'withholdUnlessAbove100' && aqi <= 100
  const shown = withheld || aqi < 0 ? null : aqi
  let primary = 0
  if (shown !== null && shown > 50) {
    // the columns again, for the ties at the AQI (a lookup each)
    for (const col of cols) {
      const v = d[col.key]
      if (v === undefined || v === null) continue
      const p = col.steps === 1 ? v : tenthsOf(v)
      if (col.iaqi[p] === shown) primary |= col.bit
    }
  }
  out.aqi = shown
  out.level = shown === null ? null : categoryOf(shown, options.standard).level
  out.primary = primary
  out.missing = missing
  out.withheld = withheld
  return true
}

/** The bit mask of a list of pollutants. */
function maskOf(list: readonly AirPollutant[]): number {
  let mask = 0
  for (const key of list) mask |= 1 << AIR_POLLUTANTS.indexOf(key)
  return mask
}

/**
 * One frozen array per list of pollutants (in the order of `AIR_POLLUTANTS`, as the AQI
 * results list them), shared by every day record that has it: a year of every city keeps one
 * record a day, and most of them hold the same few lists (none missing, one primary
 * pollutant), so that they add only the record itself to the heap.
 */
const lists: (readonly AirPollutant[] | undefined)[] = []

function listOf(mask: number): AirPollutant[] {
  let out = lists[mask]
  if (out === undefined) {
    out = Object.freeze(AIR_POLLUTANTS.filter((_, i) => mask & (1 << i)))
    lists[mask] = out
  }
  return out as AirPollutant[]
}

function dayRecord(
  date: string,
  aqi: number | null,
  level: AirDayRecord['level'],
  primaryPollutants: AirPollutant[],
  missing: AirPollutant[],
  valid: boolean,
  reason: AirDayRecord['reason'],
  dust: boolean,
  aqiWithoutPm: number | null | undefined,
): AirDayRecord {
  const record: AirDayRecord = {
    date,
    aqi,
    level,
    primaryPollutants,
    valid,
    reason,
    missing,
    dust,
  }
  return aqiWithoutPm === undefined ? record : { ...record, aqiWithoutPm }
}
