import type { Plan } from '../schemas/plan.js'
import type { TaskKind } from '../schemas/task.js'
import { DOMAINS } from '../schemas/vocabulary.js'
import {
  bilingual,
  escapeMarkdown,
  formatInference,
  formatObjective,
  formatRequirement,
  formatWindow,
  KIND_LABELS,
} from './_markdown.js'

/** Options of {@link renderPlanMarkdown}. @category Report */
export interface RenderPlanMarkdownOptions {
  /**
   * Level of the title heading, 1–3 (default 1); sections are one level below, pillars two and
   * tasks three, so the document can be embedded under a heading of its host page.
   */
  readonly headingLevel?: number
}

const KINDS: readonly TaskKind[] = ['ongoing', 'oneOff', 'document', 'counted']

/**
 * Renders a plan as a bilingual (zh/en) Markdown document: its identity and source, a table of
 * the targets with their notes and inferences (推断: what the data read into the source), a count
 * of tasks by pillar and kind, then every task under its pillar with its kind, domain,
 * objective, windows, due date, documents, target links, inferences and source paragraph.
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
 * ```
 */
export function renderPlanMarkdown(plan: Plan, options: RenderPlanMarkdownOptions = {}): string {
  const level = options.headingLevel ?? 1
  if (!Number.isInteger(level) || level < 1 || level > 3) {
    throw new RangeError(`options.headingLevel: expected an integer from 1 to 3, got ${level}`)
  }
  const h = (depth: number) => '#'.repeat(level + depth)
  const pillarIds = new Set(plan.pillars.map((p) => p.id))
  plan.tasks.forEach((task, i) => {
    if (!pillarIds.has(task.pillar)) {
      throw new Error(`tasks[${i}].pillar: unknown pillar "${task.pillar}"`)
    }
  })
  const pillars = [...plan.pillars].sort((a, b) => a.order - b.order)
  const out: string[] = []

  out.push(`${h(0)} ${escapeMarkdown(plan.title.zh)}`, '', escapeMarkdown(plan.title.en), '')
  out.push(`- 编号 · Id: \`${plan.id}\``)
  out.push(`- 年度 · Year: ${plan.year} (${plan.period.start} – ${plan.period.end})`)
  out.push(`- 发布机关 · Issuer: ${bilingual(plan.issuer)}`)
  out.push(`- 辖区 · Jurisdiction: ${bilingual(plan.jurisdiction)}`)
  if (plan.inferred) out.push(`- 推断 · Inferred: ${bilingual(plan.inferred)}`)
  out.push(
    `- 来源 · Source: ${bilingual(plan.source.title)} (${escapeMarkdown(plan.source.reference)}, SHA-256 \`${plan.source.sha256}\`)`,
  )
  if (plan.source.note) out.push(`- 来源说明 · Source note: ${bilingual(plan.source.note)}`)
  out.push('')

  out.push(`${h(1)} 具体指标 · Targets (${plan.targets.length})`, '')
  if (plan.targets.length === 0) out.push('无 · None.', '')
  else {
    out.push(
      '| 编号 · Id | 指标 · Target | 要求 · Requirement | 范围 · Scope | 期间 · Period | 规则 · Rule set |',
    )
    out.push('| --- | --- | --- | --- | --- | --- |')
    for (const t of plan.targets) {
      const scope = `${escapeMarkdown(t.scope.zh)} · ${escapeMarkdown(t.scope.en)}`
      out.push(
        `| \`${t.id}\` | ${bilingual(t.title)} | ${formatRequirement(t)} | ${scope} | ${t.period.start} – ${t.period.end} | \`${t.ruleSet}\` |`,
      )
    }
    out.push('')
    const notes = plan.targets.flatMap((t) =>
      t.note ? [`- \`${t.id}\`: ${bilingual(t.note)}`] : [],
    )
    if (notes.length > 0) out.push('说明 · Notes:', '', ...notes, '')
    // One line for each inference, with every target that shares it.
    const shared = new Map<string, { ids: string[]; line: string }>()
    for (const t of plan.targets) {
      for (const inference of t.inferences ?? []) {
        const line = formatInference(inference)
        const entry = shared.get(line) ?? { ids: [], line }
        entry.ids.push(`\`${t.id}\``)
        shared.set(line, entry)
      }
    }
    if (shared.size > 0) {
      out.push(
        '推断 · Inferences (what the source does not state):',
        '',
        ...[...shared.values()].map((e) => `- ${e.ids.join(', ')}: ${e.line}`),
        '',
      )
    }
  }

  out.push(`${h(1)} 重点工作 · Tasks (${plan.tasks.length})`, '')
  const kindHeads = KINDS.map((k) => `${KIND_LABELS[k].zh} · ${KIND_LABELS[k].en}`)
  out.push(`| 大任务 · Pillar | ${kindHeads.join(' | ')} | 合计 · Total |`)
  out.push(`| --- | ${KINDS.map(() => '---:').join(' | ')} | ---: |`)
  const countRow = (label: string, tasks: Plan['tasks']) =>
    `| ${label} | ${KINDS.map((k) => tasks.filter((t) => t.kind === k).length).join(' | ')} | ${tasks.length} |`
  for (const p of pillars) {
    out.push(
      countRow(
        `${p.order}. ${escapeMarkdown(p.title.zh)}`,
        plan.tasks.filter((t) => t.pillar === p.id),
      ),
    )
  }
  out.push(countRow('合计 · Total', plan.tasks), '')

  for (const p of pillars) {
    out.push(`${h(2)} ${p.order}. ${bilingual(p.title)}`, '')
    const tasks = plan.tasks.filter((t) => t.pillar === p.id)
    if (tasks.length === 0) out.push('无 · No tasks.', '')
    for (const t of tasks) {
      out.push(
        `${h(3)} \`${t.id}\``,
        '',
        escapeMarkdown(t.text.zh),
        '',
        escapeMarkdown(t.text.en),
        '',
      )
      out.push(`- 类型 · Kind: ${bilingual(KIND_LABELS[t.kind])}`)
      out.push(`- 领域 · Domain: ${bilingual(DOMAINS[t.domain])}`)
      if (t.objective) out.push(`- 目标 · Objective: ${formatObjective(t.objective)}`)
      if (t.windows?.length) {
        out.push('- 时段 · Windows:', ...t.windows.map((w) => `  - ${formatWindow(w)}`))
      }
      if (t.due) out.push(`- 期限 · Due: ${t.due}`)
      if (t.documents?.length) {
        out.push('- 文件 · Documents:', ...t.documents.map((d) => `  - ${bilingual(d)}`))
      }
      if (t.targets.length > 0) {
        out.push(`- 服务指标 · Targets: ${t.targets.map((id) => `\`${id}\``).join(', ')}`)
      }
      for (const inference of t.inferences ?? []) {
        out.push(`- 推断 · Inferred: ${formatInference(inference)}`)
      }
      const quote = t.source.quote === t.text.zh ? '' : `: ${escapeMarkdown(t.source.quote)}`
      out.push(`- 出处 · Source: ¶${t.source.paragraph}${quote}`, '')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
