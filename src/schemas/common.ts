import { z } from 'zod'

import { expect } from '../_lib/errors/catalogue.js'
import { describePattern } from '../_lib/errors/from-zod.js'
import { IsoDateSchema } from '../_lib/iso-date.js'
import { type LocalizedText, LocalizedTextSchema } from '../_lib/localized-text.js'
import { addIssue } from './_issue.js'

export { IsoDateSchema, type LocalizedText, LocalizedTextSchema }

/**
 * A stable identifier: lower-case words joined by `-`, grouped by `.` (`air.good-days-ratio`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IdSchema } from 'eco-targets'
 * IdSchema.parse('air.diesel-trucks') //=> 'air.diesel-trucks'
 * ```
 */
export const IdSchema = z
  .string()
  .regex(
    describePattern(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, expect.id(), {
      code: 'invalid_format',
    }),
    {
      message:
        'expected lower-case words joined by "-" and grouped by "." (e.g. air.diesel-trucks)',
    },
  )
  .describe('Stable identifier, e.g. air.good-days-ratio')

/**
 * A closed date interval, both ends inclusive; `end` may not precede `start`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PeriodSchema } from 'eco-targets'
 * PeriodSchema.parse({ start: '2022-01-01', end: '2022-12-31' })
 * ```
 */
export const PeriodSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  .strict()
  .superRefine((p, ctx) => {
    if (p.end < p.start) addIssue(ctx, ['end'], expect.endNotBeforeStart(p.start))
  })
  .describe('A closed date interval, both ends inclusive')

/** @category Schemas */
export type Period = z.output<typeof PeriodSchema>

/**
 * Where a plan item comes from: an exact quote of the source text and the paragraph it sits in
 * (0 is the opening paragraph with the general requirements and the targets; 1–5 are the five
 * pillars).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceRefSchema } from 'eco-targets'
 * SourceRefSchema.parse({ paragraph: 2, quote: '持续开展柴油货车专项整治' })
 * ```
 */
export const SourceRefSchema = z
  .object({
    paragraph: z.number().int().min(0).describe('Paragraph of the source text (0-based)'),
    quote: z.string().min(2).describe('Exact quote of the source text'),
  })
  .strict()
  .describe('An exact quote of the source document and the paragraph it is in')

/** @category Schemas */
export type SourceRef = z.output<typeof SourceRefSchema>

const oneText = z.string().trim().min(1)

/**
 * A text of a plan in Chinese and English, where a plan file may give one language only: a
 * plain string, or an object with only `zh` or only `en`. The other language then repeats the
 * text as written, so that reports in either language show it (the fallback); a plan always
 * holds both. Titles quoted from a Chinese source keep `zh` exactly as in the source.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PlanTextSchema } from 'eco-targets'
 * PlanTextSchema.parse('全区')                            //=> { zh: '全区', en: '全区' }
 * PlanTextSchema.parse({ zh: '优良天数比率' })            //=> { zh: '优良天数比率', en: '优良天数比率' }
 * PlanTextSchema.parse({ zh: '全区', en: 'Whole region' }) //=> { zh: '全区', en: 'Whole region' }
 * ```
 */
export const PlanTextSchema = z
  .union([
    oneText,
    z
      .object({ zh: oneText.optional(), en: oneText.optional() })
      .strict()
      .superRefine((t, ctx) => {
        if (t.zh === undefined && t.en === undefined) {
          addIssue(ctx, [], expect.oneLanguage(), { code: 'invalid_type' })
        }
      }),
  ])
  .transform(
    (t): LocalizedText =>
      typeof t === 'string' ? { zh: t, en: t } : { zh: t.zh ?? t.en ?? '', en: t.en ?? t.zh ?? '' },
  )
  .pipe(LocalizedTextSchema)
  .describe('A text in Chinese and English; one language alone is repeated for the other')

/** @category Schemas */
export type PlanTextInput = z.input<typeof PlanTextSchema>
