import { z } from 'zod'
import { IsoDateSchema } from '../_lib/iso-date.js'
import type {
  DustRatioMethod,
  MissingIndicatorPolicy,
  ValidDayRule,
} from '../standards/air/index.js'
import { SECTION_INDICATORS, type SectionIndicatorKey } from '../standards/water/index.js'

// The pieces of the evaluators' options schemas, written once; each public evaluator builds its
// strict schema from them so that one concept has one name across the API.

/** `asOf`: the date an evaluation is made as of; how much of the period has passed. */
export const asOfOption = IsoDateSchema.describe(
  'The date the evaluation is made as of (YYYY-MM-DD)',
)

/**
 * `schedule`: how a target of a multi-year period is judged before its final year (时序进度):
 * `linear` (default) against the milestone on the straight line from the base year to the
 * target year, `final` against the final target every year.
 */
export const scheduleOption = z
  .enum(['linear', 'final'])
  .optional()
  .describe('Years before the target year: linear milestone (default) or the final target')

/** The resolved `schedule`. */
export type ScheduleRule = 'linear' | 'final'

const DUST_METHODS = [
  'excludeDays',
  'excludeExceedingDays',
  'recomputeWithoutPm',
] as const satisfies readonly DustRatioMethod[]
const VALID_DAY_RULES = ['allIndicators', 'publishedAqi'] as const satisfies readonly ValidDayRule[]
const MISSING_POLICIES = [
  'computeFromOthers',
  'withholdUnlessAbove100',
] as const satisfies readonly MissingIndicatorPolicy[]

/** The air options every air evaluator takes, with the air module's names. */
export const AIR_OPTIONS = {
  dustRatioMethod: z
    .enum(DUST_METHODS)
    .optional()
    .describe('How dust-affected days change the ratios (default excludeDays)'),
  verdictBasis: z
    .enum(['raw', 'deducted'])
    .optional()
    .describe('Which figures decide (default: deducted when dust days are given, else raw)'),
  validDay: z
    .enum(VALID_DAY_RULES)
    .optional()
    .describe('When a day counts for the ratios (default allIndicators)'),
  missingIndicators: z
    .enum(MISSING_POLICIES)
    .optional()
    .describe("AQI with a missing indicator (default: the edition's rule)"),
  requireAnnualValidity: z
    .boolean()
    .optional()
    .describe('At the end of a year, require the GB 3095 annual data validity (default true)'),
}

/** The air options with their defaults filled in. */
export interface ResolvedAirOptions {
  readonly dustRatioMethod: DustRatioMethod
  /** `null`: the deducted figures when dust days are given, else the raw ones. */
  readonly verdictBasis: 'raw' | 'deducted' | null
  readonly validDay: ValidDayRule
  /** `null`: the rule of the AQI edition. */
  readonly missingIndicators: MissingIndicatorPolicy | null
  readonly requireAnnualValidity: boolean
}

/** Fills in the air defaults. */
export function resolveAirOptions(o: {
  readonly dustRatioMethod?: DustRatioMethod | undefined
  readonly verdictBasis?: 'raw' | 'deducted' | undefined
  readonly validDay?: ValidDayRule | undefined
  readonly missingIndicators?: MissingIndicatorPolicy | undefined
  readonly requireAnnualValidity?: boolean | undefined
}): ResolvedAirOptions {
  return {
    dustRatioMethod: o.dustRatioMethod ?? 'excludeDays',
    verdictBasis: o.verdictBasis ?? null,
    validDay: o.validDay ?? 'allIndicators',
    missingIndicators: o.missingIndicators ?? null,
    requireAnnualValidity: o.requireAnnualValidity ?? true,
  }
}

/** The options of the surface-water section ratios (without `asOf`). */
export const SECTIONS_OPTIONS = {
  indicators: z
    .array(z.enum(SECTION_INDICATORS as readonly SectionIndicatorKey[] as [SectionIndicatorKey]))
    .min(1)
    .optional()
    .describe('5+X indicator list for every section (default the 21 indicators of 22号)'),
  minSamplings: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The fewest samplings with values a section needs for its annual class (default 1)'),
  network: z
    .enum(['national', 'regional', 'municipal'])
    .optional()
    .describe("Which network's sections count (default national)"),
}

/** The options of the drinking-water ratio (without `asOf`). */
export const DRINKING_WATER_OPTIONS = {
  rule: z
    .enum(['annualMean', 'everySampling'])
    .optional()
    .describe('annualMean (default) or everySampling (全年均达标), project decision 9'),
}

/** The options of the emission totals (without `asOf`). */
export const EMISSION_OPTIONS = {
  decreaseAgainst: z
    .enum(['previousYear', 'baseYear'])
    .optional()
    .describe('What "持续减少" is measured against (default the previous year)'),
}

/** The options of allowance compliance (without `asOf`). */
export const ALLOWANCE_OPTIONS = {
  emissionYear: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe("Emission year surrendered for (default the year before the target's year)"),
  expectedUnits: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Units expected to report; missing units count as not yet determined'),
  offsetCap: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Share of the obligation offsets (CCER) may cover, 0–1 (default 0.05)'),
}
