import type { z } from 'zod'
import { ecoParams } from '../_lib/errors/from-zod.js'
import type { InputIssueCode } from '../_lib/errors/issue.js'
import type { LocalizedText } from '../_lib/localized-text.js'

/**
 * Adds an issue with a bilingual expectation from the catalogue to a refinement, so that a rule
 * of the plan format reads like every other input problem (`expected …, got …`) through
 * {@link InputError}, while the zod issue's own message stays plain English.
 */
export function addIssue(
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
  expected: LocalizedText,
  extra: { readonly code?: InputIssueCode; readonly hint?: LocalizedText } = {},
): void {
  const hint = extra.hint ? ` (${extra.hint.en})` : ''
  ctx.addIssue({
    code: 'custom',
    path: [...path],
    message: `expected ${expected.en}${hint}`,
    params: ecoParams(expected, extra),
  })
}
