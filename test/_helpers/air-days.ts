import { eachDate } from '../../src/_lib/calendar.js'
import type { ObservationInput, Target } from '../../src/index.js'

/**
 * Daily air values of a scope from `start` to `end` whose AQI follows PM2.5 alone (the other
 * pollutants stay in the 优 band): PM2.5 30 → AQI 43 (good), 90 → 119 (not good), 180 → 230
 * (heavy), 260 → 310 (severe) by HJ 633-2012 表1.
 */
export function airDays(
  scope: string,
  start: string,
  end: string,
  pm25: (i: number, date: string) => number,
): ObservationInput[] {
  return eachDate(start, end).map((date, i) => ({
    kind: 'airDaily',
    scope,
    date,
    so2: 10,
    no2: 20,
    co: 0.5,
    pm10: 40,
    pm25: pm25(i, date),
    o3_1h: 80,
    o3_8h: 70,
  }))
}

/** An air target of a plan to build the forms from: one year, one scope. */
export function airTarget(overrides: Partial<Target> & Pick<Target, 'metric'>): Target {
  return {
    id: 'air.target',
    pillar: 'air',
    domain: 'air',
    title: { zh: '空气质量目标', en: 'Air target' },
    comparator: 'atLeast',
    value: 90.7,
    unit: '%',
    precision: 1,
    scope: { id: 'im', zh: '全区', en: 'Whole region' },
    period: { start: '2025-01-01', end: '2025-12-31' },
    ruleSet: 'cn-air-2012',
    source: { paragraph: 0, quote: '主要目标' },
    ...overrides,
  }
}
