import { z } from 'zod'
import { expect } from '../_lib/errors/catalogue.js'
import { checkInferences } from './_inferences.js'
import { addIssue } from './_issue.js'
import { IdSchema, IsoDateSchema, PlanTextSchema, SourceRefSchema } from './common.js'
import { InferenceSchema } from './target.js'
import { DomainSchema, MetricIdSchema } from './vocabulary.js'

/**
 * What kind of work a task is.
 *
 * - `ongoing`: a standing duty with no end state (持续, 深化, 加强)
 * - `oneOff`: done once within the year (完成, 开展一次, 制定)
 * - `document`: produces a named document (方案, 清单, 机制)
 * - `counted`: has a counted or rated objective (13 家, 46 个地块, 45 个行政村, 50%)
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TaskKindSchema } from 'eco-targets'
 * TaskKindSchema.parse('counted') //=> 'counted'
 * ```
 */
export const TaskKindSchema = z
  .enum(['ongoing', 'oneOff', 'document', 'counted'])
  .describe('Kind of work: ongoing duty, one-off, deliverable document or counted deliverable')

/** @category Schemas */
export type TaskKind = z.output<typeof TaskKindSchema>

/**
 * A counted objective (13 重点排放单位) or a rate objective (废铅蓄电池规范化收集率 50%).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ObjectiveSchema } from 'eco-targets'
 * ObjectiveSchema.parse({
 *   kind: 'count', value: 45,
 *   unit: { zh: '个', en: 'villages' },
 *   subject: { zh: '行政村生活污水治理', en: 'administrative villages with sewage treatment' },
 * }).value //=> 45
 * ```
 */
export const ObjectiveSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('count'),
        value: z.number().int().positive(),
        unit: PlanTextSchema.describe('Counting word, e.g. 家 / units'),
        subject: PlanTextSchema.describe('What is counted'),
        metric: MetricIdSchema.optional().describe('A metric that measures the objective, if any'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('rate'),
        value: z.number().finite().min(0).max(100),
        unit: z.literal('%'),
        metric: MetricIdSchema,
        subject: PlanTextSchema,
      })
      .strict(),
  ])
  .describe('A counted or rate objective of a task')

/** @category Schemas */
export type Objective = z.output<typeof ObjectiveSchema>

/**
 * A dated window a task must cover, such as the 2022 Winter Olympics and Paralympics.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TimeWindowSchema } from 'eco-targets'
 * TimeWindowSchema.parse({
 *   label: { zh: '北京冬奥会', en: 'Beijing Winter Olympics' },
 *   start: '2022-02-04', end: '2022-02-20',
 * })
 * ```
 */
export const TimeWindowSchema = z
  .object({ label: PlanTextSchema, start: IsoDateSchema, end: IsoDateSchema })
  .strict()
  .superRefine((w, ctx) => {
    if (w.end < w.start) addIssue(ctx, ['end'], expect.endNotBeforeStart(w.start))
  })
  .describe('A dated window the task must cover')

/** @category Schemas */
export type TimeWindow = z.output<typeof TimeWindowSchema>

/** Fields of a task whose value can be a reading of the source rather than its words. */
const TASK_INFERABLE = [
  'pillar',
  'domain',
  'text',
  'kind',
  'objective',
  'windows',
  'due',
  'documents',
  'targets',
] as const

/**
 * A task of a plan (重点工作): one clause of the source that asks for an action.
 *
 * `text.zh` is the clause exactly as in the source; `source.quote` is the exact passage that
 * contains it. `due` defaults to the end of the plan year when absent. `inferences` marks each
 * value the source does not state (dates of an event it only names, a target served because of
 * a fact it does not give).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TaskSchema } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * TaskSchema.parse(plan2022.tasks[0]).pillar //=> 'growth'
 * ```
 */
export const TaskSchema = z
  .object({
    id: IdSchema,
    pillar: IdSchema,
    domain: DomainSchema,
    text: PlanTextSchema.describe('zh: the clause as in the source; en: a summary'),
    kind: TaskKindSchema,
    objective: ObjectiveSchema.optional(),
    windows: z.array(TimeWindowSchema).optional(),
    due: IsoDateSchema.optional().describe('Due date; default the end of the plan period'),
    documents: z
      .array(PlanTextSchema)
      .optional()
      .describe('Named documents the task must produce, zh with 《》 as in the source'),
    targets: z.array(IdSchema).describe('Ids of the targets this task serves'),
    source: SourceRefSchema,
    inferences: z
      .array(InferenceSchema.extend({ field: z.enum(TASK_INFERABLE) }))
      .min(1)
      .optional()
      .describe(
        'Values the source does not state but the data infer (推断), one entry per field, each with why',
      ),
  })
  .strict()
  .superRefine((t, ctx) => {
    checkInferences(t, ctx)
    if (t.kind === 'counted' && !t.objective) {
      addIssue(ctx, ['objective'], expect.countedObjective(), { code: 'invalid_type' })
    }
    if (t.kind === 'document' && !t.documents?.length) {
      addIssue(ctx, ['documents'], expect.namedDocuments(), { code: 'invalid_type' })
    }
  })
  .describe('A task of a plan')

/** @category Schemas */
export type Task = z.output<typeof TaskSchema>
/** @category Schemas */
export type TaskInput = z.input<typeof TaskSchema>
