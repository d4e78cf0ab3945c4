import { type Domain, DomainSchema, IsoDateSchema, type PlanFilters } from '../../index.js'
import { UsageError } from '../errors.js'

/**
 * Reads a date option: a real calendar date written `YYYY-MM-DD`.
 *
 * @param option - the option name, for the message (`--as-of`)
 * @param value - the value given
 * @returns the date
 * @throws {@link UsageError} `--as-of must be a date YYYY-MM-DD (got "2022-02-30")`
 */
export function parseDateOption(option: string, value: string): string {
  if (!IsoDateSchema.safeParse(value).success) {
    throw new UsageError({
      zh: `${option} 应为 YYYY-MM-DD 格式的日期（实际为 "${value}"）`,
      en: `${option} must be a date YYYY-MM-DD (got "${value}")`,
    })
  }
  return value
}

/**
 * Reads a `--domain` option: one of the plan vocabulary's domains.
 *
 * @param value - the value given, if any
 * @returns the domain, or undefined when none was given
 * @throws {@link UsageError} `--domain must be one of air, water, … (got "noise")`
 */
export function parseDomainOption(value: string | undefined): Domain | undefined {
  if (value === undefined) return undefined
  if (!DomainSchema.safeParse(value).success) {
    throw new UsageError({
      zh: `--domain 应为 ${DomainSchema.options.join(', ')} 之一（实际为 "${value}"）`,
      en: `--domain must be one of ${DomainSchema.options.join(', ')} (got "${value}")`,
    })
  }
  return value as Domain
}

/**
 * The message for a `--pillar` that names no pillar of the plan.
 *
 * @param pillars - the plan's pillars
 * @param given - the value given
 * @returns the message in both languages
 * @example
 * ```ts
 * pillarChoiceMessage([{ id: 'air' }], 'x').en //=> '--pillar must be one of air (got "x")'
 * ```
 */
export function pillarChoiceMessage(
  pillars: readonly { readonly id: string }[],
  given: string,
): { zh: string; en: string } {
  const ids = pillars.map((p) => p.id).join(', ')
  return {
    zh: `--pillar 应为 ${ids} 之一（实际为 "${given}"）`,
    en: `--pillar must be one of ${ids} (got "${given}")`,
  }
}

/**
 * Reads the `--pillar` and `--domain` options that select part of a plan: the domain one of the
 * vocabulary's, the pillar one of the plan's.
 *
 * @param plan - the plan (its pillars)
 * @param options - the values given, if any
 * @returns the filters
 * @throws {@link UsageError} for a domain or a pillar that is not one
 */
export function parsePlanFilters(
  plan: { readonly pillars: readonly { readonly id: string }[] },
  options: { readonly pillar?: string | undefined; readonly domain?: string | undefined },
): PlanFilters {
  const domain = parseDomainOption(options.domain)
  const { pillar } = options
  if (pillar !== undefined && !plan.pillars.some((p) => p.id === pillar)) {
    throw new UsageError(pillarChoiceMessage(plan.pillars, pillar))
  }
  return { pillar, domain }
}
