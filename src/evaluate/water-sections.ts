import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import {
  assessSectionSet,
  classifySectionPeriod,
  type SectionIndicatorKey,
  type SectionSetMember,
} from '../standards/water/index.js'
import { type EvaluateTargetOptions, ofKind } from './_context.js'
import { evaluateCountTarget } from './_count-target.js'
import { earlierDate } from './_period.js'
import { periodFor } from './_result.js'

/** Options of {@link evaluateSectionsRatio}. @category Water */
export interface EvaluateSectionsRatioOptions extends EvaluateTargetOptions {
  /** 5+X list (环办监测函〔2020〕714号) for every section; default the 21 indicators of 22号. */
  readonly indicators?: readonly SectionIndicatorKey[]
  /** The fewest samplings with values a section needs for its annual class (default 1). */
  readonly minSamplings?: number
  /** Which network's sections count (default `national`, 国控断面). */
  readonly network?: 'national' | 'regional' | 'municipal'
}

const REASONS = {
  noData: { zh: '无监测数据', en: 'no data' },
  driedUp: { zh: '断流', en: 'dried up' },
  frozen: { zh: '冰封', en: 'frozen' },
  notSampled: { zh: '未采样', en: 'not sampled' },
  tooFewSamplings: { zh: '有效采样次数不足', en: 'too few samplings' },
} as const

/**
 * Evaluates a ratio of a set of surface-water sections: the share of sections of class Ⅰ–Ⅲ
 * (`sectionsClassIToIIIRatio`) or worse than class Ⅴ (`sectionsWorseThanVRatio`). Each
 * section's class for the year is the class of the mean of each indicator over its samplings up
 * to `asOf` (22号 年度评价; worst of the 21 indicators, never water temperature, TN or fecal
 * coliform; lake and reservoir TP limits by water body). Sections without valid data (dried up,
 * frozen, not sampled) are left out of both numerator and denominator and listed (decision 8).
 *
 * Within the year the classes rest on the means so far and can still change; the reachability
 * says how many more sections must reach class Ⅲ, or how many may still be worse than Ⅴ.
 *
 * @param target - a sections-ratio target
 * @param observations - observations; `waterSample` records of the network are read
 * @param options - `asOf`, 5+X indicators, minimum samplings, network
 * @returns the verdict
 * @category Water
 * @see 环办〔2011〕22号 地表水环境质量评价办法（试行）; GB 3838-2002
 * @example
 * ```ts
 * import { evaluateSectionsRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'water.national-sections-class-i-iii')!
 * const sample = (section: string, NH3N: number) => ({
 *   kind: 'waterSample' as const, section, waterBody: 'river' as const, date: '2022-06-10',
 *   values: { pH: 7.8, DO: 7, CODMn: 4, NH3N, TP: 0.1 },
 * })
 * // NH3N 0.8 is class Ⅲ, 1.8 class Ⅴ: 2 of 3 sections are Ⅰ–Ⅲ = 66.67 % → 66.7 %
 * const r = evaluateSectionsRatio(t, [sample('a', 0.8), sample('b', 0.8), sample('c', 1.8)], { asOf: '2022-12-31' })
 * r.actual?.published //=> 66.7
 * r.status            //=> 'met'
 * ```
 */
export function evaluateSectionsRatio(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateSectionsRatioOptions,
): TargetResult {
  if (target.metric !== 'sectionsClassIToIIIRatio' && target.metric !== 'sectionsWorseThanVRatio') {
    throw new TypeError(`evaluateSectionsRatio needs a sections-ratio target, got ${target.metric}`)
  }
  const network = options.network ?? 'national'
  const { start, end } = target.period
  const last = earlierDate(options.asOf, end)
  const bySection = new Map<string, Extract<Observation, { kind: 'waterSample' }>[]>()
  for (const s of ofKind(observations, 'waterSample')) {
    if ((s.network ?? 'national') !== network || s.date < start || s.date > last) continue
    bySection.set(s.section, [...(bySection.get(s.section) ?? []), s])
  }
  const members: SectionSetMember[] = [...bySection].map(([id, samples]) => {
    const waterBody = samples.at(-1)?.waterBody ?? 'river'
    const name = samples.find((s) => s.name)?.name
    const period = classifySectionPeriod(
      samples.map((s) => ({ date: s.date, status: s.status, values: s.values })),
      {
        waterBody,
        ...(options.indicators ? { indicators: options.indicators } : {}),
        ...(options.minSamplings ? { minSamplings: options.minSamplings } : {}),
      },
    )
    return {
      id,
      ...(name ? { name } : {}),
      waterBody,
      values: period.means,
      condition: period.condition,
    }
  })
  const set = assessSectionSet(
    members,
    options.indicators ? { indicators: options.indicators } : {},
  )
  const ratio = target.metric === 'sectionsClassIToIIIRatio' ? set.classIToIII : set.worseThanV
  const reasons = Object.keys(REASONS) as (keyof typeof REASONS)[]
  const excluded = reasons.flatMap((reason) => {
    const items = set.excluded.filter((e) => e.reason === reason).map((e) => e.id)
    return items.length
      ? [{ reason, count: items.length, items, description: REASONS[reason] }]
      : []
  })
  const classes = set.sections.map((s) => `${s.id} ${s.classification.label ?? '—'}`).join(', ')
  const worse = target.metric === 'sectionsWorseThanVRatio'
  return evaluateCountTarget({
    target,
    progress: periodFor(target, options.asOf),
    counted: ratio.numerator,
    total: ratio.denominator,
    remaining: 0,
    itemsFinal: false,
    coverage: { unit: 'sections', used: set.evaluated, expected: members.length, excluded },
    options: {
      network,
      indicators: options.indicators ?? '22号 21 indicators',
      minSamplings: options.minSamplings ?? 1,
      annualClass: 'mean of samplings to date',
    },
    words: {
      item: { zh: '个断面', en: 'sections' },
      counted: worse
        ? { zh: '劣Ⅴ类断面', en: 'sections worse than class V' }
        : { zh: 'Ⅰ~Ⅲ类断面', en: 'class I–III sections' },
      remaining: { zh: '断面', en: 'sections' },
    },
    note: set.sections.length
      ? { zh: `各断面类别：${classes}。`, en: `Section classes: ${classes}.` }
      : undefined,
  }).result
}
