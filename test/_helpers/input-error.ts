import { InputError } from '../../src/_lib/errors/input-error.js'
import { formatIssuePath } from '../../src/_lib/errors/path.js'

/** The input error `run` throws (fails when it throws anything else or nothing). */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw new Error(`expected an InputError, got ${String(e)}`)
  }
  throw new Error('expected an InputError, nothing was thrown')
}

/** Every issue of the input error `run` throws, as `path code: English message`. */
export function issuesOf(run: () => unknown): string[] {
  return inputErrorOf(run).issues.map(
    (i) => `${formatIssuePath(i.path)} ${i.code}: ${i.message.en}`,
  )
}
