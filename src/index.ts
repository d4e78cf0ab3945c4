/**
 * eco-targets: executable rules for Chinese ecological-environment targets.
 *
 * The root entry holds the models (zod schemas and the types inferred from them), the
 * vocabulary, the rounding rule every figure is published with, and the plan renderers. The
 * standards live in `eco-targets/air` and `eco-targets/water`, the bundled plan in
 * `eco-targets/plan-2022`.
 *
 * @module eco-targets
 */
export {
  expectations,
  type FormatIssueOptions,
  formatInputError,
  formatInputIssue,
  formatIssueLocation,
  formatIssuePath,
  InputError,
  type InputIssue,
  type InputIssueCode,
  type IssueLocation,
  type IssuePathSegment,
  type IssueSpec,
  inputIssue,
  isInputError,
  localizedText,
  relocateIssue,
} from './_lib/errors/index.js'
export * from './evaluate/index.js'
export * from './read/index.js'
export * from './report/index.js'
export * from './schemas/index.js'
export { formatGbt8170, roundGbt8170 } from './standards/gbt8170.js'
