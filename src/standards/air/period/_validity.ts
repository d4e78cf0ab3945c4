import { tz } from '@date-fns/tz'
import { endOfMonth, format, parseISO } from 'date-fns'

const UTC = { in: tz('UTC') }

import type { AirPollutant } from '../indicators.js'
import type { AnnualValidity } from './types.js'

// GB 3095 表4: SO2, NO2, PM10, PM2.5 annual means need ≥ 324 daily values a year and ≥ 27 a
// month (≥ 25 in February); no annual rule is set for CO and O3.
const ANNUAL_RULE: ReadonlySet<AirPollutant> = new Set(['so2', 'no2', 'pm10', 'pm25'])

/** Whole months inside [start, end] as YYYY-MM. */
export function wholeMonths(start: string, end: string): string[] {
  const months: string[] = []
  let cursor = start.slice(0, 7)
  const last = end.slice(0, 7)
  while (cursor <= last) {
    const first = `${cursor}-01`
    const lastDay = format(endOfMonth(parseISO(first, UTC)), 'yyyy-MM-dd')
    if (first >= start && lastDay <= end) months.push(cursor)
    const [y, m] = cursor.split('-').map(Number) as [number, number]
    cursor = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  }
  return months
}

// wholeMonths of the last periods asked for: every city of a run shares its period
const monthsCache = new Map<string, readonly string[]>()

function wholeMonthsOf(start: string, end: string): readonly string[] {
  const key = `${start}/${end}`
  let months = monthsCache.get(key)
  if (months === undefined) {
    months = Object.freeze(wholeMonths(start, end))
    if (monthsCache.size >= 16) monthsCache.clear()
    monthsCache.set(key, months)
  }
  return months
}

/** Annual validity of one pollutant from the dates that have a valid value. */
export function annualValidity(
  pollutant: AirPollutant,
  dates: readonly string[],
  start: string,
  end: string,
): AnnualValidity {
  const applies = ANNUAL_RULE.has(pollutant)
  const isYear =
    start.slice(5) === '01-01' && end.slice(5) === '12-31' && start.slice(0, 4) === end.slice(0, 4)
  const perMonth = new Map<string, number>()
  // the dates come month by month: a run of one month is counted, then added at once
  let month = ''
  let run = 0
  for (const d of dates) {
    if (run > 0 && d.startsWith(month)) {
      run++
      continue
    }
    if (run > 0) perMonth.set(month, (perMonth.get(month) ?? 0) + run)
    month = d.slice(0, 7)
    run = 1
  }
  if (run > 0) perMonth.set(month, (perMonth.get(month) ?? 0) + run)
  const months = wholeMonthsOf(start, end).map((month) => ({
    month,
    days: perMonth.get(month) ?? 0,
    required: month.endsWith('-02') ? 25 : 27,
  }))
  const shortMonths = months.filter((m) => m.days < m.required).map((m) => m.month)
  const requiredDays = isYear ? 324 : null
  let met: boolean | null = null
  if (applies && (requiredDays !== null || months.length > 0)) {
    met = shortMonths.length === 0 && (requiredDays === null || dates.length >= requiredDays)
  }
  return { applies, days: dates.length, requiredDays, months, shortMonths, met }
}
