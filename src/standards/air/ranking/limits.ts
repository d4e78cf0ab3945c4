import type { Gb3095Edition } from '../limits.js'

/**
 * The six pollutants of the composite air-quality index, in the order the national releases
 * list them: SO2, NO2, PM10 and PM2.5 by their period means, CO by the 95th percentile of its
 * daily means and O3 by the 90th percentile of its daily maximum 8-hour means.
 *
 * @category Air
 * @see 《城市环境空气质量排名技术规定》(环办〔2014〕64号) 三 (SECONDARY)
 * @example
 * ```ts
 * import { COMPOSITE_INDEX_POLLUTANTS } from 'eco-targets/air'
 * COMPOSITE_INDEX_POLLUTANTS //=> ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3_8h']
 * ```
 */
export const COMPOSITE_INDEX_POLLUTANTS = Object.freeze([
  'so2',
  'no2',
  'pm10',
  'pm25',
  'co',
  'o3_8h',
] as const)

/**
 * How the national releases name the pollutants of the composite index ("首要污染物为PM2.5",
 * "O3"), the same in Chinese and English.
 *
 * @category Air
 * @example
 * ```ts
 * import { COMPOSITE_INDEX_POLLUTANT_LABELS } from 'eco-targets/air'
 * COMPOSITE_INDEX_POLLUTANT_LABELS.o3_8h //=> 'O3'
 * ```
 */
export const COMPOSITE_INDEX_POLLUTANT_LABELS = Object.freeze({
  so2: 'SO2',
  no2: 'NO2',
  pm10: 'PM10',
  pm25: 'PM2.5',
  co: 'CO',
  o3_8h: 'O3',
} as const)

/** A pollutant of the composite index (the keys of the daily values). @category Air */
export type CompositeIndexPollutant = (typeof COMPOSITE_INDEX_POLLUTANTS)[number]

/** Which period statistic of a pollutant's daily values enters the index. @category Air */
export type CompositeIndexStatistic = 'mean' | 'p95' | 'p90'

/**
 * The standard values Sᵢ of one edition of GB 3095 for the composite index (µg/m³, CO mg/m³),
 * with the clause each comes from.
 *
 * @category Air
 */
export interface CompositeIndexLimitTable {
  readonly edition: Gb3095Edition
  /** First and last day the edition's limits apply (`null`: open). */
  readonly appliesFrom: string | null
  readonly appliesUntil: string | null
  readonly limits: Readonly<Record<CompositeIndexPollutant, number>>
  /** Where each value stands in the standard. */
  readonly clauses: Readonly<Record<CompositeIndexPollutant, string>>
}

const CLAUSES_2012 = {
  so2: 'GB 3095-2012 表1 二氧化硫 年平均 二级',
  no2: 'GB 3095-2012 表1 二氧化氮 年平均 二级',
  pm10: 'GB 3095-2012 表1 PM10 年平均 二级',
  pm25: 'GB 3095-2012 表1 PM2.5 年平均 二级',
  co: 'GB 3095-2012 表1 一氧化碳 24小时平均 二级',
  o3_8h: 'GB 3095-2012 表1 臭氧 日最大8小时平均 二级',
} as const

const clauses2026 = (stage: string) =>
  Object.freeze({
    so2: `GB 3095-2026 §4.2 表1 二氧化硫 年平均 二级（${stage}）`,
    no2: `GB 3095-2026 §4.2 表1 二氧化氮 年平均 二级（${stage}）`,
    pm10: `GB 3095-2026 §4.2 表1 PM10 年平均 二级（${stage}）`,
    pm25: `GB 3095-2026 §4.2 表1 PM2.5 年平均 二级（${stage}）`,
    co: `GB 3095-2026 §4.2 表1 一氧化碳 日平均 二级（${stage}）`,
    o3_8h: `GB 3095-2026 §4.2 表1 臭氧 日最大8小时平均 二级（${stage}）`,
  })

function table(t: CompositeIndexLimitTable): CompositeIndexLimitTable {
  Object.freeze(t.limits)
  Object.freeze(t.clauses)
  return Object.freeze(t)
}

/**
 * The standard values Sᵢ of the composite index for every edition of GB 3095, as frozen data:
 * the Grade II annual limits of SO2, NO2, PM10 and PM2.5, the Grade II 24-hour limit of CO and
 * the Grade II daily maximum 8-hour limit of O3. GB 3095-2026 tightens PM10 and PM2.5 (60 and
 * 30 µg/m³ in its transitional stage, 50 and 25 from 2031) and, from 2031, SO2 and NO2. The
 * 2012 values come from a reproduction of GB 3095-2012 (SECONDARY; they agree with the
 * national releases' own statement "35、70、60、40 … 160、4"); the 2026 values were read in the
 * official text. A new edition is a new table, never an edit.
 *
 * @category Air
 * @see 《城市环境空气质量排名技术规定》(环办〔2014〕64号) 三 (SECONDARY); GB 3095-2012 表1;
 *   GB 3095-2026 §4.2 表1, §4.4
 * @example
 * ```ts
 * import { COMPOSITE_INDEX_LIMITS } from 'eco-targets/air'
 * COMPOSITE_INDEX_LIMITS['GB3095-2012'].limits
 * //=> { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3_8h: 160 }
 * COMPOSITE_INDEX_LIMITS['GB3095-2026-transitional'].limits.pm25 //=> 30
 * ```
 */
export const COMPOSITE_INDEX_LIMITS: Readonly<Record<Gb3095Edition, CompositeIndexLimitTable>> =
  Object.freeze({
    'GB3095-2012': table({
      edition: 'GB3095-2012',
      appliesFrom: null,
      appliesUntil: '2026-02-28',
      limits: { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3_8h: 160 },
      clauses: CLAUSES_2012,
    }),
    'GB3095-2026-transitional': table({
      edition: 'GB3095-2026-transitional',
      appliesFrom: '2026-03-01',
      appliesUntil: '2030-12-31',
      limits: { so2: 60, no2: 40, pm10: 60, pm25: 30, co: 4, o3_8h: 160 },
      clauses: clauses2026('过渡阶段'),
    }),
    'GB3095-2026': table({
      edition: 'GB3095-2026',
      appliesFrom: '2031-01-01',
      appliesUntil: null,
      limits: { so2: 20, no2: 30, pm10: 50, pm25: 25, co: 4, o3_8h: 160 },
      clauses: clauses2026('2031年起'),
    }),
  })
