import type { z } from 'zod'
import * as zm from 'zod/mini'
import { defineOptions } from '../../_lib/options.js'
import { Issues, resolveInto } from './_input.js'
import { fillSectionOptions, sectionOptionsShape } from './_options.js'
import { classifySectionExact } from './_section.js'
import { readSurfaceValues } from './_values.js'
import type {
  ResolvedSectionOptions,
  SectionClassification,
  SurfaceWaterValues,
} from './results/section.js'

/**
 * Options of {@link classifySection}: the water body (required: lakes and reservoirs take the
 * 湖、库 TP limits), the 5+X list (default the 21 indicators of 22号; it must start with the five
 * basic indicators), the base class of exceedances (default Ⅲ, or a section's target class for
 * functional-zone compliance, GB 3838-2002 §5.1) and the DO saturation in percent (class Ⅰ is
 * “饱和率90%（或7.5）”).
 *
 * @category Water
 * @example
 * ```ts
 * import { ClassifySectionOptionsSchema } from 'eco-targets/water'
 * Object.keys(ClassifySectionOptionsSchema.def.shape)
 * //=> ['waterBody', 'indicators', 'baseClass', 'doSaturationPercent']
 * ```
 */
export const ClassifySectionOptionsSchema = zm.strictObject(sectionOptionsShape)

/** Options of {@link classifySection}. @category Water */
export type ClassifySectionOptions = z.input<typeof ClassifySectionOptionsSchema>

const OPTIONS = defineOptions('classifySection', ClassifySectionOptionsSchema, fillSectionOptions)

/**
 * The class of a section from its values: the worst class over the supplied indicators among
 * the 21 of 22号 (or the 5+X list), never counting water temperature, TN or fecal coliform. The
 * result names the deciding indicator(s), every counted indicator's class, the exceeding items
 * with their exceedance multiples against class Ⅲ (or `baseClass`), the quality word, and the
 * options used.
 *
 * @param values - values by Table 1 key; `null` or absent means not measured
 * @param options - the water body, the optional 5+X list, base class and DO saturation
 * @returns the classification; `waterClass` is `null` when no counted indicator has a value
 * @throws {@link InputError} listing every problem: an unknown key, a value that is not a
 * finite number ≥ 0, a pH outside 0–14, missing or unknown options, an indicator list that names
 * a reference indicator or lacks one of the five basic indicators
 * @category Water
 * @see 环办〔2011〕22号 一(一)1 (21 indicators) and 二 (单因子评价); GB 3838-2002 §5.1 (超标项目、超标倍数);
 * 环办监测函〔2020〕714号 (5+X)
 * @example
 * ```ts
 * import { classifySection } from 'eco-targets/water'
 * const r = classifySection(
 *   { pH: 7.8, DO: 5.6, CODMn: 4.1, NH3N: 0.42, TP: 0.12, TN: 3.5, fecalColiform: 12000 },
 *   { waterBody: 'river' },
 * )
 * r.label      //=> 'Ⅲ'
 * r.deciding   //=> ['DO', 'CODMn', 'TP']
 * r.status     //=> { zh: '良好', en: 'Good' }
 * r.reference.map((x) => x.indicator) //=> ['TN', 'fecalColiform']
 * r.options    //=> { waterBody: 'river', indicators: null, baseClass: 3, doSaturationPercent: null }
 * ```
 */
export function classifySection(
  values: SurfaceWaterValues,
  options: ClassifySectionOptions,
): SectionClassification {
  const issues = new Issues()
  const exact = readSurfaceValues(values, [], issues)
  const resolved = resolveInto(OPTIONS, options ?? {}, issues)
  issues.throwIfAny('classifySection input')
  return classifySectionExact(exact, resolved as ResolvedSectionOptions)
}
