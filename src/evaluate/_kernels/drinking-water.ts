import { earlierDate } from '../../_lib/calendar.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import {
  assessDrinkingWaterSources,
  type DrinkingWaterSource,
  GB3838_TABLE1,
  GB3838_TABLE2,
  GB3838_TABLE3,
  GBT14848_2017,
} from '../../standards/water/index.js'
import type { ObservationOf } from '../_context.js'
import { evaluateCountTarget } from '../_count-target.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { periodFor } from '../_result.js'

const ITEM_TABLES: readonly Readonly<Record<string, { readonly name: { readonly zh: string } }>>[] =
  [GB3838_TABLE1, GB3838_TABLE2, GB3838_TABLE3, GBT14848_2017]

/** The Chinese name of a water-quality item as the standards print it (`F` → 氟化物). */
function itemNameZh(key: string): string {
  return ITEM_TABLES.find((t) => key in t)?.[key]?.name.zh ?? key
}

/** The share of drinking-water sources of a level meeting class Ⅲ, by source count. */
export function drinkingWaterKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const level =
    context.drinkingWater.level ?? (target.scope.id === 'county-sources' ? 'county' : 'prefecture')
  const rule = context.drinkingWater.rule
  const { start, end } = target.period
  const last = earlierDate(context.asOf, end)
  const bySource = new Map<string, ObservationOf<'drinkingWaterSample'>[]>()
  for (const s of observations) {
    if (s.kind !== 'drinkingWaterSample' || s.level !== level || s.date < start || s.date > last) {
      continue
    }
    bySource.set(s.source, [...(bySource.get(s.source) ?? []), s])
  }
  // One source is one type, level and water body: ObservationsSchema rejects records that say
  // otherwise, so the first sampling speaks for all.
  const sources: DrinkingWaterSource[] = [...bySource].map(([id, samples]) => {
    const first = samples[0] as (typeof samples)[number]
    const volumes = samples.flatMap((s) => (s.volume === undefined ? [] : [s.volume]))
    return {
      id,
      ...(first.name ? { name: first.name } : {}),
      type: first.sourceType,
      ...(first.waterBody ? { waterBody: first.waterBody } : {}),
      ...(volumes.length ? { volume: volumes.reduce((a, b) => a + b, 0) } : {}),
      samplings: samples.map((s) => ({ date: s.date, values: s.values })),
    }
  })
  const a = assessDrinkingWaterSources(sources, { rule })
  const failing = a.sources.filter((s) => !s.meets)
  const { result, assessment } = evaluateCountTarget({
    target,
    progress: periodFor(target, context.asOf),
    counted: a.ratio.numerator,
    total: a.ratio.denominator,
    remaining: 0,
    itemsFinal: false,
    ...(rule === 'everySampling' ? { finalFailures: failing.length } : {}),
    coverage: {
      unit: 'sources',
      used: a.ratio.denominator,
      expected: sources.length,
      excluded: a.excluded.length
        ? [{ reason: 'noData', count: a.excluded.length, items: a.excluded.map((e) => e.id) }]
        : [],
    },
    options: { rule, level },
    words: {
      item: { zh: '个水源', en: 'sources' },
      counted: { zh: '达到或优于Ⅲ类的水源', en: 'sources of class III or better' },
      remaining: { zh: '水源', en: 'sources' },
    },
    note: failing.length
      ? {
          zh: `未达标水源：${failing.map((s) => `${s.name ?? s.id}（${s.failing.map(itemNameZh).join('、')}）`).join('；')}。`,
          en: `Sources not meeting class III: ${failing.map((s) => `${s.id} (${s.failing.join(', ')})`).join('; ')}.`,
        }
      : undefined,
  })
  return { result, figure: assessment.ratio, best: null }
}
