import { type PlanEvaluation, TARGET_STATUS_LABELS, type TargetStatus } from '../../../index.js'

/** The `--fail-on` levels. */
export const FAIL_ON_LEVELS = ['notMet', 'atRisk'] as const

/** A `--fail-on` level. */
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number]

/** What `--insufficient-data` does when a `--fail-on` gate is set. */
export type InsufficientDataRule = 'fail' | 'warn'

/** The statuses each `--fail-on` level fails on (besides `insufficientData`, see the rule). */
export const FAILING_STATUSES: Readonly<Record<FailOnLevel, readonly TargetStatus[]>> = {
  notMet: ['notMet', 'unreachable'],
  atRisk: ['notMet', 'unreachable', 'atRisk'],
}

/** The outcome of the gate. */
export interface GateOutcome {
  /** True when the command must exit with 1. */
  readonly failed: boolean
  /** What to print on standard error (empty when there is nothing to say). */
  readonly message: string
}

/**
 * Applies `--fail-on` to the plan's targets (not the task objectives): `notMet` fails on any
 * target `notMet` or `unreachable`, `atRisk` also on `atRisk`. A target with `insufficientData`
 * fails the gate too unless the rule is `warn`, which lists it on standard error instead; it
 * never passes silently.
 *
 * @param evaluation - the evaluation
 * @param level - the `--fail-on` level
 * @param rule - what insufficient data does (default `fail`)
 * @returns whether the gate failed and the message for standard error
 */
export function applyFailOn(
  evaluation: PlanEvaluation,
  level: FailOnLevel,
  rule: InsufficientDataRule = 'fail',
  lang: 'zh' | 'en' = 'en',
): GateOutcome {
  const zh = lang === 'zh'
  const failing = new Set<TargetStatus>(FAILING_STATUSES[level])
  if (rule === 'fail') failing.add('insufficientData')
  const failed = evaluation.targets.filter((t) => failing.has(t.status))
  const unjudged =
    rule === 'warn' ? evaluation.targets.filter((t) => t.status === 'insufficientData') : []
  const list = (items: typeof failed) =>
    items
      .map((t) =>
        zh
          ? `  \`${t.target}\`（${TARGET_STATUS_LABELS[t.status].zh}）`
          : `  ${t.target} (${t.status})`,
      )
      .join('\n')
  const lines: string[] = []
  if (failed.length > 0) {
    lines.push(
      zh
        ? `--fail-on=${level}：${evaluation.targets.length} 项目标中有 ${failed.length} 项未通过（截至 ${evaluation.asOf}）：`
        : `--fail-on ${level}: ${failed.length} of ${evaluation.targets.length} targets fail the gate (as of ${evaluation.asOf}):`,
      list(failed),
    )
  }
  if (unjudged.length > 0) {
    lines.push(
      zh
        ? `警告：${unjudged.length} 项目标数据不足，未参与判定（--insufficient-data warn）：`
        : `warning: ${unjudged.length} targets have insufficient data and were not gated (--insufficient-data warn):`,
      list(unjudged),
    )
  }
  return { failed: failed.length > 0, message: lines.length ? `${lines.join('\n')}\n` : '' }
}
