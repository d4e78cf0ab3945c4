import fc from 'fast-check'
import { expect } from 'vitest'
import { isInputError } from '../../src/_lib/errors/input-error.js'

/**
 * Runs per property. A few hundred in CI (the whole suite takes seconds); set
 * `ECO_TARGETS_PROPERTY_RUNS` (e.g. 100000) for a long run. The seed is fixed so that a failure
 * is reproduced by the same command; `ECO_TARGETS_PROPERTY_SEED` tries another one.
 */
export const RUNS = Number(process.env.ECO_TARGETS_PROPERTY_RUNS) || 200
export const SEED = Number(process.env.ECO_TARGETS_PROPERTY_SEED) || 20_221_231

/** The fast-check parameters of every property of the suite. */
export const PARAMS = { numRuns: RUNS, seed: SEED } as const

/** A long mode property gets this much time per test (the CI runs stay far below it). */
export const TIMEOUT = Math.max(30_000, RUNS * 20)

/**
 * The documented class of bad-input errors: `InputError`, also under the name of the air
 * module's older class (`AirInputError`), so that the laws hold on either side of a change of
 * the air functions to the one class.
 */
export function isDocumentedInputError(e: unknown): boolean {
  return isInputError(e) || (e instanceof Error && e.name === 'AirInputError')
}

/** Freezes a value and everything in it, so that any write to it throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Every number and every `undefined` property value in a result, with its path. */
export function figuresOf(
  value: unknown,
  path = '',
  out: { path: string; value: unknown }[] = [],
): { path: string; value: unknown }[] {
  if (typeof value === 'number') out.push({ path, value })
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      figuresOf(v, `${path}[${i}]`, out)
    })
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) out.push({ path: `${path}.${k}`, value: v })
      else figuresOf(v, `${path}.${k}`, out)
    }
  }
  return out
}

/** No NaN, no ±Infinity and no property set to `undefined` anywhere in a result. */
export function expectCleanFigures(result: unknown): void {
  const bad = figuresOf(result).filter(
    (f) => f.value === undefined || !Number.isFinite(f.value as number),
  )
  expect(bad).toEqual([])
}

/** What a call gave: its result, or the documented input error it threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error }

/**
 * Calls `run` on a deep-frozen input and checks the laws every public function keeps: it
 * returns or throws the documented input error (never a `TypeError`, `RangeError` or a write to
 * the frozen input), its figures are clean, and a second call gives the same answer.
 */
export function lawful<I, T>(input: I, run: (input: I) => T): Outcome<T> {
  const before = structuredClone(input)
  const frozen = deepFreeze(input)
  let first: Outcome<T>
  try {
    first = { ok: true, value: run(frozen) }
  } catch (e) {
    if (!isDocumentedInputError(e)) throw e
    first = { ok: false, error: e as Error }
  }
  expect(frozen).toEqual(before)
  if (first.ok) {
    expectCleanFigures(first.value)
    expect(run(frozen)).toEqual(first.value)
  } else {
    expect(() => run(frozen)).toThrow(first.error.message)
  }
  return first
}

/** A concentration as a hostile caller gives it: ordinary, odd, textual or absurd. */
export const oddNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1200 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1200, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      -1,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '.5',
      '12',
      'NA',
      '',
      true,
      {},
      [],
      1e308,
      5e-324,
    ),
  },
)
