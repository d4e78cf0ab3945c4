import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect } from '../_lib/errors/catalogue.js'
import { InputError } from '../_lib/errors/input-error.js'
import type { IssueLocation } from '../_lib/errors/issue.js'
import { defineOptions } from '../_lib/options.js'
import { type TaskStatusUpdate, TaskStatusUpdateSchema } from '../schemas/task-status.js'
import { publicReader, readText, TEXT_OPTIONS } from './_public.js'
import { createCoreReader } from './_reader.js'
import { type RecordsReader, RecordsSourceSchema } from './records-reader.js'

/**
 * Options of {@link createTaskStatusReader}: the plan whose tasks the updates must name (`plan`,
 * its `id` and `tasks`; without it any task id is accepted), how many problems to find before
 * reading stops (`maxProblems`, default no limit) and whether a file without records is accepted
 * (`allowEmpty`, default false).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CreateTaskStatusReaderOptionsSchema } from 'eco-targets'
 * Object.keys(CreateTaskStatusReaderOptionsSchema.def.shape) //=> ['plan', 'maxProblems', 'allowEmpty']
 * ```
 */
export const CreateTaskStatusReaderOptionsSchema = zm.strictObject({
  plan: zm.optional(
    zm.looseObject({
      id: zm.string(),
      tasks: zm.readonly(zm.array(zm.looseObject({ id: zm.string() }))),
    }),
  ),
  maxProblems: zm.optional(zm.int().check(zm.gte(0))),
  allowEmpty: zm.optional(zm.boolean()),
})

/** Options of {@link createTaskStatusReader}. @category Schemas */
export type CreateTaskStatusReaderOptions = z.input<typeof CreateTaskStatusReaderOptionsSchema>

/**
 * Options of {@link readTaskStatusUpdates}: those of {@link createTaskStatusReader}, the
 * `source` of records already parsed, or, for text or bytes, their `format` (`csv`, `json` or
 * `jsonl`) and the `file` they are named by in messages.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReadTaskStatusUpdatesOptionsSchema } from 'eco-targets'
 * Object.keys(ReadTaskStatusUpdatesOptionsSchema.def.shape)
 * //=> ['plan', 'maxProblems', 'allowEmpty', 'source', 'format', 'file']
 * ```
 */
export const ReadTaskStatusUpdatesOptionsSchema = zm.strictObject({
  ...CreateTaskStatusReaderOptionsSchema.def.shape,
  source: zm.optional(RecordsSourceSchema),
  ...TEXT_OPTIONS,
})

/** Options of {@link readTaskStatusUpdates}. @category Schemas */
export type ReadTaskStatusUpdatesOptions = z.input<typeof ReadTaskStatusUpdatesOptionsSchema>

const READER = defineOptions(
  'createTaskStatusReader',
  CreateTaskStatusReaderOptionsSchema,
  (o) => o,
)
const READ = defineOptions('readTaskStatusUpdates', ReadTaskStatusUpdatesOptionsSchema, (o) => o)

/** Updates whose task must be a task of the plan. */
function schemaFor(plan: {
  readonly id: string
  readonly tasks: readonly { readonly id: string }[]
}) {
  const ids: ReadonlySet<string> = new Set(plan.tasks.map((t) => t.id))
  return TaskStatusUpdateSchema.refine((u) => ids.has(u.task), {
    path: ['task'],
    message: `expected ${expect.taskOfPlan(plan.id).en}`,
    // the bilingual expectation the library's zod conversion reads
    params: { eco: { code: 'invalid_value', expected: expect.taskOfPlan(plan.id) } },
  })
}

/**
 * A reader of task status updates ({@link TaskStatusUpdateSchema}) over several files, as CSV
 * rows (one column per field) or JSON values, read and located as
 * {@link createObservationReader} reads observations; with a `plan`, an update must name one of
 * its tasks. The records are not changed.
 *
 * @param options - the plan, the problem limit, empty inputs
 * @returns the reader
 * @throws {@link InputError} on bad options
 * @category Schemas
 * @example
 * ```ts
 * import { createTaskStatusReader } from 'eco-targets'
 * const reader = createTaskStatusReader({ plan: { id: 'p', tasks: [{ id: 'air.coal-burning' }] } })
 * reader.read([{ task: 'air.coal-burning', date: '2022-06-30', status: 'done' }], { file: 'mid.jsonl', lines: [1] })
 * reader.read([{ task: 'air.coal', date: '2022-06-30', status: 'done' }], { file: 'end.jsonl', lines: [1] })
 * const read = reader.finish()
 * read.values[0]?.status      //=> 'done'
 * read.problems[0]?.location  //=> { file: 'end.jsonl', line: 1 }
 * ```
 */
export function createTaskStatusReader(
  options?: CreateTaskStatusReaderOptions,
): RecordsReader<TaskStatusUpdate> {
  const o = READER.resolve(options)
  const schema = o.plan ? schemaFor(o.plan) : TaskStatusUpdateSchema
  const core = createCoreReader<TaskStatusUpdate>(schema, {
    maxProblems: o.maxProblems ?? 0,
    allowEmpty: o.allowEmpty ?? false,
  })
  return publicReader(core)
}

/**
 * Reads task status updates from one file, as {@link createTaskStatusReader} does: from its
 * text or bytes when a `format` is given (CSV, JSON or JSON Lines, parsed as
 * {@link readTextRecords} parses them), else from its records already parsed.
 *
 * @param input - the text or bytes of the file (whole or in chunks), or its records in order
 * @param options - the format and file name of text, or the source (file, lines, CSV header) of
 *   records; the plan, the problem limit
 * @returns the updates (parsed) and where each was read
 * @throws {@link InputError} listing every problem, each with its file, line and column; on bad
 *   options
 * @category Schemas
 * @example
 * ```ts
 * import { readTaskStatusUpdates } from 'eco-targets'
 * const source = { file: 'status.csv', lines: [2], header: ['task', 'date', 'status', 'progress'] }
 * const rows = [{ task: 'rural.village-sewage', date: '2022-06-30', status: 'inProgress', progress: '30' }]
 * readTaskStatusUpdates(rows, { source }).updates[0]?.progress //=> 30
 * const jsonl = '{"task":"rural.village-sewage","date":"2022-12-31","status":"done"}\n'
 * readTaskStatusUpdates(jsonl, { format: 'jsonl', file: 'end.jsonl' }).locations
 * //=> [{ file: 'end.jsonl', line: 1 }]
 * ```
 */
export function readTaskStatusUpdates(
  input: string | Uint8Array | readonly unknown[],
  options?: ReadTaskStatusUpdatesOptions,
): { updates: TaskStatusUpdate[]; locations: IssueLocation[] } {
  const { source, format, file: named, ...rest } = READ.resolve(options)
  const reader = createTaskStatusReader(rest)
  const file = named ?? source?.file ?? 'readTaskStatusUpdates input'
  if (format !== undefined) readText(reader, input, format, file, 'readTaskStatusUpdates')
  else reader.read(input as readonly unknown[], source ?? (named ? { file: named } : undefined))
  const read = reader.finish()
  if (read.problems.length > 0) throw new InputError(file, read.problems)
  return { updates: [...read.values], locations: [...read.locations] }
}
