import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Metafile, type Plugin } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** What an app that imports a few names of `eco-targets/air` bundles to. */
export interface BundleSize {
  /** minified bytes */
  readonly raw: number
  /** minified, then gzip -9 */
  readonly gzip: number
  /** minified bytes in the bundle by source: a package (`zod/v4/core`) or a folder of `src` */
  readonly bySource: readonly (readonly [source: string, bytes: number])[]
  readonly metafile: Metafile
  /** the bundle: an ES module that sets `globalThis.app` to the imported names, in order */
  readonly code: string
}

export interface BundleOptions {
  /** the names the app imports from `eco-targets/air` (default `['dailyAqi']`) */
  readonly names?: readonly string[]
  /** bundle the built package (its bundlers' entry, `dist/esm/standards/air/index.js`) or the sources (default `'src'`) */
  readonly from?: 'src' | 'dist'
  /**
   * bundle as if no file declared `sideEffects: false` (esbuild's `ignoreAnnotations`): what a
   * bundler that does not read the flag keeps
   */
  readonly ignoreSideEffectsFlag?: boolean
}

const ENTRIES = {
  src: join(root, 'src/standards/air/index.ts'),
  dist: join(root, 'dist/esm/standards/air/index.js'),
} as const

function packageAlias(from: 'src' | 'dist'): Plugin {
  return {
    name: 'eco-targets-air',
    setup(b) {
      b.onResolve({ filter: /^eco-targets\/air$/ }, () => ({ path: ENTRIES[from] }))
    },
  }
}

// A package name with the folder of the file inside it (zod/v4/core), or a folder of this repo.
function sourceOf(input: string): string {
  const parts = input.split('/')
  const nm = parts.lastIndexOf('node_modules')
  if (nm >= 0) {
    const rest = parts.slice(nm + 1)
    const scoped = rest[0]?.startsWith('@') ? 2 : 1
    const name = rest.slice(0, scoped).join('/')
    const inner = rest.slice(scoped, -1).join('/')
    return inner ? `${name}/${inner}` : name
  }
  return relative(root, dirname(join(root, input))) || '.'
}

/**
 * Bundles an app that imports `names` from `eco-targets/air` and calls them, as a browser app
 * would: esbuild, ESM, minified, then gzip at level 9.
 */
export async function measureAirBundle(options: BundleOptions = {}): Promise<BundleSize> {
  const names = options.names ?? ['dailyAqi']
  const from = options.from ?? 'src'
  const result = await build({
    stdin: {
      contents: `import { ${names.join(', ')} } from 'eco-targets/air'\nglobalThis.app = [${names.join(', ')}]\n`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    outfile: join(root, 'app.js'),
    logLevel: 'silent',
    ignoreAnnotations: options.ignoreSideEffectsFlag ?? false,
    plugins: [packageAlias(from)],
  })
  const out = result.outputFiles.find((f) => f.path.endsWith('.js'))
  if (!out) throw new Error('esbuild wrote no bundle')
  const bytes: Record<string, number> = {}
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const source = sourceOf(input)
      bytes[source] = (bytes[source] ?? 0) + bytesInOutput
    }
  }
  return {
    raw: out.contents.length,
    gzip: gzipSync(out.contents, { level: 9 }).length,
    bySource: Object.entries(bytes)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]),
    metafile: result.metafile,
    code: out.text,
  }
}
