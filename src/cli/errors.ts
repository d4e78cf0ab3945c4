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
 * Where a problem in the input is: the file (as the user named it, `-` or `<stdin>` for
 * standard input), the 1-based line, and the column (CSV) or field path (JSON).
 *
 * @category CLI
 */
export interface InputProblem {
  /** The file as the user named it. */
  readonly file: string
  /** 1-based line number in the file; absent for problems about the whole file. */
  readonly line?: number
  /** CSV column as written in the header, or a JSON field path such as `values.pH`. */
  readonly column?: string
  /** Whether `column` names a CSV column or a JSON field. */
  readonly columnKind?: 'column' | 'field'
  /** What was wrong and what was expected. */
  readonly message: string
}

/**
 * Formats a problem the way compilers do, so editors and people can jump to it.
 *
 * @param problem - the problem
 * @returns `file:line: column name: message`
 * @category CLI
 * @example
 * ```ts
 * formatInputProblem({ file: 'stations.csv', line: 1204, column: 'pm2_5', message: '"12a" is not a number' })
 * //=> 'stations.csv:1204: column pm2_5: "12a" is not a number'
 * ```
 */
export function formatInputProblem(problem: InputProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`
  const column =
    problem.column === undefined ? '' : `${problem.columnKind ?? 'column'} ${problem.column}: `
  return `${where}: ${column}${problem.message}`
}

/**
 * Bad input: one or more problems, each naming file, line and column. The command stops, exits
 * with code 2 and writes nothing to `--out`.
 *
 * @category CLI
 * @example
 * ```ts
 * new InputError([{ file: 'a.csv', line: 3, column: 'date', message: 'is missing' }]).message
 * //=> 'a.csv:3: column date: is missing'
 * ```
 */
export class InputError extends Error {
  /** Every problem found, in input order. */
  readonly problems: readonly InputProblem[]

  /** @param problems - the problems (at least one) */
  constructor(problems: readonly InputProblem[]) {
    super(problems.map(formatInputProblem).join('\n'))
    this.name = 'InputError'
    this.problems = problems
  }
}

/** The parts of a library `InputIssue` that the command line shows. @category CLI */
export interface LibraryIssueLike {
  readonly path: readonly (string | number)[]
  readonly message: { readonly zh: string; readonly en: string }
  readonly location?: { readonly file?: string; readonly line?: number }
}

/**
 * The issues of a library `InputError` as command-line problems: the file and line where the
 * issue is written (else `file`), the field path, and the message in the chosen language.
 *
 * @param issues - the library error's issues
 * @param file - the input the issues are about, when an issue names no file
 * @param lang - language of the messages
 * @param formatPath - how a path is written (the library's `formatIssuePath`)
 * @returns one problem per issue, in order
 * @category CLI
 * @example
 * ```ts
 * problemsOfIssues(
 *   [{ path: ['plan', 'year'], message: { zh: '应为数字', en: 'expected a number' }, location: { file: 'p.yaml', line: 3 } }],
 *   'p.yaml', 'en', (p) => p.join('.'),
 * )[0] //=> { file: 'p.yaml', line: 3, column: 'plan.year', columnKind: 'field', message: 'expected a number' }
 * ```
 */
export function problemsOfIssues(
  issues: readonly LibraryIssueLike[],
  file: string,
  lang: 'zh' | 'en',
  formatPath: (path: readonly (string | number)[]) => string,
): InputProblem[] {
  return issues.map((i) => {
    const path = formatPath(i.path)
    return {
      file: i.location?.file ?? file,
      ...(i.location?.line === undefined ? {} : { line: i.location.line }),
      ...(path === '' ? {} : { column: path, columnKind: 'field' as const }),
      message: i.message[lang],
    }
  })
}

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
  /** @param message - what was wrong, in the user's terms */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
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

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'the file already exists',
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
export function describeSystemError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && SYSTEM_ERRORS[code]) return SYSTEM_ERRORS[code]
  return error instanceof Error ? error.message : String(error)
}
