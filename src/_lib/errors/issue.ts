import type { LocalizedText } from '../localized-text.js'

/** One step into the input: an object key or an array index. @category Errors */
export type IssuePathSegment = string | number

/**
 * What kind of problem an {@link InputIssue} reports. The codes follow zod's where zod has one
 * (`invalid_type`, `too_small`, `too_big`, `invalid_value`, `invalid_format`,
 * `unrecognized_keys`) and add the ones that monitoring data needs.
 *
 * - `invalid_type`: a value of the wrong type (text where a number is expected, …);
 * - `invalid_value`: a value outside a list of choices (an unknown edition, pollutant, …);
 * - `invalid_format`: a text of the wrong form (a date, a timestamp, an identifier);
 * - `too_small` / `too_big`: a number outside its range (a negative concentration, pH 15);
 * - `not_finite`: `NaN` or an infinity;
 * - `unrecognized_keys`: keys that the schema or the options do not know (a misspelt option);
 * - `implausible`: a value that the units make impossible (CO 120 mg/m³ is µg/m³ by mistake);
 * - `duplicate`: a second record where only one may exist (the same station and hour);
 * - `conflict`: records that contradict each other (one source given as surface and groundwater);
 * - `missing_column`: a header without a column that the layout needs;
 * - `empty_input`: no record at all;
 * - `custom`: any other rule of a standard or of the plan format.
 *
 * @category Errors
 */
export type InputIssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'not_finite'
  | 'unrecognized_keys'
  | 'implausible'
  | 'duplicate'
  | 'conflict'
  | 'missing_column'
  | 'empty_input'
  | 'custom'

/**
 * Where in a file an issue is, when the input was read from one: the file as the user named it,
 * the 1-based line and the 1-based column (character) where the bad value starts.
 *
 * @category Errors
 */
export interface IssueLocation {
  readonly file?: string
  readonly line?: number
  readonly column?: number
}

/**
 * One problem found in input: where it is, what was expected and what was received.
 *
 * `message` is written from `expected`, `received` and `hint` in both languages by one message
 * catalogue, so the same bad value reads the same through every function and the command line.
 *
 * @category Errors
 */
export interface InputIssue {
  readonly code: InputIssueCode
  /** Path into the input, e.g. `[3, 'co']` for the CO value of the fourth record. */
  readonly path: readonly IssuePathSegment[]
  /** What the input should have been ("a non-negative number (µg/m³)"). */
  readonly expected: LocalizedText
  /** What it was, as a short literal (`-1`, `"12a"`, `null`); `null` when nothing was given. */
  readonly received: string | null
  /** A further explanation or a way out ("was it µg/m³?"). */
  readonly hint?: LocalizedText
  /** The whole message in Chinese and English. */
  readonly message: LocalizedText
  /** File, line and column, when the input was read from a file. */
  readonly location?: IssueLocation
}
