import { z } from 'zod'
import { expect, text } from '../../_lib/errors/catalogue.js'
import { zodMessage } from '../../_lib/errors/from-zod.js'
import { IsoDateSchema } from '../../_lib/iso-date.js'
import { MAX_PLAUSIBLE_CO_24H } from '../../standards/air/index.js'
import { addIssue } from '../_issue.js'
import { IdSchema } from '../common.js'

/**
 * A daily concentration in `unit`, `null` when not measured or invalid (never zero). A bad value
 * reads exactly as the air module says it (`dailyAqi`: "expected a non-negative number
 * (µg/m³)"), so that a record gets the same message through every entry.
 */
function concentrationIn(unit: string) {
  const error = zodMessage(expect.nonNegative(unit))
  return z.number({ error }).nonnegative({ error }).nullable()
}

const concentration = concentrationIn('µg/m³')

// CO given in µg/m³ by mistake reads a thousand times too high; the air module's bound tells a
// unit error from a real value, so that `validate` and `evaluate` reject the same records, with
// the air module's words.
const dailyCo = concentrationIn('mg/m³').superRefine((co, ctx) => {
  if (co !== null && co > MAX_PLAUSIBLE_CO_24H) {
    addIssue(ctx, [], expect.plausibleCo(MAX_PLAUSIBLE_CO_24H, text('24小时平均', '24-hour')), {
      code: 'implausible',
      hint: text(
        `不合理：CO 以 mg/m³ 计，是否误用了 µg/m³？（${co} µg/m³ = ${co / 1000} mg/m³）`,
        `implausible: CO is in mg/m³, was it µg/m³? (${co} µg/m³ = ${co / 1000} mg/m³)`,
      ),
    })
  }
})

/**
 * A day's city air values (daily means, CO in mg/m³, the rest µg/m³; O3 as the daily maximum
 * 1-hour and 8-hour means). `null` marks an indicator without a valid daily value. CO above
 * the air module's `MAX_PLAUSIBLE_CO_24H` (60 mg/m³, the top of the HJ 633 24-hour column) is
 * rejected as CO given in µg/m³ (code `implausible`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AirDailyObservationSchema } from 'eco-targets'
 * AirDailyObservationSchema.parse({
 *   kind: 'airDaily', date: '2022-01-01', scope: 'central-city',
 *   so2: 14, no2: 32, co: 0.5, pm10: 51, pm25: 27, o3_1h: 80, o3_8h: 75,
 * }).pm25 //=> 27
 * ```
 */
export const AirDailyObservationSchema = z
  .object({
    kind: z.literal('airDaily'),
    date: IsoDateSchema,
    scope: IdSchema.default('central-city').describe('Scope id; default central-city'),
    so2: concentration.describe('SO2 24-hour mean, µg/m³'),
    no2: concentration.describe('NO2 24-hour mean, µg/m³'),
    co: dailyCo.describe('CO 24-hour mean, mg/m³'),
    pm10: concentration.describe('PM10 24-hour mean, µg/m³'),
    pm25: concentration.describe('PM2.5 24-hour mean, µg/m³'),
    o3_1h: concentration.describe('O3 daily maximum 1-hour mean, µg/m³'),
    o3_8h: concentration.describe('O3 daily maximum 8-hour moving mean, µg/m³'),
  })
  .strict()
  .describe('Daily city air values')

/** @category Schemas */
export type AirDailyObservation = z.output<typeof AirDailyObservationSchema>

/**
 * A day flagged by the monitoring authority as affected by sand and dust (沙尘天气过程影响),
 * for the dust deduction of project decision 7.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DustDayObservationSchema } from 'eco-targets'
 * DustDayObservationSchema.parse({ kind: 'dustDay', date: '2022-03-15' }).scope //=> 'central-city'
 * ```
 */
export const DustDayObservationSchema = z
  .object({
    kind: z.literal('dustDay'),
    date: IsoDateSchema,
    scope: IdSchema.default('central-city'),
    authority: z.string().min(1).optional().describe('Who flagged the day, e.g. CNEMC'),
  })
  .strict()
  .describe('A dust-affected day')

/** @category Schemas */
export type DustDayObservation = z.output<typeof DustDayObservationSchema>
