import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'vitest'

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..')

/**
 * The shared folder with real published data (`../shared` beside the repository, or the
 * folder named by `ECO_TARGETS_SHARED`). It is never copied into the repository.
 */
export const SHARED_DIR = resolve(process.env.ECO_TARGETS_SHARED ?? join(ROOT, '..', 'shared'))

/** Path of a file under the shared folder. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts)
}

/**
 * `describe` for tests that read real data from the shared folder: when the file is absent the
 * suite is skipped and its title says why, so a skip is never mistaken for a pass.
 */
export function describeWithShared(name: string, requiredFile: string, fn: () => void): void {
  const present = existsSync(sharedPath(requiredFile))
  if (!present) {
    console.warn(`[skip] ${name}: ${sharedPath(requiredFile)} not found (set ECO_TARGETS_SHARED)`)
  }
  if (present) {
    describe(name, fn)
    return
  }
  // The suite body reads the file, so it is not even collected: one skipped test says why.
  describe(`${name} [SKIPPED: ${sharedPath(requiredFile)} not found]`, () => {
    it.skip(`needs ${requiredFile} from the shared real-data folder (set ECO_TARGETS_SHARED)`, () => {})
  })
}
