/**
 * The ES module build for bundlers, one file per source module (dist/esm/), after tsup: an
 * app's bundler sees the library's modules as written and, by `sideEffects: false`, keeps only
 * those the app uses (an app that imports only `dailyAqi` from `eco-targets/air` bundles none of
 * zod). The `default` condition of each ES entry in `exports` points here. Node (the `node`
 * condition, and the command line) loads tsup's bundled ES entries beside it instead: loading
 * 120-280 small modules costs Node's module loader two to three times the CPU of one file and
 * its shared chunks. The CommonJS build and the type declarations stay tsup's.
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const dist = join(root, 'dist')

/** The sources of the package's ES entries, whose dist/esm/ files `exports` points bundlers at. */
const ENTRIES: readonly string[] = [
  'index.ts',
  'plans/2022/index.ts',
  'standards/air/index.ts',
  'standards/water/index.ts',
]

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path === join(src, 'cli') ? [] : sources(path)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : []
  })
}

rmSync(join(dist, 'esm'), { recursive: true, force: true })
await build({
  entryPoints: sources(src),
  outdir: join(dist, 'esm'),
  outbase: src,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
})

console.log(
  `dist/esm: ${sources(src).length} modules, for bundlers; entries ${ENTRIES.map((e) => `${relative(root, dist)}/esm/${e.replace(/\.ts$/, '.js')}`).join(', ')}`,
)
