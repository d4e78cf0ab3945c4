/**
 * The command-line examples of the documentation site. Each entry is run against the built
 * `dist/cli.js` when the site is built, once for each language of the site, and its real output
 * is shown on the "Command-line examples" page of that language; a command whose help offers
 * `--lang` is run with `--lang zh` for the Chinese page and `--lang en` for the English one, and
 * the command line shown says so. Add a command's example by adding one line here; files named
 * on the command line are read from `docs/cli-inputs/` (the examples run in a copy of that
 * folder).
 *
 * Every command that `eco-targets --help` lists needs at least one entry, or the build fails.
 */
import type { LocalizedText } from '../../src/index.js'

export interface CliExample {
  /** The command line as a user types it, starting with `eco-targets`, without `--lang`. */
  readonly run: string
  /** What the example shows, in a sentence, in Chinese and English. */
  readonly about: LocalizedText
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
  { run: 'eco-targets --help', about: { zh: '全部命令、全局选项和退出码。', en: 'The commands, the global options and the exit codes.' } },
  { run: 'eco-targets evaluate --sample', about: { zh: '主要用途：用软件包附带的合成样例数据评估2022年工作要点，截至12月31日，输出 Markdown 报告。', en: 'The main job: the 2022 plan evaluated on the bundled synthetic sample as of 31 December, as Markdown.' }, home: true, lines: 45 },
  { run: 'eco-targets evaluate --sample --as-of 2022-06-30', about: { zh: '同一工作要点截至年中的评估：年内判定，以及全年剩余时间需要做到什么程度。', en: 'The same plan at mid-year: verdicts within the year and what the rest of the year must deliver.' }, lines: 30 },
  { run: 'eco-targets evaluate --sample --fail-on notMet --insufficient-data warn --format json --out report.json', about: { zh: '作为持续集成任务中的检查关口：报告写入 report.json，因有指标未达标，退出码为1。', en: 'As a gate in a CI job: the report goes to report.json and the exit code is 1 because targets are not met.' }, exit: 1 },
  { run: 'eco-targets aqi --pm25 80 --o3-8h 120', about: { zh: '根据浓度计算某日的 AQI：PM2.5 为 80 µg/m³ 时分指数为106.25，全部进位取整为107（HJ 633-2012 第6.2条）。', en: 'One daily AQI from concentrations: PM2.5 80 µg/m³ gives IAQI 106.25, rounded up to 107 (HJ 633-2012 §6.2).' } },
  { run: 'eco-targets aqi --realtime --so2 10 --no2 60 --co 1.2 --o3 210 --pm10 150 --pm25 120 --json', about: { zh: '以 JSON 输出实时报 AQI，包括各项分指数、级别和健康建议。', en: 'A real-time AQI as JSON, with every IAQI, the category and the health advice.' }, lines: 30 },
  { run: 'eco-targets aqi days.csv', about: { zh: '批量计算：每行输出一个结果，格式与输入相同，便于在管道中使用。', en: 'A batch: one result per row, in the input format, so the command sits in a pipeline.' } },
  { run: 'eco-targets air hourly.csv --city-of *=Demo', about: { zh: '由站点小时数据计算站点和城市日均值、日 AQI 和评价时段的统计值。', en: 'Hourly station records to station and city daily values, the daily AQI and the period statistics.' } },
  { run: 'eco-targets water sections.csv', about: { zh: '读取中文表头的断面监测数据，给出各断面水质类别（22号方法，单因子评价）、断面比例和水质状况。', en: 'Section samples with Chinese headers to each section’s class (22号, worst of the indicators), the set ratios and status.' } },
  { run: 'eco-targets tasks --sample --as-of 2022-06-30 --pillar pollution', about: { zh: '年中的重点工作清单：按领域统计、量化任务进度、逾期任务。', en: 'The task checklist at mid-year: counts by domain, counted progress, overdue tasks.' }, lines: 30 },
  { run: 'eco-targets plan --domain air', about: { zh: '2022年工作要点中大气领域的3项指标和各项重点工作。', en: 'The three air targets of the 2022 plan and the air tasks.' } },
  { run: 'eco-targets plan --pillar growth', about: { zh: '工作要点的一项大任务，列出指标、任务及原文条款。', en: 'One pillar of the plan, with its targets, tasks and the clauses of the source.' }, lines: 25 },
  { run: 'eco-targets plan --domain groundwater --json', about: { zh: '以计划文件（JSON）输出同样的内容：中英文完整的指标和任务对象，--plan 可直接读取。', en: 'The same selection as a plan file (JSON) that --plan reads: full target and task objects in both languages.' }, lines: 30 },
  { run: 'eco-targets plan init --year 2026', about: { zh: '带中英文注释的计划文件模板（YAML），按本地工作要点修改后用 --plan 评估。', en: 'The commented starter plan file (YAML): change it to your plan, then evaluate it with --plan.' }, lines: 30 },
  { run: 'eco-targets schema task-status-update', about: { zh: '任务进展记录的 JSON Schema，可用任何编程语言校验数据。', en: 'The JSON Schema of a task status update, for checking data in any language.' } },
  { run: 'eco-targets schema', about: { zh: '不给出名称时，命令在标准错误输出中列出可用名称，退出码为2。', en: 'Without a name the command lists the names on standard error and exits with 2.' }, exit: 2 },
  { run: 'eco-targets validate --sample', about: { zh: '检查软件包附带的合成样例数据的每个文件。', en: 'Checks every file of the bundled synthetic sample.' } },
  { run: 'eco-targets validate --kind airDaily city-days.csv', about: { zh: '检查中文表头、以“--”表示缺测的空气日数据 CSV 导出文件。', en: 'Checks a CSV export of daily air values with Chinese headers and missing values written as --.' } },
  { run: 'eco-targets validate --kind airDaily bad-days.csv', about: { zh: '有错误的文件：逐一指出每个问题所在的文件、行和列，不写出任何结果。', en: 'A file with mistakes: every problem is named by file, line and column, and nothing is written.' }, exit: 2 },
]
