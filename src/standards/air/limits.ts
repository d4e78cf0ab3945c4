import { z } from 'zod'
import { issue, text } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import { defineOptions } from '../../_lib/options.js'
import { deepFreeze } from './_freeze.js'

/**
 * The edition of the ambient air quality standard whose limits apply: GB 3095-2012 (with its
 * 2018 amendment; data to 2026-02-28), GB 3095-2026 in its transitional stage (2026-03-01 to
 * 2030-12-31) or GB 3095-2026 final limits (from 2031-01-01).
 *
 * @category Air
 * @see GB 3095-2026 前言 and §4.4
 * @example
 * ```ts
 * import { Gb3095EditionSchema } from 'eco-targets/air'
 * Gb3095EditionSchema.options //=> ['GB3095-2012', 'GB3095-2026-transitional', 'GB3095-2026']
 * ```
 */
export const Gb3095EditionSchema = z
  .enum(['GB3095-2012', 'GB3095-2026-transitional', 'GB3095-2026'])
  .describe('Edition (and stage) of GB 3095')

/** @category Air */
export type Gb3095Edition = z.output<typeof Gb3095EditionSchema>

/** A pollutant of GB 3095 Table 1 (basic items). @category Air */
export type Gb3095Pollutant = 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25'

/** Averaging time of a limit (`'8h'` is the O3 daily maximum 8-hour mean). @category Air */
export type Gb3095Averaging = 'annual' | '24h' | '8h' | '1h'

/** Grade I (一级, class 1 areas) and Grade II (二级, class 2 areas) limits. @category Air */
export type GradeLimits = readonly [grade1: number, grade2: number]

/** One edition's Table 1 (µg/m³; CO mg/m³). @category Air */
export interface Gb3095LimitTable {
  readonly edition: Gb3095Edition
  /** First and last day the limits apply (`null`: open). */
  readonly appliesFrom: string | null
  readonly appliesUntil: string | null
  readonly limits: Readonly<
    Record<Gb3095Pollutant, Readonly<Partial<Record<Gb3095Averaging, GradeLimits>>>>
  >
}

/**
 * GB 3095 表1 环境空气污染物基本项目浓度限值 for every edition, as frozen data. The 2012 values
 * are taken from a reproduction of GB 3095-2012 (SECONDARY; every value agrees with the
 * transitional column of GB 3095-2026 where 2026 did not change it); the 2026 values were read
 * in the official text.
 *
 * @category Air
 * @see GB 3095-2012 表1; GB 3095-2026 §4.2 表1, §4.4
 * @example
 * ```ts
 * import { GB3095_LIMITS } from 'eco-targets/air'
 * GB3095_LIMITS['GB3095-2012'].limits.pm25.annual              //=> [15, 35]
 * GB3095_LIMITS['GB3095-2026-transitional'].limits.pm25.annual //=> [15, 30]
 * GB3095_LIMITS['GB3095-2026'].limits.pm25.annual              //=> [10, 25]
 * ```
 */
export const GB3095_LIMITS: Readonly<Record<Gb3095Edition, Gb3095LimitTable>> = deepFreeze({
  'GB3095-2012': {
    edition: 'GB3095-2012',
    appliesFrom: '2016-01-01',
    appliesUntil: '2026-02-28',
    limits: {
      so2: { annual: [20, 60], '24h': [50, 150], '1h': [150, 500] },
      no2: { annual: [40, 40], '24h': [80, 80], '1h': [200, 200] },
      co: { '24h': [4, 4], '1h': [10, 10] },
      o3: { '8h': [100, 160], '1h': [160, 200] },
      pm10: { annual: [40, 70], '24h': [50, 150] },
      pm25: { annual: [15, 35], '24h': [35, 75] },
    },
  },
  'GB3095-2026-transitional': {
    edition: 'GB3095-2026-transitional',
    appliesFrom: '2026-03-01',
    appliesUntil: '2030-12-31',
    limits: {
      so2: { annual: [20, 60], '24h': [50, 150], '1h': [150, 500] },
      no2: { annual: [40, 40], '24h': [80, 80], '1h': [200, 200] },
      co: { '24h': [4, 4], '1h': [10, 10] },
      o3: { '8h': [100, 160], '1h': [160, 200] },
      pm10: { annual: [40, 60], '24h': [50, 120] },
      pm25: { annual: [15, 30], '24h': [35, 60] },
    },
  },
  'GB3095-2026': {
    edition: 'GB3095-2026',
    appliesFrom: '2031-01-01',
    appliesUntil: null,
    limits: {
      so2: { annual: [20, 20], '24h': [50, 50], '1h': [150, 150] },
      no2: { annual: [30, 30], '24h': [50, 50], '1h': [200, 200] },
      co: { '24h': [4, 4], '1h': [10, 10] },
      o3: { '8h': [100, 160], '1h': [160, 200] },
      pm10: { annual: [20, 50], '24h': [50, 100] },
      pm25: { annual: [10, 25], '24h': [25, 50] },
    },
  },
} satisfies Record<Gb3095Edition, Gb3095LimitTable>)

/**
 * Options of {@link gb3095Limit}: `edition` (default `'GB3095-2012'`) and `grade` (1 for class 1
 * areas, 2, the default, for class 2 areas, where cities are assessed).
 *
 * @category Air
 * @example
 * ```ts
 * import { Gb3095LimitOptionsSchema } from 'eco-targets/air'
 * Object.keys(Gb3095LimitOptionsSchema.shape) //=> ['edition', 'grade']
 * ```
 */
export const Gb3095LimitOptionsSchema = z.strictObject({
  edition: Gb3095EditionSchema.optional(),
  grade: z.union([z.literal(1), z.literal(2)]).optional(),
})

/** Options of {@link gb3095Limit}. @category Air */
export type Gb3095LimitOptions = z.input<typeof Gb3095LimitOptionsSchema>

const OPTIONS = defineOptions('gb3095Limit', Gb3095LimitOptionsSchema, (o) => ({
  edition: o.edition ?? ('GB3095-2012' as const),
  grade: o.grade ?? 2,
}))

/**
 * The concentration limit of a pollutant and averaging time.
 *
 * @param pollutant - `'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25'`
 * @param averaging - `'annual' | '24h' | '8h' | '1h'`
 * @param options - edition (default GB 3095-2012) and grade (default 2)
 * @returns the limit in µg/m³ (CO mg/m³)
 * @throws {@link InputError} when the standard sets no limit for that pair (e.g. CO annual), or
 *   for an unknown or misspelt option
 * @category Air
 * @see GB 3095-2012 表1; GB 3095-2026 表1
 * @example
 * ```ts
 * import { gb3095Limit } from 'eco-targets/air'
 * gb3095Limit('pm25', 'annual')                                //=> 35
 * gb3095Limit('o3', '8h', { grade: 1 })                        //=> 100
 * gb3095Limit('pm10', '24h', { edition: 'GB3095-2026' })       //=> 100
 * ```
 */
export function gb3095Limit(
  pollutant: Gb3095Pollutant,
  averaging: Gb3095Averaging,
  options?: Gb3095LimitOptions,
): number {
  const { edition, grade } = OPTIONS.resolve(options)
  const pair = GB3095_LIMITS[edition].limits[pollutant]?.[averaging]
  if (!pair) {
    throw new InputError('gb3095Limit input', [
      issue({
        code: 'invalid_value',
        path: ['averaging'],
        expected: text(
          `${edition} 为 ${String(pollutant)} 规定了限值的平均时间`,
          `an averaging time for which ${edition} sets a limit of ${String(pollutant)}`,
        ),
        received: averaging,
        hint: text(
          `${edition} 未规定 ${String(pollutant)} 的 ${String(averaging)} 限值`,
          `${edition} sets no ${String(averaging)} limit for ${String(pollutant)}`,
        ),
      }),
    ])
  }
  return grade === 1 ? pair[0] : pair[1]
}
