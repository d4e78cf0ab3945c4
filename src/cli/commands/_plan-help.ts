// The help of `eco-targets plan`: its words and options.
import { JSON_OPTION, OUT_OPTION, planFilterOptions } from './_options.js'
import { PLAN_OPTION } from './_plan-source.js'

/** The summary, usage, description and examples of `eco-targets plan`, in Chinese and English. */
export const PLAN_HELP = {
  summary: {
    zh: '方案的目标和任务；plan init 生成起始方案文件',
    en: "A plan's targets and tasks; plan init writes a starter plan file",
  },
  usage: {
    zh: '[--plan 文件] [--pillar 编号] [--domain 编号] [--json] [--lang zh|en] [--out 文件]\n      eco-targets plan init [文件] [--year 年份] [--id 编号] [--force]',
    en: '[--plan FILE] [--pillar ID] [--domain ID] [--json] [--lang zh|en] [--out FILE]\n       eco-targets plan init [FILE] [--year YEAR] [--id ID] [--force]',
  },
  description: {
    zh: [
      '列出方案的量化目标（及各自须达到的数值）和按工作板块分组的任务：内置的 2022 年工作方案，',
      '或 --plan 给出的方案文件（JSON 或 YAML）。可按工作板块和领域筛选。--json 把方案输出为方案文件',
      '（JSON，带 `$schema` 行），--plan 可读回：筛选时保留全部工作板块、选中的目标和任务，',
      '以及指向保留目标的关联。',
      '',
      'plan init [文件] 写出一份起始方案文件（YAML，每个字段都有中英文注释，每种常见形式的目标各一项）；',
      '不给文件时输出到标准输出。已有的文件保留不动，除非给出 --force。--year 设定方案年份（默认今年）。',
    ].join('\n'),
    en: [
      "Lists a plan's quantified targets (with the value each must reach) and its tasks grouped",
      'by pillar: the bundled 2022 work plan, or the plan file given with --plan (JSON or YAML).',
      'Filter by pillar and by domain. --json prints the plan as a plan file (JSON, with its',
      '$schema line) that --plan reads back: filtered, it keeps every pillar, the selected targets',
      'and tasks, and only the links to targets kept.',
      '',
      'plan init [FILE] writes a starter plan file (YAML, every field commented in Chinese and',
      'English, one target of each common form) to FILE, or prints it without FILE. An existing',
      'FILE is kept unless --force is given. --year sets the plan year (default this year).',
    ].join('\n'),
  },
  examples: [
    {
      command: '--pillar pollution --domain air',
      result: {
        zh: '三项空气目标（优良天数比例 ≥ 91.6%，PM2.5 ≤ 23 µg/m³，重污染天数比例 ≤ 0%）。',
        en: 'The three air targets (good days ≥ 91.6%, PM2.5 ≤ 23 µg/m³, heavy days ≤ 0%).',
      },
    },
    {
      command: '--json --out plan-2022.json',
      result: {
        zh: '把内置方案写成方案文件；evaluate --plan plan-2022.json 可读取。',
        en: 'Writes the bundled plan as a plan file; evaluate --plan plan-2022.json reads it.',
      },
    },
    {
      command: 'init my-city-2026.yaml --year 2026',
      result: {
        zh: '写出带注释的 2026 年起始方案文件。',
        en: 'Writes the commented starter plan file for 2026.',
      },
    },
  ],
} as const

/** The options of `eco-targets plan`. */
export const PLAN_OPTIONS = {
  plan: PLAN_OPTION,
  ...planFilterOptions({ zh: '目标和任务', en: 'targets and tasks' }, [
    'air',
    'water',
    'soil',
    'emissions',
  ]),
  json: JSON_OPTION,
  out: OUT_OPTION,
  year: {
    type: 'string',
    value: { zh: '年份', en: 'YEAR' },
    description: { zh: 'plan init：方案年份。', en: 'plan init: the plan year.' },
  },
  id: {
    type: 'string',
    value: { zh: '编号', en: 'ID' },
    description: {
      zh: 'plan init：方案编号（`plan-年份`）。',
      en: 'plan init: the plan id (plan-YEAR).',
    },
  },
  force: {
    type: 'boolean',
    description: {
      zh: 'plan init：替换已有的文件。',
      en: 'plan init: replace an existing FILE.',
    },
  },
} as const
