import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { assessDrinkingWaterSources, type DrinkingWaterSource } from '../standards/water/index.js'
import { type EvaluateTargetOptions, ofKind } from './_context.js'
import { evaluateCountTarget } from './_count-target.js'
import { earlierDate } from './_period.js'
import { periodFor } from './_result.js'

/** Options of {@link evaluateDrinkingWaterRatio}. @category Water */
export interface EvaluateDrinkingWaterRatioOptions extends EvaluateTargetOptions {
  /** `annualMean` (default) or `everySampling` (全年均达标), project decision 9. */
  readonly rule?: 'annualMean' | 'everySampling'
  /** Which sources count; default from the target's scope (`prefecture-sources` → 地级, `county-sources` → 县级). */
  readonly level?: 'prefecture' | 'county'
}

/**
 * Evaluates the share of centralised drinking-water sources meeting class Ⅲ (水质达到或优于Ⅲ类比例),
 * by source count. A surface source meets it when its basic-item class (22号, 21 indicators) is
 * Ⅲ or better and every supplied GB 3838 Table 2 / Table 3 item is within its limit; a
 * groundwater source when its GB/T 14848-2017 class is Ⅲ or better. By default the period mean of
 * each item is judged; with `rule: 'everySampling'` every sampling must meet, and a failed
 * sampling fails the source for the year. Sources without valid data are listed, never counted.
 *
 * @param target - a `drinkingWaterClassIIIRatio` target
 * @param observations - observations; `drinkingWaterSample` records of the level are read
 * @param options - `asOf`, the annual rule and the source level
 * @returns the verdict
 * @category Water
 * @see GB 3838-2002 §5.3; GB/T 14848-2017; 环办〔2011〕22号
 * @example
 * ```ts
 * import { evaluateDrinkingWaterRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'water.drinking-water-prefecture')!
 * const r = evaluateDrinkingWaterRatio(t, [
 *   { kind: 'drinkingWaterSample', source: 'well-field-1', level: 'prefecture', sourceType: 'groundwater',
 *     date: '2022-03-01', values: { pH: 7.6, nitrate: 4.2, F: 0.6 } },
 * ], { asOf: '2022-12-31' })
 * r.status //=> 'met'
 * ```
 */
export function evaluateDrinkingWaterRatio(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateDrinkingWaterRatioOptions,
): TargetResult {
  const level = options.level ?? (target.scope.id === 'county-sources' ? 'county' : 'prefecture')
  const rule = options.rule ?? 'annualMean'
  const { start, end } = target.period
  const last = earlierDate(options.asOf, end)
  const bySource = new Map<string, Extract<Observation, { kind: 'drinkingWaterSample' }>[]>()
  for (const s of ofKind(observations, 'drinkingWaterSample')) {
    if (s.level !== level || s.date < start || s.date > last) continue
    bySource.set(s.source, [...(bySource.get(s.source) ?? []), s])
  }
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
  return evaluateCountTarget({
    target,
    progress: periodFor(target, options.asOf),
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
          zh: `未达标水源：${failing.map((s) => `${s.id}（${s.failing.join('、')}）`).join('；')}。`,
          en: `Sources not meeting class III: ${failing.map((s) => `${s.id} (${s.failing.join(', ')})`).join('; ')}.`,
        }
      : undefined,
  }).result
}
