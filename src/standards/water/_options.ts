/** Option pieces shared by the water functions (zod mini, strict objects built from them). */
import * as zm from 'zod/mini'
import { expect } from '../../_lib/errors/catalogue.js'
import { zodMessage } from '../../_lib/errors/from-zod.js'
import {
  FIVE_BASIC_INDICATORS,
  SECTION_INDICATORS,
  type SectionIndicatorKey,
} from './indicators.js'
import type { ResolvedSectionOptions } from './results/section.js'

/** river, lake or reservoir. */
export const waterBodyOption = zm.enum(['river', 'lake', 'reservoir'], {
  error: zodMessage(expect.waterBody()),
})

/** A 5+X list: the 21 indicators only, starting with the five basic ones (714号). */
export const indicatorsOption = zm.readonly(
  zm.array(zm.enum(SECTION_INDICATORS, { error: zodMessage(expect.sectionIndicator()) })).check(
    zm.superRefine((list, ctx) => {
      const missing = FIVE_BASIC_INDICATORS.filter((k) => !list.includes(k))
      if (missing.length > 0) {
        ctx.addIssue({
          code: 'custom',
          input: list,
          message: zodMessage(expect.fivePlusX(missing))(),
        })
      }
    }),
  ),
)

/** The class exceedances are judged against, Ⅰ–Ⅴ. */
export const baseClassOption = zm.literal([1, 2, 3, 4, 5], {
  error: zodMessage(expect.oneOf([1, 2, 3, 4, 5])),
})

/** DO saturation in percent. */
export const doSaturationOption = zm.number().check(zm.gte(0))

/** The shape of the section options (every function that classifies a section takes them). */
export const sectionOptionsShape = {
  waterBody: waterBodyOption,
  indicators: zm.optional(indicatorsOption),
  baseClass: zm.optional(baseClassOption),
  doSaturationPercent: zm.optional(doSaturationOption),
}

/** The section options with their defaults filled in. */
export function fillSectionOptions(o: {
  readonly waterBody: 'river' | 'lake' | 'reservoir'
  readonly indicators?: readonly SectionIndicatorKey[] | undefined
  readonly baseClass?: 1 | 2 | 3 | 4 | 5 | undefined
  readonly doSaturationPercent?: number | undefined
}): ResolvedSectionOptions {
  return {
    waterBody: o.waterBody,
    indicators: o.indicators ? [...o.indicators] : null,
    baseClass: o.baseClass ?? 3,
    doSaturationPercent: o.doSaturationPercent ?? null,
  }
}
