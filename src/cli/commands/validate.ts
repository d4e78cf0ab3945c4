import {
  createObservationReader,
  createTaskStatusReader,
  type Observation,
  type RecordsRead,
  type RecordsReader,
} from '../../index.js'
import { defineCommand } from '../command/index.js'
import { EXIT_CODES, UsageError } from '../errors.js'
import { parseMaxProblems } from '../input/problems.js'
import { type InputSource, openInput } from '../input/source.js'
import { openResultFile } from '../output/result.js'
import { openSampleObservations, openSampleTaskStatus } from '../sample.js'
import { feedReader } from './_read-all.js'
import { VALIDATE_SPEC } from './_validate-help.js'
import {
  type FileSummary,
  renderValidationJson,
  renderValidationProblems,
  renderValidationSummary,
  type ValidationReport,
} from './_validation-report.js'

/** The valid records of each file, counted by kind (observations) or status (updates). */
function summaries(read: RecordsRead<{ kind: string } | { status: string }>): FileSummary[] {
  const files = read.files.map((f) => ({ ...f, counts: {} as Record<string, number> }))
  read.values.forEach((value, i) => {
    const summary = files.find((f) => f.file === read.locations[i]?.file)
    const key = 'kind' in value ? value.kind : value.status
    if (summary) summary.counts[key] = (summary.counts[key] ?? 0) + 1
  })
  return files.map(({ file, records, counts, problems }) => ({ file, records, counts, problems }))
}

/**
 * `eco-targets validate`: checks observation and task-status files (CSV, JSON, JSON Lines,
 * files or standard input) with the library's readers, names every problem by file, line and
 * column, and can write the validated records as JSON Lines. Exits with 2 when any record is
 * invalid; nothing is then written to `--out`.
 *
 * @category CLI
 * @example
 * ```ts
 * await validateCommand.execute(['--sample'], io) //=> 0
 * ```
 */
export const validateCommand = defineCommand({
  ...VALIDATE_SPEC,
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
    const given = (positionals.length ? positionals : ['-']).map((arg) => openInput(arg, io))
    const tasksOnly = options.schema === 'task-status-update'
    const observationSources: InputSource[] = options.sample
      ? openSampleObservations(io)
      : tasksOnly
        ? []
        : given
    const taskSources: InputSource[] = options.sample
      ? openSampleTaskStatus(io).map(({ source }) => source)
      : tasksOnly
        ? given
        : []
    if (options.out === '-')
      throw new UsageError({ zh: '此处 --out 须给出文件名', en: '--out needs a file name here' })
    const out = options.out ? await openResultFile(io, options.out) : undefined
    const limit = parseMaxProblems(options['max-problems'])
    const allowEmpty = options['allow-empty']
    const reads: RecordsRead<Observation | { status: string }>[] = []
    try {
      const observations = createObservationReader({
        maxProblems: limit,
        allowEmpty,
        kindOption: '--kind',
        ...(options.kind ? { kind: options.kind as Observation['kind'] } : {}),
      })
      const complete = await feedReader(
        observations,
        observationSources,
        io,
        options['input-format'],
      )
      reads.push(observations.finish())
      const found = reads[0]?.problems.length ?? 0
      if (complete && !observations.stopped && taskSources.length > 0) {
        // one limit for both kinds of file: the updates get what the observations left
        const tasks: RecordsReader<{ status: string }> = createTaskStatusReader({
          maxProblems: limit > 0 ? limit - found : 0,
          allowEmpty,
        })
        await feedReader(tasks, taskSources, io, options['input-format'])
        reads.push(tasks.finish())
      }
    } catch (error) {
      await out?.abort()
      throw error
    }
    const problems = reads.flatMap((r) => r.problems)
    const files = reads.flatMap((r) => summaries(r))
    const valid = problems.length === 0
    if (valid && out) {
      for (const r of reads)
        for (const value of r.values) await out.write(`${JSON.stringify(value)}\n`)
      await out.commit()
    } else await out?.abort()
    const report: ValidationReport = {
      valid,
      records: files.reduce((n, f) => n + f.records, 0),
      files,
      problems,
      stoppedAfter: reads.some((r) => r.stoppedAfter !== null) ? limit : null,
    }
    if (options.json) await io.stdout.write(renderValidationJson(report))
    else {
      await io.stdout.write(renderValidationSummary(report, lang))
      if (!valid) await io.stderr.write(renderValidationProblems(report, options.out, lang))
    }
    return valid ? EXIT_CODES.ok : EXIT_CODES.error
  },
})
