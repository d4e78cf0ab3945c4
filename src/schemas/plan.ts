import { z } from 'zod'
import { IdSchema, LocalizedTextSchema, PeriodSchema } from './common.js'
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
    title: LocalizedTextSchema,
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
    title: LocalizedTextSchema,
    language: z.literal('zh'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the UTF-8 source text'),
    reference: z.string().min(1).describe('How the document is identified'),
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .describe('The source document of a plan')

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
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    year: z.number().int().min(2000).max(2100),
    period: PeriodSchema,
    issuer: LocalizedTextSchema.describe('As the source gives it; * where masked'),
    jurisdiction: LocalizedTextSchema.describe('As the source gives it; * where masked'),
    inferred: LocalizedTextSchema.optional().describe('What the masked names are inferred to be'),
    source: SourceDocumentSchema,
    pillars: z.array(PillarSchema).min(1),
    targets: z.array(TargetSchema),
    tasks: z.array(TaskSchema),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const unique = (items: readonly { id: string }[], key: 'pillars' | 'targets' | 'tasks') => {
      const seen = new Map<string, number>()
      items.forEach((item, i) => {
        const first = seen.get(item.id)
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'id'],
            message: `duplicate id "${item.id}" (first used at ${key}[${first}])`,
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
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'id'],
          message: `id "${id}" is also a target id`,
        })
      }
    }
    const inPeriod = (date: string) => date >= plan.period.start && date <= plan.period.end
    plan.targets.forEach((t, i) => {
      if (!pillars.has(t.pillar)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'pillar'],
          message: `unknown pillar "${t.pillar}"`,
        })
      }
    })
    plan.tasks.forEach((t, i) => {
      if (!pillars.has(t.pillar)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'pillar'],
          message: `unknown pillar "${t.pillar}"`,
        })
      }
      t.targets.forEach((ref, j) => {
        if (!targets.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', i, 'targets', j],
            message: `unknown target "${ref}"`,
          })
        }
      })
      if (t.due && !inPeriod(t.due)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'due'],
          message: 'due date outside the plan period',
        })
      }
    })
  })
  .describe('A plan with its pillars, targets and tasks')

/** @category Schemas */
export type Plan = z.output<typeof PlanSchema>
/** @category Schemas */
export type PlanInput = z.input<typeof PlanSchema>
