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
