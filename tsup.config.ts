import { readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'
import { CLI_BUNDLED_LIBRARY_MODULES } from './scripts/_cli-bundled.js'

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
// The exception: the modules of the AQI of flag values (`aqi --pm25 80`), bundled so that it
// starts without loading zod and the rest of the library (see scripts/_cli-bundled.ts).
const BUNDLED_LIBRARY_MODULES: ReadonlySet<string> = new Set(
  CLI_BUNDLED_LIBRARY_MODULES.map((path) => resolve('src', path)),
)
const CLI_DIR = resolve('src/cli')
const isCliFile = (file: string) => file.startsWith(CLI_DIR)

const libraryEntriesExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-entries-external',
  setup(build) {
    // zod is a peer dependency: the CLI's own imports of it stay imports; one from a bundled
    // library module is bundled, and dropped with the schemas nobody uses
    build.onResolve({ filter: /^zod(\/|$)/ }, (args) =>
      isCliFile(args.importer) ? { path: args.path, external: true } : undefined,
    )
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      // inside a bundled library module (or a package), imports resolve as usual
      if (!isCliFile(args.importer)) return undefined
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))
      const entry = LIBRARY_ENTRIES[target]
      if (entry) return { path: entry, external: true }
      if (!isCliFile(target) && !BUNDLED_LIBRARY_MODULES.has(target)) {
        return {
          errors: [
            {
              text: `the CLI may import the library only through its entries (${Object.keys(LIBRARY_ENTRIES).join(', ')}) or the modules bundled for the AQI of flag values, not ${args.path}`,
            },
          ],
        }
      }
      return undefined
    })
  },
}

// tsup's `clean` always starts from every file of dist/, and the library build writes there at
// the same time: the CLI build removes only its own files, the `cli.*` entry and `cli-*` chunks,
// so that chunks of an earlier build (with other hashes) do not pile up.
// yaml's Node.js entry is CommonJS, 80 files loaded by require (about 40 ms of CPU at every
// start of the root entry); its ES build, the same code with `console.warn` for warnings and
// `atob` for binary scalars, is bundled instead.
const yamlEsBuild: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'yaml-es-build',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({
      path: resolve('node_modules/yaml/browser/index.js'),
    }))
  },
}

const cleanCliOutput: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'clean-cli-output',
  setup(build) {
    build.onStart(() => {
      const dir = resolve('dist')
      let names: string[]
      try {
        names = readdirSync(dir)
      } catch {
        return
      }
      for (const name of names) {
        if (/^cli[.-]/.test(name)) rmSync(join(dir, name), { force: true })
      }
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
    // The ES entries and their shared chunks are what Node loads (the `node` condition of
    // `exports`, and the command line); bundlers get one file per module from
    // scripts/build-esm.ts (dist/esm/).
    format: ['esm', 'cjs'],
    // date-fns's root entry loads all of its 250 modules (about 0.1 s of CPU): bundled, only
    // the few functions the library uses remain
    noExternal: ['date-fns', 'yaml'],
    esbuildPlugins: [yamlEsBuild],
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
    // zod: matched here only to reach the plugin, which keeps the CLI's own zod imports
    // external; date-fns: bundled, as in the library build
    noExternal: ['zod', 'date-fns'],
    esbuildPlugins: [cleanCliOutput, libraryEntriesExternal],
  },
])
