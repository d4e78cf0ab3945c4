import {
  isInputError,
  type Observation,
  ObservationSchema,
  TaskStatusUpdateSchema,
} from '../../index.js'
import { defineCommand } from '../command/index.js'
import { EXIT_CODES, UsageError } from '../errors.js'
import { OBSERVATION_LAYOUT } from '../input/headers/index.js'
import { type InputSource, openInput, readValidatedRecords } from '../input/index.js'
import { ProblemLimitError, parseMaxProblems, problemLog } from '../input/problems.js'
import type { RecordOrigin } from '../input/records.js'
import { trackProgress } from '../output/progress.js'
import { openResultFile } from '../output/result.js'
import { openSampleObservations, openSampleTaskStatus } from '../sample.js'
import { observationProblems } from './_observation-checks.js'
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from './_options.js'
import {
  type FileSummary,
  renderValidationJson,
  renderValidationProblems,
  renderValidationSummary,
  type ValidationReport,
} from './_validation-report.js'

const SCHEMAS = {
  observation: ObservationSchema,
  'task-status-update': TaskStatusUpdateSchema,
} as const

type RecordSchemaName = keyof typeof SCHEMAS

const KINDS = ObservationSchema.options.map((o) => o.shape.kind.value)

interface Input {
  readonly source: InputSource
  readonly schema: RecordSchemaName
}

/**
 * `eco-targets validate`: checks observation and task-status files (CSV, JSON, JSON Lines,
 * files or standard input) record by record, names every problem by file, line and column,
 * and can write the validated records as JSON Lines. Exits with 2 when any record is invalid;
 * nothing is then written to `--out`.
 *
 * @category CLI
 * @example
 * ```ts
 * await validateCommand.execute(['--sample'], io) //=> 0
 * ```
 */
export const validateCommand = defineCommand({
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
      choices: Object.keys(SCHEMAS),
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
  async run({ io, options, positionals, lang }) {
    if (options.sample && positionals.length > 0) {
      throw new UsageError({
        zh: '文件与 --sample 只能给出其一',
        en: 'give either files or --sample, not both',
      })
    }
    if (options.kind && options.schema === 'task-status-update') {
      throw new UsageError({
        zh: '--kind 只用于监测数据',
        en: '--kind applies to observations only',
      })
    }
    const schemaName: RecordSchemaName = (options.schema as RecordSchemaName) ?? 'observation'
    const inputs: Input[] = options.sample
      ? [
          ...openSampleObservations(io).map((source) => ({
            source,
            schema: 'observation' as const,
          })),
          ...openSampleTaskStatus(io).map(({ source }) => ({
            source,
            schema: 'task-status-update' as const,
          })),
        ]
      : (positionals.length ? positionals : ['-']).map((arg) => ({
          source: openInput(arg, io),
          schema: schemaName,
        }))
    if (options.out === '-')
      throw new UsageError({ zh: '此处 --out 须给出文件名', en: '--out needs a file name here' })
    const out = options.out ? await openResultFile(io, options.out) : undefined
    const log = problemLog(parseMaxProblems(options['max-problems']))
    const note = log.note
    let stoppedAfter: number | null = null
    const files: FileSummary[] = []
    // Observations of every file, for the checks across records once all are read.
    const observations: { origin: RecordOrigin; value: Observation }[] = []
    try {
      for (const input of inputs) {
        const summary: FileSummary = {
          file: input.source.name,
          records: 0,
          counts: {},
          problems: 0,
        }
        files.push(summary)
        const schema = SCHEMAS[input.schema]
        const before = log.problems.length
        try {
          const records = readValidatedRecords(input.source, schema, {
            format: options['input-format'],
            layout: OBSERVATION_LAYOUT,
            csvDefaults:
              input.schema === 'observation' && options.kind ? { kind: options.kind } : undefined,
            allowEmpty: options['allow-empty'],
            onInvalid: (found) => {
              summary.records++
              note(found)
            },
          })
          for await (const record of trackProgress(records, io, input.source.name)) {
            summary.records++
            const key = 'kind' in record.value ? record.value.kind : record.value.status
            summary.counts[key] = (summary.counts[key] ?? 0) + 1
            if ('kind' in record.value) {
              observations.push({ origin: record.origin, value: record.value })
            }
            if (out) await out.write(`${JSON.stringify(record.value)}\n`)
          }
        } catch (error) {
          if (!isInputError(error)) throw error
          try {
            note(error.issues)
          } finally {
            summary.problems = log.problems.length - before
          }
        }
        summary.problems = log.problems.length - before
      }
      // the same checks as `evaluate`: duplicates, contradictory records, the air module's rules
      for (const problem of observationProblems(observations)) {
        const summary = files.find((f) => f.file === problem.location?.file)
        if (summary) summary.problems++
        note([problem])
      }
    } catch (error) {
      if (error instanceof ProblemLimitError) stoppedAfter = error.limit
      else {
        await out?.abort()
        throw error
      }
    }
    const problems = log.problems
    const problemCount = problems.length
    const total = files.reduce((n, f) => n + f.records, 0)
    const valid = problemCount === 0
    if (valid) await out?.commit()
    else await out?.abort()
    const report: ValidationReport = {
      valid,
      records: total,
      files,
      problems,
      stoppedAfter,
    }
    if (options.json) await io.stdout.write(renderValidationJson(report))
    else {
      await io.stdout.write(renderValidationSummary(report, lang))
      if (!valid) await io.stderr.write(renderValidationProblems(report, options.out, lang))
    }
    return valid ? EXIT_CODES.ok : EXIT_CODES.error
  },
})
