import { z } from 'zod'
import { expect, text } from '../../_lib/errors/catalogue.js'
import { addIssue } from '../_issue.js'
import { IdSchema } from '../common.js'
import { METRICS, MetricIdSchema, UnitSchema } from '../vocabulary.js'
import { year } from './_fields.js'

/**
 * A published annual figure of a metric for a scope, such as a region's 2020 PM2.5 mean that
 * a target's decrease is measured from (`比2020年下降7.1%`). The value is in the metric's unit,
 * as published (PM2.5 an integer µg/m³, ratios to one decimal); `unit`, when given, must be the
 * metric's. Emission totals have their own kind (`emissionTotal`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AnnualValueObservationSchema } from 'eco-targets'
 * AnnualValueObservationSchema.parse({
 *   kind: 'annualValue', metric: 'pm25Mean', scope: 'inner-mongolia', year: 2020, value: 28,
 * }).value //=> 28
 * ```
 */
export const AnnualValueObservationSchema = z
  .object({
    kind: z.literal('annualValue'),
    metric: MetricIdSchema,
    scope: IdSchema.describe('The scope the figure is of'),
    year,
    value: z.number().finite().nonnegative().describe("The figure in the metric's unit"),
    unit: UnitSchema.optional().describe("The metric's unit, to make the file self-explaining"),
    source: z.string().min(1).optional().describe('Where the figure is published'),
  })
  .strict()
  .superRefine((a, ctx) => {
    const metric = METRICS[a.metric]
    if (a.metric === 'emissionTotal') {
      addIssue(ctx, ['metric'], text('排放总量以外的指标', 'a metric other than emissionTotal'), {
        code: 'invalid_value',
        hint: text(
          '排放总量用 emissionTotal 记录',
          'give emission totals as emissionTotal records',
        ),
      })
      return
    }
    if (a.unit !== undefined && a.unit !== metric.unit) {
      addIssue(ctx, ['unit'], expect.unitOfMetric(metric.unit, a.metric), {
        code: 'invalid_value',
      })
    }
    if (metric.unit === '%' && a.value > 100) {
      addIssue(ctx, ['value'], expect.atMost(100, '%'), { code: 'too_big' })
    }
  })
  .describe('A published annual figure of a metric for a scope')

/** @category Schemas */
export type AnnualValueObservation = z.output<typeof AnnualValueObservationSchema>
