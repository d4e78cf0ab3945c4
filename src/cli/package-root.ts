import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PACKAGE_NAME = 'eco-targets'

/**
 * The root folder of the installed eco-targets package: the nearest folder above `from` whose
 * `package.json` is named `eco-targets`. Works from the built `dist/cli.js` and from the
 * sources.
 *
 * @param from - a file or folder inside the package (default this module)
 * @returns the package root
 * @throws Error when no such folder exists above `from`
 * @category CLI
 * @example
 * ```ts
 * existsSync(join(findPackageRoot(), 'package.json')) //=> true
 * ```
 */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = from
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && readManifest(manifest).name === PACKAGE_NAME) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no ${PACKAGE_NAME} package.json above ${from}`)
    dir = parent
  }
}

function readManifest(path: string): { name?: string; version?: string } {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string }
  } catch {
    return {}
  }
}

/**
 * The version of the installed eco-targets package, from its `package.json`.
 *
 * @param root - the package root (default {@link findPackageRoot})
 * @returns the version, for example `0.1.0`
 * @category CLI
 * @example
 * ```ts
 * /^\d+\.\d+\.\d+/.test(readPackageVersion()) //=> true
 * ```
 */
export function readPackageVersion(root: string = findPackageRoot()): string {
  return readManifest(join(root, 'package.json')).version ?? '0.0.0'
}
