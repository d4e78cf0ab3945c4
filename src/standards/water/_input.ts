/**
 * Checks at the boundary of every water function: each problem becomes an {@link InputIssue}
 * built from the shared catalogue, with its array path, and all of them are thrown together as
 * one {@link InputError}. The checks are written by hand (no zod in the loops) so that large sets
 * of sections stay fast; the public value schemas describe the same rules.
 */
import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { InputIssue, IssuePathSegment } from '../../_lib/errors/issue.js'
import type { LocalizedText } from '../../_lib/localized-text.js'
import { closestKey, type OptionsDefinition } from '../../_lib/options.js'

/** A path into the input. */
export type Path = readonly IssuePathSegment[]

/** Problems found so far; thrown together at the end of a boundary check. */
export class Issues {
  readonly list: InputIssue[] = []

  add(found: InputIssue | null): void {
    if (found) this.list.push(found)
  }

  /** Throws every problem found as one {@link InputError} for `context`. */
  throwIfAny(context: string): void {
    if (this.list.length > 0) throw new InputError(context, this.list)
  }
}

/** Throws a single problem at once. */
export function fail(context: string, found: InputIssue): never {
  throw new InputError(context, [found])
}

/** What a measured value must be, by kind. */
export type MeasurementKind = 'nonNegative' | 'pH' | 'finite'

function expectation(kind: MeasurementKind, unit: string | undefined): LocalizedText {
  if (kind === 'pH') return expect.pH()
  if (kind === 'finite') return expect.number(unit)
  return expect.nonNegative(unit)
}

/**
 * The problem with a measured value, or `null` when it is a number the kind allows (a finite
 * number ≥ 0; pH also ≤ 14; `finite` any finite number). `null` and `undefined` (not measured)
 * are the caller's business.
 */
export function measurementIssue(
  path: Path,
  value: unknown,
  kind: MeasurementKind,
  unit?: string,
): InputIssue | null {
  const expected = expectation(kind, unit)
  if (typeof value !== 'number') {
    const hint =
      typeof value === 'string'
        ? text(
            '文本请先用 parseSurfaceWaterValues 等读取函数读取',
            'read text with parseSurfaceWaterValues or another reader first',
          )
        : undefined
    return issue({
      code: 'invalid_type',
      path,
      expected,
      received: value,
      ...(hint ? { hint } : {}),
    })
  }
  if (!Number.isFinite(value)) return issue({ code: 'not_finite', path, expected, received: value })
  if (kind === 'finite') return null
  if (value < 0) return issue({ code: 'too_small', path, expected, received: value })
  if (kind === 'pH' && value > 14)
    return issue({ code: 'too_big', path, expected, received: value })
  return null
}

/** The problem with a value that must be a plain object (not an array, not null). */
export function objectIssue(path: Path, value: unknown): InputIssue | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return null
  return issue({ code: 'invalid_type', path, expected: expect.object(), received: value })
}

/** The problem with a value that must be an array. */
export function arrayIssue(path: Path, value: unknown): InputIssue | null {
  if (Array.isArray(value)) return null
  return issue({ code: 'invalid_type', path, expected: expect.array(), received: value })
}

/** A key that names no item of a standard, with a "did you mean" hint when one is close. */
export function unknownItemIssue(
  path: Path,
  key: string,
  known: readonly string[],
  standard: string,
): InputIssue {
  const near = closestKey(key, known)
  return issue({
    code: 'unrecognized_keys',
    path: [...path, key],
    expected: expect.waterItem(standard),
    receivedText: JSON.stringify(key),
    ...(near ? { hint: text(`是否指 ${near}？`, `did you mean ${near}?`) } : {}),
  })
}

/** The problem with an identifier: a non-empty text. */
export function idIssue(path: Path, value: unknown): InputIssue | null {
  if (typeof value === 'string' && value.trim() !== '') return null
  return issue({
    code: typeof value === 'string' ? 'too_small' : 'invalid_type',
    path,
    expected: expect.nonEmptyText(),
    received: value,
  })
}

/** The problem with an optional display name. */
export function nameIssue(path: Path, value: unknown): InputIssue | null {
  if (value === undefined || typeof value === 'string') return null
  return issue({ code: 'invalid_type', path, expected: expect.text(), received: value })
}

/** The problem with a value that must be one of a few choices. */
export function choiceIssue(
  path: Path,
  value: unknown,
  choices: readonly string[],
): InputIssue | null {
  if (typeof value === 'string' && choices.includes(value)) return null
  return issue({ code: 'invalid_value', path, expected: expect.oneOf(choices), received: value })
}

/** A duplicate id in a list. */
export function duplicateIssue(path: Path, id: string, what: LocalizedText): InputIssue {
  return issue({ code: 'duplicate', path, expected: expect.unique(what), received: id })
}

/**
 * Resolves a function's options, adding their problems to `issues` instead of throwing, so that
 * bad options and bad values are reported together.
 */
export function resolveInto<Input, Resolved>(
  definition: OptionsDefinition<Input, Resolved>,
  options: Input | undefined,
  issues: Issues,
): Resolved | undefined {
  try {
    return definition.resolve(options)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    issues.list.push(...error.issues)
    return undefined
  }
}
