import type { z } from 'zod'
import * as zm from 'zod/mini'
import { defineOptions } from '../../_lib/options.js'
import { formatGbt8170, roundGbt8170 } from '../gbt8170.js'
import { Issues, resolveInto } from './_input.js'
import { fillSectionOptions, sectionOptionsShape } from './_options.js'
import { classifySectionExact } from './_section.js'
import { readSurfaceValues } from './_values.js'
import type { SectionIndicatorKey } from './indicators.js'
import type { MainPollutant, MainPollutants } from './results/main-pollutants.js'
import type { IndicatorClassResult, SurfaceWaterValues } from './results/section.js'
import { GB3838_TABLE1 } from './tables/gb3838-table1.js'

/**
 * Cyanide and the heavy metals of Table 1: when one exceeds class Ⅲ it is listed as a main
 * pollutant even beyond the top three (22号: “当氰化物或铅、铬等重金属超标时，也作为主要污染指标
 * 列出”; the text names lead and chromium “等”, so the list — Hg, Cd, Cr(VI), Pb, As, Cu, Zn — is a
 * project reading).
 *
 * @category Water
 * @example
 * ```ts
 * import { TOXIC_INDICATORS } from 'eco-targets/water'
 * TOXIC_INDICATORS.includes('Pb') //=> true
 * ```
 */
export const TOXIC_INDICATORS: readonly SectionIndicatorKey[] = Object.freeze([
  'CN',
  'Hg',
  'Cd',
  'Cr6',
  'Pb',
  'As',
  'Cu',
  'Zn',
])

/**
 * Options of {@link mainPollutants}: those of {@link classifySection} (the base class stays Ⅲ
 * for national reporting), how many are named (default 3), the decimals of the published
 * multiple (default 1, as reports print “氨氮(1.3)”), and whether exceeding cyanide and heavy
 * metals are listed beyond the top three (default true).
 *
 * @category Water
 * @example
 * ```ts
 * import { MainPollutantsOptionsSchema } from 'eco-targets/water'
 * Object.keys(MainPollutantsOptionsSchema.def.shape).includes('count') //=> true
 * ```
 */
export const MainPollutantsOptionsSchema = zm.strictObject({
  ...sectionOptionsShape,
  count: zm.optional(zm.int().check(zm.gte(1))),
  digits: zm.optional(zm.int().check(zm.gte(0), zm.lte(4))),
  listToxic: zm.optional(zm.boolean()),
})

/** Options of {@link mainPollutants}. @category Water */
export type MainPollutantsOptions = z.input<typeof MainPollutantsOptionsSchema>

const OPTIONS = defineOptions('mainPollutants', MainPollutantsOptionsSchema, (o) => ({
  ...fillSectionOptions(o),
  count: o.count ?? 3,
  digits: o.digits ?? 1,
  listToxic: o.listToxic ?? true,
}))

const ORDER = new Map(Object.values(GB3838_TABLE1).map((i) => [i.key as string, i.no]))

/**
 * 22号: worst class first; within a class the larger exceedance multiple first. pH and DO have no
 * multiple (22号 computes none) and follow the indicators of their class that have one; the last
 * tie goes by Table 1 order. Project decision where the text is silent.
 */
function rank(a: IndicatorClassResult, b: IndicatorClassResult): number {
  if (a.waterClass !== b.waterClass) return b.waterClass - a.waterClass
  const ma = a.exceedanceMultiple
  const mb = b.exceedanceMultiple
  if (ma !== null && mb !== null && ma !== mb) return mb - ma
  if ((ma === null) !== (mb === null)) return ma === null ? 1 : -1
  return (ORDER.get(a.indicator) ?? 0) - (ORDER.get(b.indicator) ?? 0)
}

/**
 * The main pollutants of a section (主要污染指标): when the section is worse than class Ⅲ, its
 * indicators above the class Ⅲ limit, worst class first and by exceedance multiple
 * (C − C_Ⅲ) / C_Ⅲ within a class, the first three named with their multiple as reports print it
 * (“高锰酸盐指数(1.2)”), and exceeding cyanide or heavy metals listed as well. pH and DO are named
 * without a multiple. A section of class Ⅲ or better (优, 良好) has none.
 *
 * @param values - values by Table 1 key (period means for a period)
 * @param options - the section options, how many to name, decimals, the toxic rule
 * @returns the list, its text in Chinese and English, and the options used
 * @throws {@link InputError} as {@link classifySection}
 * @category Water
 * @see 环办〔2011〕22号 二 (主要污染指标的确定, as quoted in secondary sources); GB 3838-2002 §5.1
 * @example
 * ```ts
 * import { mainPollutants } from 'eco-targets/water'
 * const r = mainPollutants({ DO: 6, NH3N: 2.3, TP: 0.32, COD: 24 }, { waterBody: 'river' })
 * r.text //=> { zh: '氨氮(1.3)、总磷(0.6)、化学需氧量(0.2)', en: 'Ammonia nitrogen (NH3-N) (1.3), Total phosphorus (as P) (0.6), Chemical oxygen demand (COD) (0.2)' }
 * ```
 */
export function mainPollutants(
  values: SurfaceWaterValues,
  options: MainPollutantsOptions,
): MainPollutants {
  const issues = new Issues()
  const exact = readSurfaceValues(values, [], issues)
  const resolved = resolveInto(OPTIONS, options ?? {}, issues)
  issues.throwIfAny('mainPollutants input')
  const o = resolved as NonNullable<typeof resolved>
  const c = classifySectionExact(exact, o)
  const applies = c.waterClass !== null && c.waterClass > o.baseClass
  const ranked = applies ? [...c.exceeding].sort(rank) : []
  const chosen = ranked.filter(
    (r, k) => k < o.count || (o.listToxic && TOXIC_INDICATORS.includes(r.indicator)),
  )
  const pollutants: MainPollutant[] = chosen.map((r) => {
    const item = GB3838_TABLE1[r.indicator]
    const published =
      r.exceedanceMultiple === null ? null : roundGbt8170(r.exceedanceMultiple, o.digits)
    const shown = r.exceedanceMultiple === null ? '' : formatGbt8170(r.exceedanceMultiple, o.digits)
    return {
      indicator: r.indicator,
      name: item.name,
      waterClass: r.waterClass,
      label: r.label,
      exceedanceMultiple: r.exceedanceMultiple,
      published,
      toxic: TOXIC_INDICATORS.includes(r.indicator),
      text: {
        zh: published === null ? item.name.zh : `${item.name.zh}(${shown})`,
        en: published === null ? item.name.en : `${item.name.en} (${shown})`,
      },
    }
  })
  return {
    waterClass: c.waterClass,
    label: c.label,
    applies,
    pollutants,
    text: pollutants.length
      ? {
          zh: pollutants.map((p) => p.text.zh).join('、'),
          en: pollutants.map((p) => p.text.en).join(', '),
        }
      : null,
    options: o,
  }
}
