// The help of `eco-targets tasks`: its words and options.
import {
  ALLOW_EMPTY_OPTION,
  AS_OF_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
  planFilterOptions,
} from './_options.js'
import { PLAN_OPTION } from './_plan-source.js'

/** The summary, usage, description and examples of `eco-targets tasks`, in Chinese and English. */
export const TASKS_HELP = {
  summary: {
    zh: '依据任务状态文件，列出截至某日的任务清单',
    en: 'The task checklist as of a date, from status files',
  },
  usage: {
    zh: '[--tasks 文件]… | --sample [--plan 文件] [--as-of 日期] [--pillar 编号] [--domain 编号] [--json] [--lang zh|en] [--out 文件]',
    en: '[--tasks FILE]… | --sample [--plan FILE] [--as-of DATE] [--pillar ID] [--domain ID] [--json] [--lang zh|en] [--out FILE]',
  },
  description: {
    zh: [
      '读取任务状态更新（CSV、JSON、JSON Lines：`task`、`date`、`status`、`progress`、`note`、`evidence`），',
      '列出方案截至某日的任务清单：每项任务在该日及以前的最近一次更新（没有更新即未开始），',
      '计数任务只在达到计数时才算完成，另列到期日和逾期任务，并按工作板块和领域计数。',
      '未给 --as-of 时，日期取最近一次更新；--sample 读取内置的合成状态文件（默认截至 2022-12-31）。',
      '--pillar 和 --domain 筛选任务；--json 输出任务清单对象。方案为内置的 2022 年方案，',
      '或 --plan 给出的方案文件。',
    ].join('\n'),
    en: [
      'Reads task status updates (CSV, JSON, JSON Lines: task, date, status, progress, note,',
      'evidence) and draws up the checklist of a plan as of a date: each task’s latest update',
      'on or before it (none: not started), counted tasks done only when their count is reached,',
      'due dates and overdue tasks, with counts by pillar and domain. Without --as-of the date is',
      'the latest update; --sample reads the bundled synthetic status files (default 2022-12-31).',
      '--pillar and --domain keep some tasks; --json prints the checklist object. The plan is the',
      'bundled 2022 plan, or the plan file given with --plan.',
    ].join('\n'),
  },
  examples: [
    {
      command: '--sample --as-of 2022-06-30',
      result: {
        zh: '年中：100 项推进中，4 项已完成，1 项受阻，1 项不适用，1 项未开始。',
        en: 'Mid-year: 100 tasks in progress, 4 done, 1 blocked, 1 not applicable, 1 not started.',
      },
    },
    {
      command: '--tasks status-2022.csv --domain water --json',
      result: { zh: '以 JSON 输出水领域任务的清单。', en: 'The water tasks’ checklist as JSON.' },
    },
  ],
} as const

/** The options of `eco-targets tasks`. */
export const TASKS_OPTIONS = {
  tasks: {
    type: 'string',
    value: { zh: '文件', en: 'FILE' },
    multiple: true,
    description: {
      zh: '任务状态更新（可重复；`-` 表示标准输入）。',
      en: 'Task status updates (repeatable; - for standard input).',
    },
  },
  sample: {
    type: 'boolean',
    description: { zh: '内置的合成状态文件。', en: 'The bundled synthetic status files.' },
  },
  plan: PLAN_OPTION,
  'as-of': AS_OF_OPTION,
  ...planFilterOptions({ zh: '任务', en: 'tasks' }, ['air', 'water', 'soil']),
  json: JSON_OPTION,
  'input-format': INPUT_FORMAT_OPTION,
  'max-problems': MAX_PROBLEMS_OPTION,
  'allow-empty': ALLOW_EMPTY_OPTION,
  out: OUT_OPTION,
} as const
