import { actualValueOf } from '../../_lib/actual-value.js'
import { displayText as show } from '../../_lib/decimal-text.js'
import { add, decimal, div, type Rational, rational } from '../../_lib/rational.js'
import type { LocalizedText } from '../../schemas/common.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Coverage, Exclusion, MemberResult, Reachability } from '../../schemas/result.js'
import type { Target } from '../../schemas/target.js'
import { satisfies } from '../_compare.js'
import type { EvaluationContext, Kernel, KernelOutput } from '../_kernel.js'
import { buildResult, insufficientResult, periodFor, statusOf } from '../_result.js'
import { unitWords } from './_units.js'

const mean = (values: readonly Rational[]) =>
  div(values.reduce(add, rational(0n)), rational(BigInt(values.length)))

/** The coverage of a region: the members' days summed, exclusions by reason as `member:item`. */
function coverageOf(outputs: readonly (readonly [string, KernelOutput])[]): Coverage {
  const byReason = new Map<string, string[]>()
  let used = 0
  let expected = 0
  for (const [member, out] of outputs) {
    used += out.result.coverage.used
    expected += out.result.coverage.expected ?? 0
    for (const e of out.result.coverage.excluded) {
      const items = byReason.get(e.reason) ?? []
      items.push(
        ...(e.items.length ? e.items.map((i) => `${member}:${i}`) : [`${member}:${e.count}`]),
      )
      byReason.set(e.reason, items)
    }
  }
  const excluded: Exclusion[] = [...byReason].map(([reason, items]) => ({
    reason,
    count: items.length,
    items,
  }))
  return { unit: outputs[0]?.[1].result.coverage.unit ?? 'days', used, expected, excluded }
}

/**
 * A region's figure: the arithmetic mean of its members' exact figures, each computed from the
 * observations of that member (全区12个盟市平均优良天数比例, the mean of the cities' ratios;
 * SECONDARY: the wording of the published figures, not a read standard). A member without a
 * figure leaves the region without one: never a mean of fewer members than the region has.
 * Within the period the region can still reach the target when the mean of the members' best
 * cases (every remaining day good, or clean) does.
 */
export function evaluateRegion(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
  kernel: Kernel,
): KernelOutput {
  const regionMembers = target.scope.members ?? []
  const ids = regionMembers.map((m) => m.id)
  const names = new Map(regionMembers.map((m) => [m.id, m]))
  const nameOf = (id: string, lang: 'zh' | 'en') => names.get(id)?.[lang] ?? id
  const progress = periodFor(target, context.asOf)
  const outputs = regionMembers.map(
    ({ id, zh, en }) =>
      [id, kernel({ ...target, scope: { id, zh, en } }, observations, context)] as const,
  )
  const members: MemberResult[] = outputs.map(([scope, out]) => ({
    scope,
    status: out.result.status,
    actual: out.result.actual,
    unit: out.result.unit,
    coverage: out.result.coverage,
  }))
  const coverage = coverageOf(outputs)
  const options = {
    ...(outputs[0]?.[1].result.options ?? {}),
    region: 'arithmetic mean of the members’ figures',
    members: ids.length,
  }
  const lacking = outputs
    .filter(([, out]) => out.figure === null || out.result.status === 'insufficientData')
    .map(([id]) => id)
  const listing = (lang: 'zh' | 'en') =>
    outputs
      .map(([id, out]) => {
        const a = out.result.actual
        return `${nameOf(id, lang)} ${a ? `${show(a.published, 2)}${unitWords(out.result.unit)[lang]}` : '—'}`
      })
      .join(lang === 'zh' ? '、' : ', ')
  if (lacking.length > 0) {
    const result = insufficientResult({
      target,
      progress,
      coverage,
      options,
      explanation: {
        zh: `${lacking.map((id) => nameOf(id, 'zh')).join('、')}无可用数值，${ids.length}个成员的平均值无法计算。`,
        en: `${lacking.map((id) => nameOf(id, 'en')).join(', ')} ${lacking.length === 1 ? 'has' : 'have'} no usable figure, so the mean of the ${ids.length} members cannot be computed.`,
      },
    })
    return { result: { ...result, members }, figure: null, best: null }
  }
  const figure = mean(outputs.map(([, out]) => out.figure as Rational))
  const expected = decimal(target.value ?? 0)
  const comparator = target.comparator === 'atMost' ? 'atMost' : 'atLeast'
  const meetsNow = satisfies(comparator, figure, expected, target.precision)
  const bests = outputs.map(([, out]) => out.best)
  const best = bests.every((b): b is Rational => b !== null) ? mean(bests) : null
  const reachable =
    best === null ? meetsNow : satisfies(comparator, best, expected, target.precision)
  const status = statusOf({ hasData: true, isOver: progress.isOver, meetsNow, reachable })
  const unit = unitWords(target.unit)
  const line = comparator === 'atMost' ? text('不高于', 'at most') : text('不低于', 'at least')
  const reachability: Reachability | undefined =
    progress.isOver || best === null
      ? undefined
      : {
          reachable,
          remaining: progress.remainingDays,
          remainingUnit: 'days',
          requirement: {
            kind: 'bestCase',
            value: actualValueOf(best, target.precision).published,
            unit: target.unit,
          },
          explanation: {
            zh: `即使各成员剩余${progress.remainingDays}天全部${comparator === 'atMost' ? '不再超标' : '达标'}，平均值最好为${show(best, 2)}${unit.zh}，${reachable ? '仍可' : '已无法'}达到目标。`,
            en: `If every remaining day of every member ${comparator === 'atMost' ? 'stayed clean' : 'were good'}, the mean would at best be ${show(best, 2)}${unit.en}: the target ${reachable ? 'can still be' : 'can no longer be'} reached.`,
          },
        }
  const result = buildResult({
    target,
    progress,
    status,
    actual: figure,
    expected: null,
    coverage,
    reachability,
    options,
    explanation: {
      zh: `${ids.length}个成员的平均值${show(figure, 2)}${unit.zh}（目标${line.zh}${target.value}${unit.zh}）。各成员：${listing('zh')}。${reachability?.explanation.zh ?? ''}`,
      en: `The mean of ${ids.length} members is ${show(figure, 2)}${unit.en} (target ${line.en} ${target.value}${unit.en}). Members: ${listing('en')}.${reachability ? ` ${reachability.explanation.en}` : ''}`,
    },
  })
  return { result: { ...result, members }, figure, best }
}

function text(zh: string, en: string): LocalizedText {
  return { zh, en }
}
