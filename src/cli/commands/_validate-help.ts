import { ObservationSchema } from '../../index.js'
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from './_options.js'

/** What each record of a `validate` input is. */
export const RECORD_SCHEMAS = ['observation', 'task-status-update'] as const

const KINDS = ObservationSchema.options.map((o) => o.shape.kind.value)

/** The help, options and examples of `eco-targets validate`. */
export const VALIDATE_SPEC = {
  name: 'validate',
  summary: { zh: '检查观测数据文件和任务状态文件', en: 'Check observation and task-status files' },
  usage: {
    zh: '[文件… | -] [--schema 名称] [--kind 类型] [--input-format 格式] [--sample] [--json] [--out 文件]',
    en: '[files… | -] [--schema NAME] [--kind KIND] [--input-format FORMAT] [--sample] [--json] [--out FILE]',
  },
  description: {
    zh: [
      '读取观测数据文件（或在 `--schema task-status-update` 时读取任务状态文件），按其模式检查每条记录。',
      'CSV 行是扁平的：每个字段一列，水质指标作为附加列（中文或英文表头）；--kind 给出没有 `kind` 列的行的类型。',
      '不给文件时读标准输入。每个问题都指明文件、行和列；给出 --out 时，仅当全部记录有效，',
      '才把校验后的记录（已填入默认值）写成 JSON Lines。',
    ].join('\n'),
    en: [
      'Reads observation files (or, with --schema task-status-update, task status files) and checks',
      'every record against its schema. CSV rows are flat: one column per field, water indicators',
      'as extra columns (Chinese or English headers); --kind gives the kind of rows without a kind',
      'column. With no file, standard input is read. Every problem names file, line and column;',
      'with --out the validated records (defaults filled in) are written as JSON Lines, and only',
      'when all are valid.',
    ].join('\n'),
  },
  options: {
    schema: {
      type: 'string',
      value: { zh: '名称', en: 'NAME' },
      choices: RECORD_SCHEMAS,
      description: {
        zh: '每条记录的类型（默认 `observation`）。',
        en: 'What each record is (default observation).',
      },
    },
    kind: {
      type: 'string',
      value: { zh: '类型', en: 'KIND' },
      choices: KINDS,
      description: {
        zh: '没有 `kind` 列的 CSV 行的观测类型。',
        en: 'Observation kind of CSV rows that have no kind column.',
      },
    },
    'input-format': INPUT_FORMAT_OPTION,
    'max-problems': MAX_PROBLEMS_OPTION,
    'allow-empty': ALLOW_EMPTY_OPTION,
    sample: {
      type: 'boolean',
      description: {
        zh: '检查内置的 2022 年合成示例。',
        en: 'Check the bundled synthetic 2022 sample.',
      },
    },
    json: JSON_OPTION,
    out: OUT_OPTION,
  },
  positionals: { max: Number.POSITIVE_INFINITY },
  examples: [
    {
      command: '--kind airDaily city-2022.csv --out city-2022.jsonl',
      result: {
        zh: '检查空气日均值 CSV，并写成观测数据 JSON Lines。',
        en: 'Checks a CSV of daily air values and writes them as observation JSON Lines.',
      },
    },
    {
      command: '--sample',
      result: {
        zh: '检查内置合成示例的每个文件。',
        en: 'Checks every file of the bundled synthetic sample.',
      },
    },
  ],
} as const
