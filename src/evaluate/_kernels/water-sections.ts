import { earlierDate } from '../../_lib/calendar.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import {
  assessSectionSet,
  classifySectionPeriod,
  type SectionSetMember,
} from '../../standards/water/index.js'
import type { ObservationOf } from '../_context.js'
import { evaluateCountTarget } from '../_count-target.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { remapToObservations } from '../_observation-errors.js'
import { periodFor } from '../_result.js'

const REASONS = {
  noData: { zh: '无监测数据', en: 'no data' },
  driedUp: { zh: '断流', en: 'dried up' },
  frozen: { zh: '冰封', en: 'frozen' },
  notSampled: { zh: '未采样', en: 'not sampled' },
  tooFewSamplings: { zh: '有效采样次数不足', en: 'too few samplings' },
} as const

/** The share of a network's sections of class Ⅰ–Ⅲ or worse than Ⅴ, by the 22号 annual class. */
export function sectionsKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const { network, indicators, minSamplings } = context.sections
  const { start, end } = target.period
  const last = earlierDate(context.asOf, end)
  const bySection = new Map<string, { samples: ObservationOf<'waterSample'>[]; at: number[] }>()
  observations.forEach((s, i) => {
    if (s.kind !== 'waterSample' || s.network !== network || s.date < start || s.date > last) return
    const entry = bySection.get(s.section) ?? { samples: [], at: [] }
    entry.samples.push(s)
    entry.at.push(i)
    bySection.set(s.section, entry)
  })
  const members: SectionSetMember[] = [...bySection].map(([id, { samples, at }]) => {
    const waterBody = samples.at(-1)?.waterBody ?? 'river'
    const name = samples.find((s) => s.name)?.name
    let period: ReturnType<typeof classifySectionPeriod>
    try {
      period = classifySectionPeriod(
        samples.map((s) => ({ date: s.date, status: s.status, values: s.values })),
        {
          waterBody,
          ...(indicators ? { indicators } : {}),
          minSamplings,
        },
      )
    } catch (error) {
      throw remapToObservations(error, at)
    }
    return {
      id,
      ...(name ? { name } : {}),
      waterBody,
      values: period.means,
      condition: period.condition,
    }
  })
  const set = assessSectionSet(members, indicators ? { indicators } : {})
  const ratio = target.metric === 'sectionsClassIToIIIRatio' ? set.classIToIII : set.worseThanV
  const reasons = Object.keys(REASONS) as (keyof typeof REASONS)[]
  const excluded = reasons.flatMap((reason) => {
    const items = set.excluded.filter((e) => e.reason === reason).map((e) => e.id)
    return items.length
      ? [{ reason, count: items.length, items, description: REASONS[reason] }]
      : []
  })
  // Chinese readers see the section's name where the data give one; ids stay in English.
  const classesZh = set.sections
    .map((s) => `${s.name ?? s.id}${s.classification.label ? `${s.classification.label}类` : '—'}`)
    .join('、')
  const classes = set.sections.map((s) => `${s.id} ${s.classification.label ?? '—'}`).join(', ')
  const worse = target.metric === 'sectionsWorseThanVRatio'
  const { result, assessment } = evaluateCountTarget({
    target,
    progress: periodFor(target, context.asOf),
    counted: ratio.numerator,
    total: ratio.denominator,
    remaining: 0,
    itemsFinal: false,
    coverage: { unit: 'sections', used: set.evaluated, expected: members.length, excluded },
    options: {
      network,
      indicators: indicators ?? '22号 21 indicators',
      minSamplings,
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
      ? { zh: `各断面类别：${classesZh}。`, en: `Section classes: ${classes}.` }
      : undefined,
  })
  return { result, figure: assessment.ratio, best: null }
}
