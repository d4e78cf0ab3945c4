/**
 * The command-line examples of the documentation site. Each entry is run against the built
 * `dist/cli.js` when the site is built, and its real output is shown on the "Command-line
 * examples" page. Add a command's example by adding one line here; files named on the command
 * line are read from `docs/cli-inputs/` (the examples run in a copy of that folder).
 *
 * Every command that `eco-targets --help` lists needs at least one entry, or the build fails.
 */
export interface CliExample {
  /** The command line as a user types it, starting with `eco-targets`. */
  readonly run: string
  /** What the example shows, in a sentence. */
  readonly about: string
  /** The exit code the command must end with (default 0); any other fails the build. */
  readonly exit?: number
  /** How many lines of output to show before cutting (default 40). */
  readonly lines?: number
  /** Also show this example on the home page, as the main command. */
  readonly home?: boolean
}

// One example a line, so that adding a command's example is a one-line change.
// biome-ignore format: keep one entry a line
export const CLI_EXAMPLES: readonly CliExample[] = [
  { run: 'eco-targets --help', about: 'The commands, the global options and the exit codes.' },
  { run: 'eco-targets evaluate --sample', about: 'The main job: the 2022 plan evaluated on the bundled synthetic sample as of 31 December, as Markdown.', home: true, lines: 45 },
  { run: 'eco-targets evaluate --sample --as-of 2022-06-30 --lang zh', about: 'The same plan at mid-year, in Chinese: verdicts within the year and what the rest of the year must deliver.', lines: 30 },
  { run: 'eco-targets evaluate --sample --fail-on notMet --insufficient-data warn --format json --out report.json', about: 'As a gate in a CI job: the report goes to report.json and the exit code is 1 because targets are not met.', exit: 1 },
  { run: 'eco-targets aqi --pm25 80 --o3-8h 120', about: 'One daily AQI from concentrations: PM2.5 80 µg/m³ gives IAQI 106.25, rounded up to 107 (HJ 633-2012 §6.2).' },
  { run: 'eco-targets aqi --realtime --so2 10 --no2 60 --co 1.2 --o3 210 --pm10 150 --pm25 120 --json', about: 'A real-time AQI as JSON, with every IAQI, the category and the health advice.', lines: 30 },
  { run: 'eco-targets aqi days.csv', about: 'A batch: one result per row, in the input format, so the command sits in a pipeline.' },
  { run: 'eco-targets air hourly.csv --city-of *=Demo', about: 'Hourly station records to station and city daily values, the daily AQI and the period statistics.' },
  { run: 'eco-targets water sections.csv', about: 'Section samples with Chinese headers to each section’s class (22号, worst of the indicators), the set ratios and status.' },
  { run: 'eco-targets tasks --sample --as-of 2022-06-30 --pillar pollution', about: 'The task checklist at mid-year: counts by domain, counted progress, overdue tasks.', lines: 30 },
  { run: 'eco-targets plan --domain air', about: 'The three air targets of the 2022 plan and the air tasks.' },
  { run: 'eco-targets plan --pillar growth --lang zh', about: 'One pillar of the plan, with the titles and the clauses of the source in Chinese.', lines: 25 },
  { run: 'eco-targets plan --domain groundwater --json', about: 'The same listing as JSON for scripts: full target and task objects in both languages.', lines: 30 },
  { run: 'eco-targets schema task-status-update', about: 'The JSON Schema of a task status update, for checking data in any language.' },
  { run: 'eco-targets schema', about: 'Without a name the command lists the names on standard error and exits with 2.', exit: 2 },
  { run: 'eco-targets validate --sample', about: 'Checks every file of the bundled synthetic sample.' },
  { run: 'eco-targets validate --kind airDaily city-days.csv', about: 'Checks a CSV export of daily air values with Chinese headers and missing values written as --.' },
  { run: 'eco-targets validate --kind airDaily bad-days.csv', about: 'A file with mistakes: every problem is named by file, line and column, and nothing is written.', exit: 2 },
]
