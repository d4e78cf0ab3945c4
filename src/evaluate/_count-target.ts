import { displayText as show } from '../_lib/decimal-text.js'
import { decimal } from '../_lib/rational.js'
import type { LocalizedText } from '../schemas/common.js'
import type { Coverage, Reachability, TargetResult, TargetStatus } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { satisfies } from './_compare.js'
import { assessCountRatio, type CountRatioAssessment, percentOf } from './_count-ratio.js'
import type { PeriodProgress } from './_period.js'
import { buildResult, statusOf } from './_result.js'

/** Words for the items a ratio counts. */
export interface CountWords {
  /** The items in the denominator: 天 / days, 个断面 / sections. */
  readonly item: LocalizedText
  /** The counted items: 优良天 / good days. */
  readonly counted: LocalizedText
  /** The items still to come or undetermined: 剩余天数 / remaining days. */
  readonly remaining: LocalizedText
}

/** What a count-ratio target evaluation needs. */
export interface CountTargetInput {
  readonly target: Target
  readonly progress: PeriodProgress
  readonly counted: number
  readonly total: number
  readonly remaining: number
  readonly itemsFinal: boolean
  readonly finalFailures?: number
  readonly coverage: Coverage
  readonly options: Record<string, unknown>
  readonly words: CountWords
  /** A 0 % tolerance target (no heavy-pollution day): the first counted item decides `notMet`. */
  readonly zeroTolerance?: boolean
  readonly variants?: TargetResult['variants'] | undefined
  /** Extra sentence for the explanation (the rule used, dust deduction, …). */
  readonly note?: LocalizedText | undefined
}

/** The verdict and arithmetic of a count-ratio target; evaluators for days, sections, sources, plots and units share it. */
export function evaluateCountTarget(input: CountTargetInput): {
  result: TargetResult
  assessment: CountRatioAssessment
} {
  const { target, progress, counted, total, remaining, itemsFinal, words } = input
  const comparator = target.comparator === 'atMost' ? 'atMost' : 'atLeast'
  const targetValue = decimal(target.value ?? 0)
  const a = assessCountRatio({
    counted,
    total,
    remaining,
    itemsFinal,
    ...(input.finalFailures === undefined ? {} : { finalFailures: input.finalFailures }),
    comparator,
    target: targetValue,
    precision: target.precision,
  })
  let status: TargetStatus
  if (progress.isOver && remaining > 0) {
    // Items still undetermined at the end: decide only if they cannot change the verdict.
    const n = total + remaining
    const ok = (k: number) => satisfies(comparator, percentOf(k, n), targetValue, target.precision)
    const low = ok(counted)
    const high = ok(counted + remaining)
    status = low && high ? 'met' : !low && !high ? 'notMet' : 'insufficientData'
  } else if (input.zeroTolerance && counted > 0 && !a.reachable) {
    status = 'notMet'
  } else {
    status = statusOf({
      hasData: total > 0,
      isOver: progress.isOver,
      meetsNow: a.meetsNow,
      reachable: a.reachable,
    })
  }
  const pct = (x: number, n: number) => (n > 0 ? show((x * 100) / n, 2) : '—')
  // with nothing counted there is no ratio to state: the explanation opens with "no data yet"
  const none = total === 0
  const now = none
    ? { zh: '暂无数据', en: 'No data yet' }
    : {
        zh: `${total}${words.item.zh}中${words.counted.zh}${counted}，比例${pct(counted, total)}%`,
        en: `${counted} ${englishCount(counted, words.counted.en)} of ${total} ${englishCount(total, words.item.en)}, ${pct(counted, total)} %`,
      }
  const undetermined =
    remaining > 0
      ? {
          zh: `${remaining}个${words.remaining.zh}。`,
          en: `${remaining} ${englishCount(remaining, words.remaining.en)}.`,
        }
      : undefined
  const line =
    target.comparator === 'atMost'
      ? { zh: '不超过', en: 'at most' }
      : { zh: '不低于', en: 'at least' }
  const reachability = progress.isOver ? undefined : reachabilityOf(a, input, comparator)
  // the reachability's own "no data yet" would repeat the opening: only the undetermined items
  const ahead =
    none && a.bound === null && a.finalTotal === 0 ? undetermined : reachability?.explanation
  // after the period, an insufficient verdict still says why: items undetermined
  const why =
    reachability === undefined && status === 'insufficientData'
      ? none
        ? undetermined
        : remaining > 0
          ? undecided(counted, total, remaining, words)
          : undefined
      : undefined
  const explanation: LocalizedText = {
    zh: [`${now.zh}（目标${line.zh}${target.value}%）。`, (ahead ?? why)?.zh, input.note?.zh]
      .filter(Boolean)
      .join(''),
    en: [`${now.en} (target ${line.en} ${target.value} %).`, (ahead ?? why)?.en, input.note?.en]
      .filter(Boolean)
      .join(' '),
  }
  const result = buildResult({
    target,
    progress,
    status,
    actual: a.ratio,
    expected: null,
    coverage: input.coverage,
    reachability,
    variants: input.variants,
    options: input.options,
    explanation,
  })
  return { result, assessment: a }
}

const PLURALS = /\b(days|sections|sources|plots|units)\b/

/** An English noun phrase agreeing with a count: "1 good day", "2 good days". */
export function englishCount(n: number, plural: string): string {
  return n === 1 ? plural.replace(PLURALS, (w) => w.slice(0, -1)) : plural
}

/** "No data yet" (暂无数据), with the items still undetermined when there are some. */
function noDataYet(remaining: number, words: CountTargetInput['words']): LocalizedText {
  return remaining > 0
    ? {
        zh: `暂无数据：${remaining}个${words.remaining.zh}。`,
        en: `No data yet: ${remaining} ${englishCount(remaining, words.remaining.en)}.`,
      }
    : { zh: '暂无数据。', en: 'No data yet.' }
}

/**
 * Why a verdict after the period is `insufficientData` although items were counted: the items
 * still undetermined decide it, with the ratio if none of them counts and if all of them do.
 */
function undecided(
  counted: number,
  total: number,
  remaining: number,
  words: CountTargetInput['words'],
): LocalizedText {
  const n = total + remaining
  const low = show((counted * 100) / n, 2)
  const high = show(((counted + remaining) * 100) / n, 2)
  return {
    zh: `数据不足：${remaining}个${words.remaining.zh}决定是否达标（均不计入时比例为${low}%，均计入时为${high}%）。`,
    en: `Insufficient data: the ${remaining} ${englishCount(remaining, words.remaining.en)} ${remaining === 1 ? 'decides' : 'decide'} the verdict (${low} % if none counts, ${high} % if all do).`,
  }
}

function reachabilityOf(
  a: CountRatioAssessment,
  input: CountTargetInput,
  comparator: 'atLeast' | 'atMost',
): Reachability {
  const { words, remaining, total, counted } = input
  const unit = input.coverage.unit === 'records' ? 'units' : input.coverage.unit
  const remainingUnit = unit === 'days' ? 'days' : unit === 'years' ? 'years' : unit
  if (a.bound === null && a.finalTotal === 0) {
    // nothing to count yet: no data, and (when there are some) the items still undetermined
    return {
      reachable: false,
      remaining,
      remainingUnit,
      requirement: { kind: 'none', value: null, unit: words.item.en },
      explanation: noDataYet(remaining, words),
    }
  }
  if (a.bound === null) {
    return {
      reachable: false,
      remaining,
      remainingUnit,
      requirement: { kind: 'none', value: null, unit: words.item.en },
      explanation: {
        zh: `${a.finalTotal}${words.item.zh}中任何结果都无法达到目标。`,
        en: `No outcome out of ${a.finalTotal} ${words.item.en} can reach the target.`,
      },
    }
  }
  if (comparator === 'atLeast') {
    if (input.itemsFinal) {
      // Each item still to come either counts or not; the slack is how many of them may fail
      // (for days: the non-good days the year can absorb).
      const days = input.coverage.unit === 'days'
      const explanation: LocalizedText = a.reachable
        ? days
          ? {
              zh: `若剩余${remaining}天均为有效天，全年共${a.finalTotal}个有效天，需${words.counted.zh}至少${a.bound}个，剩余天数中至多还可有${a.slack}个非${words.counted.zh}。`,
              en: `If all ${remaining} remaining days are valid, the year has ${a.finalTotal} valid days and needs at least ${a.bound} ${words.counted.en}: at most ${a.slack} more days may fall short.`,
            }
          : {
              zh: `若${remaining}个${words.remaining.zh}全部计入，共${a.finalTotal}${words.item.zh}，需${words.counted.zh}至少${a.bound}个，其中至多还可有${a.slack}个不达标。`,
              en: `With the ${remaining} ${words.remaining.en} counted, ${a.finalTotal} ${words.item.en} need at least ${a.bound} ${words.counted.en}: at most ${a.slack} more may fall short.`,
            }
        : remaining > 0
          ? {
              zh: `即使${days ? `剩余${remaining}天` : `${remaining}个${words.remaining.zh}`}全部达标，最多${a.best}个${words.counted.zh}，少于所需的${a.bound}个，年内已无法达标。`,
              en: `Even if all ${remaining} ${days ? 'remaining days' : words.remaining.en} count, at most ${a.best} ${words.counted.en} are possible, short of the ${a.bound} needed.`,
            }
          : {
              zh: `${a.finalTotal}${words.item.zh}中${words.counted.zh}最多${a.best}个，少于所需的${a.bound}个，已无法达标。`,
              en: `At most ${a.best} of ${a.finalTotal} ${words.item.en} can be ${words.counted.en}, short of the ${a.bound} needed.`,
            }
      return {
        reachable: a.reachable,
        remaining,
        remainingUnit,
        requirement: {
          kind: days ? 'maxNonGoodDays' : 'maxMoreFailing',
          value: Math.max(a.slack, -1),
          unit: words.item.en,
        },
        explanation,
      }
    }
    const more = Math.max(0, a.bound - counted)
    return {
      reachable: a.reachable,
      remaining: remaining + total,
      remainingUnit,
      requirement: { kind: 'minMorePassing', value: more, unit: words.item.en },
      explanation: {
        zh: `${a.finalTotal}${words.item.zh}中需至少${a.bound}个${words.counted.zh}，${more > 0 ? `还需${more}个达到要求` : '目前已满足，需保持'}。`,
        en: `At least ${a.bound} of ${a.finalTotal} ${words.item.en} must be ${words.counted.en}; ${more > 0 ? `${more} more must reach the standard` : 'that holds now and must be kept'}.`,
      },
    }
  }
  // atMost
  const allowed = a.bound - counted
  return {
    reachable: a.reachable,
    remaining: input.itemsFinal ? remaining : remaining + total,
    remainingUnit,
    requirement: { kind: 'maxMoreFailing', value: allowed, unit: words.item.en },
    explanation: {
      zh:
        allowed >= 0
          ? `${a.finalTotal}${words.item.zh}中${words.counted.zh}至多${a.bound}个，还可再有${allowed}个。`
          : `${a.finalTotal}${words.item.zh}中${words.counted.zh}至多${a.bound}个，需减少${-allowed}个。`,
      en:
        allowed >= 0
          ? `At most ${a.bound} of ${a.finalTotal} ${words.item.en} may be ${words.counted.en}; ${allowed} more can be absorbed.`
          : `At most ${a.bound} of ${a.finalTotal} ${words.item.en} may be ${words.counted.en}; ${-allowed} must improve.`,
    },
  }
}
