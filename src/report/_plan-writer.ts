import type { LocalizedText } from '../schemas/common.js'
import type { Plan } from '../schemas/plan.js'
import type { Task } from '../schemas/task.js'
import { DOMAINS, RULE_SETS } from '../schemas/vocabulary.js'
import { formatReportDate, periodText } from './_format.js'
import {
  escapeMarkdown,
  formatInference,
  formatObjective,
  formatRequirement,
  formatWindow,
  inLang,
  TASK_KIND_LABELS,
} from './_markdown.js'
import { KINDS, LABELS } from './_plan-labels.js'
import type { Lang } from './labels.js'

/**
 * The sections of the plan document, in one language or in both (`lang` undefined): labels as
 * `编号：` / `Id:` / `编号 · Id:`, brackets and list separators of the language.
 */
export class PlanWriter {
  constructor(
    private readonly lang: Lang | undefined,
    private readonly h: (depth: number) => string,
  ) {}

  private text(t: LocalizedText): string {
    return inLang(t, this.lang)
  }

  private label(k: keyof typeof LABELS): string {
    return this.lang ? LABELS[k][this.lang] : `${LABELS[k].zh} · ${LABELS[k].en}`
  }

  /** `- 标签：值` in Chinese, `- Label: value` otherwise. */
  private item(k: keyof typeof LABELS, value: string): string {
    return `- ${this.label(k)}${this.lang === 'zh' ? '：' : ': '}${value}`
  }

  private paren(t: string): string {
    return this.lang === 'zh' ? `（${t}）` : ` (${t})`
  }

  private count(k: keyof typeof LABELS, n: number): string {
    return this.lang === 'zh' ? `${this.label(k)}（${n}项）` : `${this.label(k)} (${n})`
  }

  private none(k: 'none' | 'noTasks', both: string): string {
    return this.lang ? `${this.label(k)}${this.lang === 'zh' ? '。' : '.'}` : both
  }

  private listHead(k: keyof typeof LABELS): string {
    return `- ${this.label(k)}${this.lang === 'zh' ? '：' : ':'}`
  }

  /** The title, id, year, issuer, jurisdiction, inference and source. */
  identity(plan: Plan): string[] {
    const { lang } = this
    const out = [`${this.h(0)} ${escapeMarkdown(lang ? plan.title[lang] : plan.title.zh)}`, '']
    if (!lang) out.push(escapeMarkdown(plan.title.en), '')
    out.push(this.item('id', `\`${plan.id}\``))
    out.push(
      this.item(
        'year',
        lang === 'zh'
          ? `${plan.year}年${this.paren(periodText(plan.period.start, plan.period.end, 'zh'))}`
          : `${plan.year} (${plan.period.start} – ${plan.period.end})`,
      ),
    )
    out.push(this.item('issuer', this.text(plan.issuer)))
    out.push(this.item('jurisdiction', this.text(plan.jurisdiction)))
    if (plan.inferred) out.push(this.item('inferred', this.text(plan.inferred)))
    // The reference is a file name or an address: code in Chinese, where it is not a word.
    const reference =
      lang === 'zh' ? `\`${plan.source.reference}\`` : escapeMarkdown(plan.source.reference)
    const sha =
      lang === 'zh' ? `\`SHA-256 ${plan.source.sha256}\`` : `SHA-256 \`${plan.source.sha256}\``
    const sep = lang === 'zh' ? '，' : ', '
    out.push(
      this.item(
        'source',
        `${this.text(plan.source.title)}${this.paren(`${reference}${sep}${sha}`)}`,
      ),
    )
    if (plan.source.note) out.push(this.item('sourceNote', this.text(plan.source.note)))
    out.push('')
    return out
  }

  /** The table of targets and their notes. */
  targets(plan: Plan): string[] {
    const { lang } = this
    const out = [`${this.h(1)} ${this.count('targets', plan.targets.length)}`, '']
    if (plan.targets.length === 0) return [...out, this.none('none', '无 · None.'), '']
    const heads = (['id', 'target', 'requirement', 'scope', 'period', 'ruleSet'] as const).map(
      (k) => this.label(k),
    )
    out.push(`| ${heads.join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |')
    for (const t of plan.targets) {
      const period =
        lang === 'zh'
          ? periodText(t.period.start, t.period.end, 'zh')
          : `${t.period.start} – ${t.period.end}`
      const ruleSet =
        lang === 'zh' ? escapeMarkdown(RULE_SETS[t.ruleSet].name.zh) : `\`${t.ruleSet}\``
      out.push(
        `| \`${t.id}\` | ${this.text(t.title)} | ${formatRequirement(t, lang)} | ${this.text(t.scope)} | ${period} | ${ruleSet} |`,
      )
    }
    out.push('')
    const notes = plan.targets.flatMap((t) =>
      t.note ? [`- \`${t.id}\`${lang === 'zh' ? '：' : ': '}${this.text(t.note)}`] : [],
    )
    if (notes.length > 0)
      out.push(`${this.label('notes')}${lang === 'zh' ? '：' : ':'}`, '', ...notes, '')
    // One line for each inference (推断), with every target that shares it.
    const shared = new Map<string, string[]>()
    for (const t of plan.targets) {
      for (const inference of t.inferences ?? []) {
        const line = formatInference(inference, lang)
        shared.set(line, [...(shared.get(line) ?? []), `\`${t.id}\``])
      }
    }
    if (shared.size > 0) {
      const head =
        lang === 'zh'
          ? '推断（原文没有写明之处）：'
          : lang === 'en'
            ? 'Inferences (what the source does not state):'
            : '推断 · Inferences (what the source does not state):'
      const sep = lang === 'zh' ? '：' : ': '
      out.push(
        head,
        '',
        ...[...shared].map(
          ([line, ids]) => `- ${ids.join(lang === 'zh' ? '、' : ', ')}${sep}${line}`,
        ),
        '',
      )
    }
    return out
  }

  /** The count of tasks by pillar and kind. */
  taskCounts(plan: Plan, pillars: Plan['pillars']): string[] {
    const out = [`${this.h(1)} ${this.count('tasks', plan.tasks.length)}`, '']
    const kindHeads = KINDS.map((k) => this.text(TASK_KIND_LABELS[k]))
    out.push(`| ${this.label('pillar')} | ${kindHeads.join(' | ')} | ${this.label('total')} |`)
    out.push(`| --- | ${KINDS.map(() => '---:').join(' | ')} | ---: |`)
    const countRow = (name: string, tasks: Plan['tasks']) =>
      `| ${name} | ${KINDS.map((k) => tasks.filter((t) => t.kind === k).length).join(' | ')} | ${tasks.length} |`
    for (const p of pillars) {
      const title = escapeMarkdown(this.lang ? p.title[this.lang] : p.title.zh)
      out.push(
        countRow(
          `${p.order}. ${title}`,
          plan.tasks.filter((t) => t.pillar === p.id),
        ),
      )
    }
    out.push(countRow(this.label('total'), plan.tasks), '')
    return out
  }

  /** Every task under its pillar. */
  tasks(plan: Plan, pillars: Plan['pillars']): string[] {
    const out: string[] = []
    for (const p of pillars) {
      out.push(`${this.h(2)} ${p.order}. ${this.text(p.title)}`, '')
      const tasks = plan.tasks.filter((t) => t.pillar === p.id)
      if (tasks.length === 0) out.push(this.none('noTasks', '无 · No tasks.'), '')
      for (const t of tasks) out.push(...this.task(t))
    }
    return out
  }

  private task(t: Task): string[] {
    const { lang } = this
    const out = [`${this.h(3)} \`${t.id}\``, '']
    if (lang) out.push(escapeMarkdown(t.text[lang]), '')
    else out.push(escapeMarkdown(t.text.zh), '', escapeMarkdown(t.text.en), '')
    out.push(this.item('kind', this.text(TASK_KIND_LABELS[t.kind])))
    out.push(this.item('domain', this.text(DOMAINS[t.domain])))
    if (t.objective) out.push(this.item('objective', formatObjective(t.objective, lang)))
    if (t.windows?.length) {
      out.push(this.listHead('windows'), ...t.windows.map((w) => `  - ${formatWindow(w, lang)}`))
    }
    if (t.due) out.push(this.item('due', formatReportDate(t.due, lang ?? 'en')))
    if (t.documents?.length) {
      out.push(this.listHead('documents'), ...t.documents.map((d) => `  - ${this.text(d)}`))
    }
    if (t.targets.length > 0) {
      const ids = t.targets.map((id) => `\`${id}\``).join(lang === 'zh' ? '、' : ', ')
      out.push(this.item('servedTargets', ids))
    }
    const inferred = lang === 'zh' ? '推断：' : lang === 'en' ? 'Inferred: ' : '推断 · Inferred: '
    for (const inference of t.inferences ?? []) {
      out.push(`- ${inferred}${formatInference(inference, lang)}`)
    }
    const quote =
      t.source.quote === t.text.zh
        ? ''
        : `${lang === 'zh' ? '：' : ': '}${escapeMarkdown(t.source.quote)}`
    const paragraph = lang === 'zh' ? `第${t.source.paragraph}段` : `¶${t.source.paragraph}`
    out.push(this.item('quote', `${paragraph}${quote}`), '')
    return out
  }
}
