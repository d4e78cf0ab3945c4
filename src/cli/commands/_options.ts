import type { InputFormat } from '../input/format.js'

/** `--out FILE`: the result goes to FILE, written atomically once complete. */
export const OUT_OPTION = {
  type: 'string',
  short: 'o',
  value: 'FILE',
  description: 'Write the result to FILE (atomically, once complete) instead of standard output.',
} as const

/** `--json`: machine-readable output for scripts. */
export const JSON_OPTION = { type: 'boolean', description: 'Print JSON (for scripts).' } as const

/**
 * `--input-format`: overrides detection by extension. The formats are those of `INPUT_FORMATS`
 * (a test holds them equal), written here so that a command's options do not load the readers.
 */
export const INPUT_FORMAT_OPTION = {
  type: 'string',
  value: 'FORMAT',
  choices: ['csv', 'json', 'jsonl'] as const satisfies readonly InputFormat[],
  description: 'Input format (default: by file extension, else detected from the content).',
} as const

/** `--as-of DATE`: the date an evaluation or checklist is made as of. */
export const AS_OF_OPTION = {
  type: 'string',
  value: 'DATE',
  description: 'Evaluate as of this date, YYYY-MM-DD.',
} as const

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
