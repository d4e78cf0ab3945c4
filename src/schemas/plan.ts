import { z } from 'zod'
import { expect } from '../_lib/errors/catalogue.js'
import { addIssue } from './_issue.js'
import { IdSchema, PeriodSchema, PlanTextSchema } from './common.js'
import { TargetSchema } from './target.js'
import { TaskSchema } from './task.js'

/**
 * One of a plan's main tasks (大任务), the headings tasks are grouped under.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PillarSchema } from 'eco-targets'
 * PillarSchema.parse({
 *   id: 'party', order: 5,
 *   title: { zh: '推进全面从严治党向纵深发展', en: 'Strict Party self-governance' },
 *   source: { paragraph: 5, quote: '五是推进全面从严治党向纵深发展' },
 * }).order //=> 5
 * ```
 */
export const PillarSchema = z
  .object({
    id: IdSchema,
    order: z.number().int().positive(),
    title: PlanTextSchema,
    source: z.object({ paragraph: z.number().int().min(0), quote: z.string().min(2) }).strict(),
  })
  .strict()
  .describe('A main task (大任务) heading')

/** @category Schemas */
export type Pillar = z.output<typeof PillarSchema>

/**
 * The source document of a plan.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceDocumentSchema } from 'eco-targets'
 * SourceDocumentSchema.shape.language.parse('zh') //=> 'zh'
 * ```
 */
export const SourceDocumentSchema = z
  .object({
    title: PlanTextSchema,
    language: z.literal('zh'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the UTF-8 source text'),
    reference: z.string().min(1).describe('How the document is identified'),
    note: PlanTextSchema.optional(),
  })
  .strict()
  .describe('The source document of a plan')

const PLAN_SHAPE = {
  id: IdSchema,
  title: PlanTextSchema,
  year: z.number().int().min(2000).max(2100).describe('The year the plan is for (its last year)'),
  period: PeriodSchema,
  issuer: PlanTextSchema.describe('As the source gives it; * where masked'),
  jurisdiction: PlanTextSchema.describe('As the source gives it; * where masked'),
  inferred: PlanTextSchema.optional().describe('What the masked names are inferred to be'),
  source: SourceDocumentSchema,
  pillars: z.array(PillarSchema).min(1),
  targets: z.array(TargetSchema),
  tasks: z.array(TaskSchema),
}

type PlanShape = z.output<z.ZodObject<typeof PLAN_SHAPE>>

const PILLAR = { zh: '大任务', en: 'pillar' }
const TARGET = { zh: '指标', en: 'target' }

/** The rules across a plan's items: unique ids, references that resolve, dates in the period. */
function checkPlan(plan: PlanShape, ctx: z.RefinementCtx): void {
  const unique = (items: readonly { id: string }[], key: 'pillars' | 'targets' | 'tasks') => {
    const seen = new Map<string, number>()
    items.forEach((item, i) => {
      const first = seen.get(item.id)
      if (first !== undefined) {
        addIssue(ctx, [key, i, 'id'], expect.unique({ zh: '标识', en: 'id' }), {
          code: 'duplicate',
          hint: { zh: `已用于 ${key}[${first}]`, en: `first used at ${key}[${first}]` },
        })
      } else seen.set(item.id, i)
    })
    return seen
  }
  const pillars = unique(plan.pillars, 'pillars')
  const targets = unique(plan.targets, 'targets')
  const tasks = unique(plan.tasks, 'tasks')
  // Target and task ids share one namespace, so a reference is never ambiguous.
  for (const [id, i] of tasks) {
    if (targets.has(id)) {
      addIssue(ctx, ['tasks', i, 'id'], expect.distinctFrom(TARGET), { code: 'duplicate' })
    }
  }
  const inPeriod = (date: string) => date >= plan.period.start && date <= plan.period.end
  const pillarIds = [...pillars.keys()]
  plan.targets.forEach((t, i) => {
    if (!pillars.has(t.pillar)) {
      addIssue(ctx, ['targets', i, 'pillar'], expect.knownId(PILLAR, pillarIds), {
        code: 'invalid_value',
      })
    }
  })
  plan.tasks.forEach((t, i) => {
    if (!pillars.has(t.pillar)) {
      addIssue(ctx, ['tasks', i, 'pillar'], expect.knownId(PILLAR, pillarIds), {
        code: 'invalid_value',
      })
    }
    t.targets.forEach((ref, j) => {
      if (!targets.has(ref)) {
        addIssue(ctx, ['tasks', i, 'targets', j], expect.knownId(TARGET, [...targets.keys()]), {
          code: 'invalid_value',
        })
      }
    })
    if (t.due && !inPeriod(t.due)) {
      addIssue(ctx, ['tasks', i, 'due'], expect.dateWithin(plan.period.start, plan.period.end), {
        code: 'invalid_value',
      })
    }
  })
}

/**
 * A plan: its issuer and jurisdiction as the source gives them (`*` where the source masks a
 * name), its pillars, targets and tasks. Ids must be unique and every reference must resolve.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PlanSchema } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * PlanSchema.parse(plan2022).targets.length //=> 13
 * ```
 */
export const PlanSchema = z
  .object(PLAN_SHAPE)
  .strict()
  .superRefine(checkPlan)
  .describe('A plan with its pillars, targets and tasks')

/** @category Schemas */
export type Plan = z.output<typeof PlanSchema>
/** @category Schemas */
export type PlanInput = z.input<typeof PlanSchema>

/**
 * A plan as a file holds it: a {@link PlanSchema} plan with an optional `$schema` line naming
 * its JSON Schema (`plan-file.schema.json`), so that editors complete and check it. The
 * `$schema` line is not part of the plan.
 *
 * @category Plan
 * @example
 * ```ts
 * import { PlanFileSchema } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * PlanFileSchema.parse({ $schema: './plan-file.schema.json', ...plan2022 }).id //=> 'plan-2022'
 * ```
 */
export const PlanFileSchema = z
  .object({
    $schema: z.string().min(1).optional().describe('The JSON Schema of the file, for editors'),
    ...PLAN_SHAPE,
  })
  .strict()
  .superRefine(checkPlan)
  .describe('A plan file: a plan with an optional $schema line')
