/**
 * Exit codes of the `eco-targets` command.
 *
 * - `ok` (0): the command ran and printed its result;
 * - `failOn` (1): the command ran and a `--fail-on` condition was met (a gate in CI jobs);
 * - `error` (2): the command could not run: bad usage, bad input, an output that could not be
 *   written, or an unexpected error. Nothing partial is written to `--out`.
 *
 * @category CLI
 * @example
 * ```ts
 * EXIT_CODES.error //=> 2
 * ```
 */
export const EXIT_CODES = { ok: 0, failOn: 1, error: 2 } as const

/**
 * Bad usage: an unknown option, a missing argument, a value outside its choices. The command
 * prints the message and a pointer to its help, and exits with code 2.
 *
 * @category CLI
 * @example
 * ```ts
 * new UsageError('unknown pillar "x"').message //=> 'unknown pillar "x"'
 * ```
 */
export class UsageError extends Error {
  /** What was wrong, in Chinese and English. */
  readonly text: { readonly zh: string; readonly en: string }

  /** @param message - what was wrong, in the user's terms (one text for both languages, or each) */
  constructor(message: string | { readonly zh: string; readonly en: string }) {
    const text = typeof message === 'string' ? { zh: message, en: message } : message
    super(text.en)
    this.name = 'UsageError'
    this.text = text
  }
}

/**
 * The result could not be written (for example `--out` names a folder that does not exist).
 *
 * @category CLI
 * @example
 * ```ts
 * new OutputError('cannot write out/report.md: no such folder').name //=> 'OutputError'
 * ```
 */
export class OutputError extends Error {
  /** The system error code behind it (`EEXIST`, `ENOENT`, …), when there is one. */
  readonly code: string | undefined

  /**
   * @param message - what could not be written and why
   * @param code - the system error code behind it
   */
  constructor(message: string, code?: string) {
    super(message)
    this.name = 'OutputError'
    this.code = code
  }
}

const SYSTEM_ERRORS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  EISDIR: { zh: '这是文件夹，不是文件', en: 'is a folder, not a file' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
  ENOSPC: { zh: '设备空间不足', en: 'no space left on the device' },
  EEXIST: { zh: '文件已存在', en: 'the file already exists' },
}

/**
 * A short, human reason for a Node.js system error (`ENOENT` → "no such file or folder").
 *
 * @param error - anything thrown by `node:fs`
 * @returns the reason, or the error's own message
 * @category CLI
 * @example
 * ```ts
 * describeSystemError(Object.assign(new Error('x'), { code: 'ENOENT' })) //=> 'no such file or folder'
 * ```
 */
export function describeSystemError(error: unknown, lang: 'zh' | 'en' = 'en'): string {
  return describeSystemErrorIn(error)[lang]
}

/**
 * {@link describeSystemError} in both languages.
 *
 * @param error - anything thrown by `node:fs`
 * @returns the reason in Chinese and English (the error's own message for an unknown code)
 * @category CLI
 * @example
 * ```ts
 * describeSystemErrorIn(Object.assign(new Error('x'), { code: 'ENOENT' })).zh //=> '文件或文件夹不存在'
 * ```
 */
export function describeSystemErrorIn(error: unknown): {
  readonly zh: string
  readonly en: string
} {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && SYSTEM_ERRORS[code]) return SYSTEM_ERRORS[code]
  const message = error instanceof Error ? error.message : String(error)
  return { zh: message, en: message }
}
