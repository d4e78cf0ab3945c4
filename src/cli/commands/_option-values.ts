import { type Domain, DomainSchema, IsoDateSchema } from '../../index.js'
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
