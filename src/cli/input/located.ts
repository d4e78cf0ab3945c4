import {
  expectations,
  InputError,
  type InputIssue,
  type InputIssueCode,
  type IssueSpec,
  inputIssue,
  localizedText,
} from '../../standards/air/index.js'

export { expectations, InputError, type InputIssue, type InputIssueCode, localizedText }

/**
 * Where a problem of a file is: the file as the user named it (`-` or `<stdin>` for standard
 * input), the 1-based line, and the CSV column as written in the header or the JSON field path.
 *
 * @category CLI
 */
export interface Where {
  /** The file as the user named it. */
  readonly file: string
  /** 1-based line; absent for problems about the whole file. */
  readonly line?: number | undefined
  /** The CSV column as written, or a JSON field path (`values.pH` or `['values', 'pH']`). */
  readonly column?: string | readonly (string | number)[] | undefined
}

/** What an issue says, without where it is (the `where` of {@link issueAt}). @category CLI */
export type IssueSpecAt = Omit<IssueSpec, 'path' | 'location'>

const pathOf = (column: Where['column']): (string | number)[] =>
  column === undefined ? [] : typeof column === 'string' ? [column] : [...column]

/**
 * A problem of a file as the library's {@link InputIssue}: the message from the library's
 * catalogue (what was expected, what was received, a hint, in Chinese and English), the column
 * or field as its path and `{ file, line }` as its location, so the library's formatter prints
 * it as `file:line: column: message`.
 *
 * @param where - file, line and column
 * @param spec - code, expectation, received value and hint
 * @returns the issue
 * @category CLI
 * @example
 * ```ts
 * issueAt({ file: 'a.csv', line: 3, column: 'pm25' }, { code: 'invalid_type', expected: expectations.number(), received: '12a' })
 * //=> path ['pm25'], location { file: 'a.csv', line: 3 }, message.en 'expected a number, got "12a"'
 * ```
 */
export function issueAt(where: Where, spec: IssueSpecAt): InputIssue {
  return inputIssue({
    ...spec,
    path: pathOf(where.column),
    location: { file: where.file, ...(where.line === undefined ? {} : { line: where.line }) },
  })
}

/**
 * The library's {@link InputError} for problems of the command line's input, named after the
 * first file.
 *
 * @param issues - the problems (at least one)
 * @returns the error to throw
 * @category CLI
 */
export function inputError(issues: readonly InputIssue[]): InputError {
  return new InputError(issues[0]?.location?.file ?? 'input', issues)
}

/** The same issue with another file location (where a library reader named none). */
export function locateIssue(issue: InputIssue, where: Where): InputIssue {
  const line = issue.location?.line ?? where.line
  return {
    ...issue,
    ...(issue.path.length === 0 && where.column !== undefined
      ? { path: pathOf(where.column) }
      : {}),
    location: {
      ...issue.location,
      file: issue.location?.file ?? where.file,
      ...(line === undefined ? {} : { line }),
    },
  }
}
