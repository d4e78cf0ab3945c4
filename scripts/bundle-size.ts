/**
 * The size of an app that imports only `dailyAqi` (or the names given) from `eco-targets/air`:
 * esbuild, minified, gzip -9, zod included, with the bytes by source.
 *
 *   npm run size                       # dailyAqi, from src
 *   npm run size -- --dist             # from the built package, as a bundler resolves it (run npm run build first)
 *   npm run size -- realtimeAqi iaqi   # other names
 *   npm run size -- --why zod          # which files import the files of a source
 */
import { AIR_BUNDLE_LIMIT } from './_bundle-limit.js'
import { measureAirBundle } from './_bundle-size.js'

const args = process.argv.slice(2)
const from = args.includes('--dist') ? 'dist' : 'src'
const why = args.includes('--why') ? args[args.indexOf('--why') + 1] : undefined
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--why')
const size = await measureAirBundle({ from, ...(names.length ? { names } : {}) })

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
console.log(
  `import { ${names.length ? names.join(', ') : 'dailyAqi'} } from 'eco-targets/air' (${from}): ` +
    `${kB(size.raw)} minified, ${kB(size.gzip)} min+gz (limit ${kB(AIR_BUNDLE_LIMIT)})`,
)
for (const [source, bytes] of size.bySource) {
  console.log(`${String(bytes).padStart(8)}  ${source}`)
}
if (why) {
  console.log(`\nimported by (files of ${why}):`)
  for (const [file, input] of Object.entries(size.metafile.inputs)) {
    if (!file.includes(why)) continue
    for (const imp of input.imports) {
      if (!imp.path.includes(why)) console.log(`  ${file} -> ${imp.path}`)
    }
  }
  for (const [file, input] of Object.entries(size.metafile.inputs)) {
    if (file.includes(why)) continue
    for (const imp of input.imports) {
      if (imp.path.includes(why)) console.log(`  ${file} -> ${imp.path}`)
    }
  }
}
if (size.gzip > AIR_BUNDLE_LIMIT) process.exitCode = 1
