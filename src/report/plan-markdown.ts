import type { Plan } from '../schemas/plan.js'
import { PlanWriter } from './_plan-writer.js'
import type { Lang } from './labels.js'

/** Options of {@link renderPlanMarkdown}. @category Report */
export interface RenderPlanMarkdownOptions {
  /**
   * Level of the title heading, 1–3 (default 1); sections are one level below, pillars two and
   * tasks three, so the document can be embedded under a heading of its host page.
   */
  readonly headingLevel?: number
  /**
   * One language only: `zh` (Chinese labels, dates and punctuation; rule sets by name) or `en`.
   * Without it the document is bilingualMarkdown, each label and text as `zh · en`, for reviewing the
   * data against the source and its translation.
   */
  readonly lang?: Lang
}

/**
 * Renders a plan as a Markdown document: its identity and source, a table of the targets, a
 * count of tasks by pillar and kind, then every task under its pillar with its kind, domain,
 * objective, windows, due date, documents, target links and source paragraph. Bilingual (zh/en)
 * by default; with `lang` in one language.
 *
 * Pillars are listed by `order` and tasks in plan order. All free text is escaped, so names that
 * the source masks with `*` stay literal.
 *
 * @param plan - Any plan (validate it with `PlanSchema` first when it comes from outside).
 * @param options - See {@link RenderPlanMarkdownOptions}.
 * @returns The Markdown text, ending with a newline.
 * @throws Error naming `tasks[i].pillar` when a task refers to a pillar the plan lacks, and
 *   RangeError for a heading level outside 1–3.
 * @category Report
 * @see `src/plans/2022/snapshot.md`, this function's rendering of the 2022 plan.
 * @example
 * ```ts
 * import { renderPlanMarkdown } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * renderPlanMarkdown(plan2022).split('\n')[0]
 * //=> '# \\*市2022年生态环境保护工作要点'
 * renderPlanMarkdown(plan2022, { lang: 'zh' }).split('\n')[2]
 * //=> '- 编号：`plan-2022`'
 * ```
 */
export function renderPlanMarkdown(plan: Plan, options: RenderPlanMarkdownOptions = {}): string {
  const level = options.headingLevel ?? 1
  if (!Number.isInteger(level) || level < 1 || level > 3) {
    throw new RangeError(`options.headingLevel: expected an integer from 1 to 3, got ${level}`)
  }
  const pillarIds = new Set(plan.pillars.map((p) => p.id))
  plan.tasks.forEach((task, i) => {
    if (!pillarIds.has(task.pillar)) {
      throw new Error(`tasks[${i}].pillar: unknown pillar "${task.pillar}"`)
    }
  })
  const pillars = [...plan.pillars].sort((a, b) => a.order - b.order)
  const w = new PlanWriter(options.lang, (depth) => '#'.repeat(level + depth))
  const out = [
    ...w.identity(plan),
    ...w.targets(plan),
    ...w.taskCounts(plan, pillars),
    ...w.tasks(plan, pillars),
  ]
  return `${out.join('\n').trimEnd()}\n`
}
