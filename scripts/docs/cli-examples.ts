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
  { run: 'eco-targets plan --domain air', about: 'The three air targets of the 2022 plan and the air tasks.', home: true },
  { run: 'eco-targets plan --pillar growth --lang zh', about: 'One pillar of the plan, with the titles and the clauses of the source in Chinese.', lines: 25 },
  { run: 'eco-targets plan --domain groundwater --json', about: 'The same listing as JSON for scripts: full target and task objects in both languages.', lines: 30 },
  { run: 'eco-targets schema task-status-update', about: 'The JSON Schema of a task status update, for checking data in any language.' },
  { run: 'eco-targets schema', about: 'Without a name the command lists the names on standard error and exits with 2.', exit: 2 },
  { run: 'eco-targets validate --sample', about: 'Checks every file of the bundled synthetic sample.' },
  { run: 'eco-targets validate --kind airDaily city-days.csv', about: 'Checks a CSV export of daily air values with Chinese headers and missing values written as --.' },
  { run: 'eco-targets validate --kind airDaily bad-days.csv', about: 'A file with mistakes: every problem is named by file, line and column, and nothing is written.', exit: 2 },
]
