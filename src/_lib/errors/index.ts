// The public part of the error grammar, re-exported by name from every entry.

export {
  expect as expectations,
  type IssueSpec,
  issue as inputIssue,
  relocate as relocateIssue,
  text as localizedText,
} from './catalogue.js'
export {
  type FormatIssueOptions,
  formatInputError,
  formatInputIssue,
  formatIssueLocation,
} from './format.js'
export { InputError, isInputError } from './input-error.js'
export type { InputIssue, InputIssueCode, IssueLocation, IssuePathSegment } from './issue.js'
export { formatIssuePath } from './path.js'
