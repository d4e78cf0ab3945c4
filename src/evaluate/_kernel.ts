import type { Rational } from '../_lib/rational.js'
import type { EvaluationSettings } from '../schemas/evaluation.js'
import type { Observation } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import type { SectionIndicatorKey } from '../standards/water/index.js'
import { resolveAirOptions, type ScheduleRule } from './_options.js'

/** Every option of an evaluation, defaults filled in: what the kernels read and results echo. */
export type EvaluationContext = EvaluationSettings

type Maybe<T> = { readonly [K in keyof T]?: T[K] | undefined }

/** The options of any evaluator, as parsed, before defaults. */
export interface ContextInput {
  readonly asOf: string
  readonly schedule?: ScheduleRule | undefined
  readonly air?: Parameters<typeof resolveAirOptions>[0] | undefined
  readonly sections?:
    | {
        readonly indicators?: readonly SectionIndicatorKey[] | undefined
        readonly minSamplings?: number | undefined
        readonly network?: EvaluationContext['sections']['network'] | undefined
      }
    | undefined
  readonly drinkingWater?: Maybe<EvaluationContext['drinkingWater']> | undefined
  readonly emissions?: Maybe<EvaluationContext['emissions']> | undefined
  readonly allowances?: Maybe<EvaluationContext['allowances']> | undefined
}

/** Fills in every default once. */
export function contextOf(o: ContextInput): EvaluationContext {
  return {
    asOf: o.asOf,
    schedule: o.schedule ?? 'linear',
    air: resolveAirOptions(o.air ?? {}),
    sections: {
      indicators: o.sections?.indicators ? [...o.sections.indicators] : null,
      minSamplings: o.sections?.minSamplings ?? 1,
      network: o.sections?.network ?? 'national',
    },
    drinkingWater: {
      rule: o.drinkingWater?.rule ?? 'annualMean',
      level: o.drinkingWater?.level ?? null,
    },
    emissions: { decreaseAgainst: o.emissions?.decreaseAgainst ?? 'previousYear' },
    allowances: {
      emissionYear: o.allowances?.emissionYear ?? null,
      expectedUnits: o.allowances?.expectedUnits ?? null,
      offsetCap: o.allowances?.offsetCap ?? 0.05,
    },
  }
}

/**
 * What a kernel returns: the result, the exact figure it rests on, and the best figure the
 * period can still end with (for regions, whose reachability is that of the mean of members).
 */
export interface KernelOutput {
  readonly result: TargetResult
  readonly figure: Rational | null
  readonly best: Rational | null
}

/**
 * The evaluator of one metric for a plain target: one calendar year or less, one scope, and
 * (except for emission totals, which measure their own reduction) no decrease.
 */
export type Kernel = (
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
) => KernelOutput

/** A metric's kernel and the target forms the generic steps handle for it. */
export interface KernelSpec {
  readonly kernel: Kernel
  /** `decrease` targets are turned into a limit on the metric's published level. */
  readonly decreaseOfLevel: boolean
  /** The metrics the kernel accepts (a wrong one is a programming error: `TypeError`). */
  readonly metrics: readonly Target['metric'][]
  /** The function's name, for messages. */
  readonly name: string
  /** The kind of target it takes, for messages: `an emissionTotal`, `a sections-ratio`. */
  readonly targetKind: string
}
