/**
 * The library modules that the command line's bundle holds a copy of instead of importing them
 * from an entry (paths under `src/`). Importing an entry evaluates every module behind it, zod
 * included: about 0.25 s of CPU before `aqi --pm25 80` can print. These modules, the zod-free AQI
 * of a few flag values and its text report, are bundled with what they import into the `aqi`
 * command's chunk, and the bundler drops the schemas they build in pure calls. Read by tsup.config.ts and by the import
 * graph test; test/cli/bin.test.ts checks that the built chunk holds no zod.
 */
export const CLI_BUNDLED_LIBRARY_MODULES: readonly string[] = [
  'standards/air/daily.ts',
  'standards/air/tables.ts',
  '_lib/errors/input-error.ts',
  '_lib/csv/number.ts',
  '_lib/display-width.ts',
  '_lib/text-table.ts',
  'report/aqi-text.ts',
  'report/_pollutant-names.ts',
]
