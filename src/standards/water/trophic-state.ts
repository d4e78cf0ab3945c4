import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue } from '../../_lib/errors/catalogue.js'
import type { LocalizedText } from '../../_lib/localized-text.js'
import { defineOptions } from '../../_lib/options.js'
import { add, decimal, div, rational, toNumber } from '../../_lib/rational.js'
import { roundGbt8170 } from '../gbt8170.js'
import { Issues, measurementIssue, objectIssue, resolveInto, unknownItemIssue } from './_input.js'
import type { TrophicGradeKey, TrophicParameter, TrophicState } from './results/trophic-state.js'

/**
 * The parameters of the comprehensive trophic level index as the 2001 rule prints them: TLI(j) =
 * 10 (a + b ln C_j), the correlation r_ij of each parameter with chlorophyll a (from 26 major
 * Chinese lakes, 金相灿《中国湖泊环境》) and r²_ij. Units: chlorophyll a mg/m³ (= µg/L),
 * transparency SD m, the others mg/L.
 *
 * @category Water
 * @see 中国环境监测总站《湖泊（水库）富营养化评价方法及分级技术规定》(总站生字〔2001〕090号) §1
 * (read in secondary copies); 环办〔2011〕22号 一(一)2 营养状态评价指标
 * @example
 * ```ts
 * import { TLI_PARAMETERS } from 'eco-targets/water'
 * TLI_PARAMETERS[1] //=> { parameter: 'TP', zh: '总磷', en: 'Total phosphorus', unit: 'mg/L', a: '9.436', b: '1.624', r: '0.84', r2: '0.7056' }
 * ```
 */
// biome-ignore format: one line per parameter of the rule
export const TLI_PARAMETERS = Object.freeze([
  { parameter: 'chla', zh: '叶绿素a', en: 'Chlorophyll a', unit: 'mg/m³', a: '2.5', b: '1.086', r: '1', r2: '1' },
  { parameter: 'TP', zh: '总磷', en: 'Total phosphorus', unit: 'mg/L', a: '9.436', b: '1.624', r: '0.84', r2: '0.7056' },
  { parameter: 'TN', zh: '总氮', en: 'Total nitrogen', unit: 'mg/L', a: '5.453', b: '1.694', r: '0.82', r2: '0.6724' },
  { parameter: 'SD', zh: '透明度', en: 'Transparency (Secchi depth)', unit: 'm', a: '5.118', b: '-1.94', r: '-0.83', r2: '0.6889' },
  { parameter: 'CODMn', zh: '高锰酸盐指数', en: 'Permanganate index', unit: 'mg/L', a: '0.109', b: '2.661', r: '0.83', r2: '0.6889' },
] as const satisfies readonly {
  parameter: TrophicParameter
  zh: string
  en: string
  unit: string
  a: `${number}`
  b: `${number}`
  r: `${number}`
  r2: `${number}`
}[])

/**
 * The five trophic grades of the 2001 rule with their bounds on TLI(Σ): 贫营养 < 30;
 * 30 ≤ 中营养 ≤ 50; 50 < 轻度富营养 ≤ 60; 60 < 中度富营养 ≤ 70; 重度富营养 > 70 (TLI(Σ) > 50 is
 * 富营养). `upTo` is the inclusive upper bound (`null`: no bound); 贫营养 is the one grade whose
 * bound is exclusive.
 *
 * @category Water
 * @see 总站生字〔2001〕090号 §3 湖泊（水库）营养状态分级 (read in secondary copies)
 * @example
 * ```ts
 * import { TROPHIC_GRADES } from 'eco-targets/water'
 * TROPHIC_GRADES.map((g) => g.zh) //=> ['贫营养', '中营养', '轻度富营养', '中度富营养', '重度富营养']
 * ```
 */
export const TROPHIC_GRADES = Object.freeze([
  { key: 'oligotrophic', zh: '贫营养', en: 'Oligotrophic', below: 30, upTo: null },
  { key: 'mesotrophic', zh: '中营养', en: 'Mesotrophic', below: null, upTo: 50 },
  { key: 'lightEutrophic', zh: '轻度富营养', en: 'Light eutrophic', below: null, upTo: 60 },
  { key: 'moderateEutrophic', zh: '中度富营养', en: 'Moderately eutrophic', below: null, upTo: 70 },
  { key: 'hyperEutrophic', zh: '重度富营养', en: 'Hypereutrophic', below: null, upTo: null },
] as const satisfies readonly {
  key: TrophicGradeKey
  zh: string
  en: string
  below: number | null
  upTo: number | null
}[])

/**
 * The trophic grade of a TLI(Σ) value: < 30 贫营养, 30–50 中营养 (both bounds included),
 * (50, 60] 轻度富营养, (60, 70] 中度富营养, > 70 重度富营养.
 *
 * @param index - TLI(Σ), a finite number
 * @returns the grade key
 * @throws TypeError when `index` is not a finite number
 * @category Water
 * @see 总站生字〔2001〕090号 §3
 * @example
 * ```ts
 * import { trophicGrade } from 'eco-targets/water'
 * trophicGrade(29.9) //=> 'oligotrophic'
 * trophicGrade(30)   //=> 'mesotrophic'
 * trophicGrade(50)   //=> 'mesotrophic'
 * trophicGrade(50.1) //=> 'lightEutrophic'
 * trophicGrade(70.1) //=> 'hyperEutrophic'
 * ```
 */
export function trophicGrade(index: number): TrophicGradeKey {
  if (typeof index !== 'number' || !Number.isFinite(index)) {
    throw new TypeError(`trophicGrade needs a finite number, got ${String(index)}`)
  }
  if (index < 30) return 'oligotrophic'
  if (index <= 50) return 'mesotrophic'
  if (index <= 60) return 'lightEutrophic'
  if (index <= 70) return 'moderateEutrophic'
  return 'hyperEutrophic'
}

/**
 * Options of {@link trophicLevelIndex}: what to do when a parameter has no value
 * (`renormalize`, the default: the rule's weights W_j = r²_ij / Σ r²_ij are normalised over the
 * m parameters evaluated, as the rule defines m, and the result says so; `withhold`: no index
 * unless all five are given) and which figure the grade is read from (`published`, the default:
 * TLI(Σ) rounded to one decimal as reports print it, so the grade never contradicts the printed
 * figure; `unrounded`).
 *
 * @category Water
 * @example
 * ```ts
 * import { TrophicLevelIndexOptionsSchema } from 'eco-targets/water'
 * Object.keys(TrophicLevelIndexOptionsSchema.def.shape) //=> ['missingParameters', 'gradeBasis']
 * ```
 */
export const TrophicLevelIndexOptionsSchema = zm.strictObject({
  missingParameters: zm.optional(zm.enum(['renormalize', 'withhold'])),
  gradeBasis: zm.optional(zm.enum(['published', 'unrounded'])),
})

/** Options of {@link trophicLevelIndex}. @category Water */
export type TrophicLevelIndexOptions = z.input<typeof TrophicLevelIndexOptionsSchema>

const OPTIONS = defineOptions('trophicLevelIndex', TrophicLevelIndexOptionsSchema, (o) => ({
  missingParameters: o.missingParameters ?? 'renormalize',
  gradeBasis: o.gradeBasis ?? 'published',
}))

/** Values of the five TLI parameters (chla mg/m³, SD m, the others mg/L); `null` or absent = no value. @category Water */
export type TrophicValues = Readonly<Partial<Record<TrophicParameter, number | null>>>

const KEYS: readonly string[] = TLI_PARAMETERS.map((p) => p.parameter)

function gradeText(key: TrophicGradeKey): LocalizedText {
  const g = TROPHIC_GRADES.find((x) => x.key === key) as (typeof TROPHIC_GRADES)[number]
  return { zh: g.zh, en: g.en }
}

/**
 * The comprehensive trophic level index TLI(Σ) = Σ W_j · TLI(j) of a lake or reservoir from
 * chlorophyll a, total phosphorus, total nitrogen, transparency and the permanganate index, with
 * the 2001 rule's weights W_j = r²_ij / Σ r²_ij, and its grade.
 *
 * Precision: TLI(j) takes a natural logarithm, so the index is a binary floating-point number
 * (relative error about 10⁻¹⁵, far below the published 0.1); the weights are exact decimals. The
 * published figure is TLI(Σ) rounded to one decimal by GB/T 8170 on the decimal the number prints
 * as; it can differ from an exact computation only when the exact index lies within about 10⁻¹³ of
 * a rounding boundary (x.x5).
 *
 * @param values - the parameters (chla in mg/m³ = µg/L; CNEMC exports give 叶绿素α in mg/L, so
 * multiply those by 1000; SD in m; TP, TN, CODMn in mg/L), each a positive number
 * @param options - missing-parameter rule and grade basis
 * @returns the index, its published figure and grade, each parameter's TLI(j) and weight
 * @throws {@link InputError} for an unknown key, a value that is not a positive finite number
 * (ln 0 is not defined: give the detection limit or leave the value out) or bad options
 * @category Water
 * @see 总站生字〔2001〕090号 §1–§3 (read in secondary copies); 环办〔2011〕22号 一(一)2
 * @example
 * ```ts
 * import { trophicLevelIndex } from 'eco-targets/water'
 * const r = trophicLevelIndex({ chla: 10, TP: 0.1, TN: 1, SD: 1, CODMn: 4 })
 * r.published //=> 50.1
 * r.grade     //=> 'lightEutrophic'
 * ```
 */
export function trophicLevelIndex(
  values: TrophicValues,
  options?: TrophicLevelIndexOptions,
): TrophicState {
  const issues = new Issues()
  const resolved = resolveInto(OPTIONS, options, issues)
  const given = new Map<TrophicParameter, number>()
  const bad = objectIssue([], values)
  if (bad) issues.add(bad)
  else {
    for (const [key, raw] of Object.entries(values)) {
      if (!KEYS.includes(key)) {
        issues.add(unknownItemIssue([], key, KEYS, '总站生字〔2001〕090号'))
        continue
      }
      if (raw === null || raw === undefined) continue
      const p = TLI_PARAMETERS.find((x) => x.parameter === key) as (typeof TLI_PARAMETERS)[number]
      const found = measurementIssue([key], raw, 'nonNegative', p.unit)
      if (found) issues.add(found)
      else if (raw === 0) {
        issues.add(
          issue({
            code: 'too_small',
            path: [key],
            expected: expect.positive(p.unit),
            received: raw,
          }),
        )
      } else given.set(key as TrophicParameter, raw)
    }
  }
  issues.throwIfAny('trophicLevelIndex input')
  const opts = resolved as NonNullable<typeof resolved>
  const used = TLI_PARAMETERS.filter((p) => given.has(p.parameter))
  const missing = TLI_PARAMETERS.filter((p) => !given.has(p.parameter)).map((p) => p.parameter)
  const withheld =
    used.length === 0
      ? 'noParameter'
      : missing.length > 0 && opts.missingParameters === 'withhold'
        ? 'missingParameters'
        : null
  if (withheld !== null) {
    return {
      index: null,
      published: null,
      grade: null,
      gradeText: null,
      eutrophic: null,
      parameters: [],
      missing,
      renormalized: false,
      withheld,
      options: opts,
    }
  }
  // §1: W_j = r²_ij / Σ_{j=1..m} r²_ij, exact on the printed decimals.
  let sum = rational(0n)
  for (const p of used) sum = add(sum, decimal(p.r2))
  let index = 0
  const parameters = used.map((p) => {
    const value = given.get(p.parameter) as number
    // §1: TLI(j) = 10 (a + b ln C_j).
    const tli = 10 * (Number(p.a) + Number(p.b) * Math.log(value))
    const weight = toNumber(div(decimal(p.r2), sum))
    index += weight * tli
    return { parameter: p.parameter, value, index: tli, weight }
  })
  const published = roundGbt8170(index, 1)
  const grade = trophicGrade(opts.gradeBasis === 'published' ? published : index)
  return {
    index,
    published,
    grade,
    gradeText: gradeText(grade),
    eutrophic: (opts.gradeBasis === 'published' ? published : index) > 50,
    parameters,
    missing,
    renormalized: missing.length > 0,
    withheld: null,
    options: opts,
  }
}
