import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../_helpers/shared.js'

/** The built command, `dist/cli.js`. */
export const CLI = join(ROOT, 'dist', 'cli.js')

function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** Whether `dist/` is there and newer than the sources. */
export function isBuilt(): boolean {
  const outputs = ['cli.js', 'index.js', 'plan-2022.js'].map((f) => join(ROOT, 'dist', f))
  if (!outputs.every(existsSync)) return false
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'package.json')),
    newest(join(ROOT, 'tsup.config.ts')),
  )
  return outputs.every((f) => statSync(f).mtimeMs >= sources)
}

/** Builds `dist/` when it is missing or older than the sources. */
export function ensureBuilt(): void {
  if (!isBuilt()) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'pipe' })
}
