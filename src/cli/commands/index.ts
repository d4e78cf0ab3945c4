import { type Command, lazyCommand } from '../command/index.js'

/**
 * The dispatch table: command name → command. Each command is one file in `commands/` that
 * exports a `defineCommand({...})`; adding a command is adding its file and one line here. A
 * command's module is imported only when the command runs or shows its help, so a command
 * starts without loading the others (and the parts of the library they use).
 *
 * @category CLI
 * @example
 * ```ts
 * Object.keys(COMMANDS) //=> ['evaluate', 'aqi', 'air', 'water', 'plan', 'tasks', 'schema', 'validate']
 * ```
 */
export const COMMANDS: Readonly<Record<string, Command & { load(): Promise<Command> }>> = {
  evaluate: lazyCommand(
    'evaluate',
    {
      zh: '依据观测数据（或示例数据）评估方案（默认 2022 年方案）',
      en: 'Evaluate a plan (default the 2022 plan) on observations (or the sample)',
    },
    async () => (await import('./evaluate/index.js')).evaluateCommand,
  ),
  aqi: lazyCommand(
    'aqi',
    {
      zh: '计算 AQI（HJ 633）：由选项算一个，或为输入的每行各算一个',
      en: 'Compute an AQI (HJ 633), one from flags or one per input row',
    },
    async () => (await import('./aqi/index.js')).aqiCommand,
  ),
  air: lazyCommand(
    'air',
    {
      zh: '站点记录 → 站点和城市日均值、AQI、时段统计',
      en: 'Station records → daily station and city values, AQI, period statistics',
    },
    async () => (await import('./air/index.js')).airCommand,
  ),
  water: lazyCommand(
    'water',
    {
      zh: '断面采样 → 断面水质类别、比例和水质状况',
      en: 'Section samplings → section classes, set ratios and status',
    },
    async () => (await import('./water/index.js')).waterCommand,
  ),
  plan: lazyCommand(
    'plan',
    {
      zh: '方案的目标和任务；plan init 生成起始方案文件',
      en: "A plan's targets and tasks; plan init writes a starter plan file",
    },
    async () => (await import('./plan.js')).planCommand,
  ),
  tasks: lazyCommand(
    'tasks',
    {
      zh: '依据任务状态文件，列出截至某日的任务清单',
      en: 'The task checklist as of a date, from status files',
    },
    async () => (await import('./tasks.js')).tasksCommand,
  ),
  schema: lazyCommand(
    'schema',
    { zh: '输入或结果的 JSON Schema', en: 'The JSON Schema of an input or result' },
    async () => (await import('./schema.js')).schemaCommand,
  ),
  validate: lazyCommand(
    'validate',
    { zh: '检查观测数据文件和任务状态文件', en: 'Check observation and task-status files' },
    async () => (await import('./validate.js')).validateCommand,
  ),
}
