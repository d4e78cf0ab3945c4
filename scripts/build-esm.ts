/**
 * The ES module build of the library, one file per source module (dist/esm/), after tsup:
 * an app's bundler then sees the library's modules as written and, by `sideEffects: false`,
 * keeps only those the app uses (an app that imports only `dailyAqi` from `eco-targets/air`
 * bundles none of zod). tsup's bundled ES entries and their shared chunks are replaced by
 * entries that re-export from dist/esm/; the CommonJS build and the type declarations stay
 * tsup's.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const dist = join(root, 'dist')

/** The package's ES entries (the `import` conditions of `exports`) and their sources. */
const ENTRIES: Readonly<Record<string, string>> = {
  'index.js': 'index.ts',
  'plan-2022.js': 'plans/2022/index.ts',
  'air.js': 'standards/air/index.ts',
  'water.js': 'standards/water/index.ts',
}

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

// tsup's ES chunks (the CLI's are named cli-*)
for (const name of readdirSync(dist)) {
  if (/^chunk-[\w-]+\.js(\.map)?$/.test(name)) rmSync(join(dist, name))
}
for (const [entry, source] of Object.entries(ENTRIES)) {
  const target = `./esm/${source.replace(/\.ts$/, '.js')}`
  writeFileSync(join(dist, entry), `export * from '${target}'\n`)
  rmSync(join(dist, `${entry}.map`), { force: true })
}
console.log(
  `dist/esm: ${sources(src).length} modules; ${relative(root, dist)}/{${Object.keys(ENTRIES).join(',')}} re-export them`,
)
