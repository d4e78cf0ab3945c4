import { type Domain, DomainSchema, IsoDateSchema } from '../../index.js'
import { UsageError } from '../errors.js'
import { INPUT_FORMATS } from '../input/format.js'

/** `--out FILE`: the result goes to FILE, written atomically once complete. */
export const OUT_OPTION = {
  type: 'string',
  short: 'o',
  value: 'FILE',
  description: 'Write the result to FILE (atomically, once complete) instead of standard output.',
} as const

/** `--json`: machine-readable output for scripts. */
export const JSON_OPTION = { type: 'boolean', description: 'Print JSON (for scripts).' } as const

/** `--lang zh|en`: language of titles and texts. */
export const LANG_OPTION = {
  type: 'string',
  value: 'zh|en',
  choices: ['zh', 'en'],
  description: 'Language of titles and texts (default en).',
} as const

/** `--input-format`: overrides detection by extension. */
export const INPUT_FORMAT_OPTION = {
  type: 'string',
  value: 'FORMAT',
  choices: INPUT_FORMATS,
  description: 'Input format (default: by file extension, else detected from the content).',
} as const

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
    throw new UsageError(`${option} must be a date YYYY-MM-DD (got "${value}")`)
  }
  return value
}

/** `--as-of DATE`: the date an evaluation or checklist is made as of. */
export const AS_OF_OPTION = {
  type: 'string',
  value: 'DATE',
  description: 'Evaluate as of this date, YYYY-MM-DD.',
} as const

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
    throw new UsageError(
      `--domain must be one of ${DomainSchema.options.join(', ')} (got "${value}")`,
    )
  }
  return value as Domain
}

/** `--max-problems N`: how many input problems are listed before reading stops. */
export const MAX_PROBLEMS_OPTION = {
  type: 'string',
  value: 'N',
  description: 'Stop reading after N problems in the input (default 50; 0 for no limit).',
} as const

/** `--allow-empty`: an input without records is accepted instead of being an error. */
export const ALLOW_EMPTY_OPTION = {
  type: 'boolean',
  description: 'Accept an input with no records (by default an error, exit 2).',
} as const
