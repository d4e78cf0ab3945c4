import { resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

const shared = {
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  treeshake: true,
} as const satisfies Options

// The CLI imports the library through its public entries; in the bundle those imports point at
// the built entry files beside dist/cli.js, so the library code is not duplicated.
const LIBRARY_ENTRIES: Readonly<Record<string, string>> = {
  [resolve('src/index.ts')]: './index.js',
  [resolve('src/plans/2022/index.ts')]: './plan-2022.js',
  [resolve('src/standards/air/index.ts')]: './air.js',
  [resolve('src/standards/water/index.ts')]: './water.js',
}
const CLI_DIR = resolve('src/cli')

const libraryEntriesExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-entries-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))
      const entry = LIBRARY_ENTRIES[target]
      if (entry) return { path: entry, external: true }
      if (!target.startsWith(CLI_DIR)) {
        return {
          errors: [
            {
              text: `the CLI may import the library only through its entries (${Object.keys(LIBRARY_ENTRIES).join(', ')}), not ${args.path}`,
            },
          ],
        }
      }
      return undefined
    })
  },
}

export default defineConfig([
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      'plan-2022': 'src/plans/2022/index.ts',
      air: 'src/standards/air/index.ts',
      water: 'src/standards/water/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: {
      // tsup 8.5.1 forces `baseUrl: "."` into the dts build; TypeScript 6 rejects it (TS5101).
      compilerOptions: { ignoreDeprecations: '6.0' },
    },
    // The two builds run in parallel: this one must not wipe the CLI's output.
    clean: ['!cli.*', '!cli-*'],
  },
  {
    ...shared,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    // Each command is imported when it runs (src/cli/commands/index.ts): its code goes to a
    // chunk of its own, named apart from the library's chunks.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]'
    },
    esbuildPlugins: [libraryEntriesExternal],
  },
])
