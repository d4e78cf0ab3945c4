import type { TaskProgress } from '../schemas/checklist.js'
import type { PlanEvaluation } from '../schemas/evaluation.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetStatus } from '../schemas/result.js'
import { RULE_SETS } from '../schemas/vocabulary.js'
import { bracketed, titleOf } from './_format.js'
import { type Lang, TARGET_STATUS_LABELS, WORDS } from './labels.js'

/**
 * The progress of a counted task against its objective, with the counting word of the plan:
 * `43/45个` and `53.3%（目标50%）` in Chinese, `43 / 45 administrative villages` and
 * `53.3% (objective 50%)` in English.
 */
export function progressText(task: TaskProgress, plan: Plan, lang: Lang): string {
  const p = task.progress
  if (!p) return ''
  const value = p.value === null ? '—' : String(p.value)
  const objective = plan.tasks.find((t) => t.id === task.task)?.objective
  if (objective?.kind === 'rate' || p.unit === '%') {
    const shown = p.value === null ? '—' : `${value}%`
    return `${shown}${bracketed(`${WORDS.objective[lang]}${lang === 'zh' ? '' : ' '}${p.objective}%`, lang)}`
  }
  const unit = objective?.kind === 'count' ? objective.unit[lang] : p.unit
  return lang === 'zh' ? `${value}/${p.objective}${unit}` : `${value} / ${p.objective} ${unit}`
}

/** A target that is at risk, not met or unreachable, with the titles of the tasks serving it. */
export interface AtRiskEntry {
  readonly title: string
  readonly status: string
  readonly tasks: readonly { readonly id: string; readonly title: string }[]
}

/** The checklist's targets at risk with their status words and the titles of their tasks. */
export function atRiskEntries(evaluation: PlanEvaluation, plan: Plan, lang: Lang): AtRiskEntry[] {
  const c = evaluation.checklist
  if (!c) return []
  const titles = new Map(c.tasks.map((t) => [t.task, t.title[lang]]))
  return c.atRisk.map((r) => ({
    title: titleOf(plan, r.target, lang),
    status: TARGET_STATUS_LABELS[r.status as TargetStatus]?.[lang] ?? r.status,
    tasks: r.tasks.map((id) => ({
      id,
      title: titles.get(id) ?? plan.tasks.find((t) => t.id === id)?.text[lang] ?? id,
    })),
  }))
}

/**
 * A document as a Chinese text cites it: a standard or a document number as written
 * (`HJ 633-2012`, `环办〔2011〕22号`), any other title in 《》 with its number after it
 * (`《土壤污染防治行动计划》（国发〔2016〕31号）`).
 */
export function citedDocument(doc: string): string {
  if (!/^[\u4e00-\u9fff]/.test(doc) || /^[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号$/.test(doc)) return doc
  const numbered = /^(.+?)(（[^（）]*(?:〔\d{4}〕\d+号|令第\d+号)）)$/.exec(doc)
  return numbered ? `《${numbered[1]}》${numbered[2]}` : `《${doc}》`
}

/** The rule sets the results rest on, by name, each with the documents it is pinned to. */
export function ruleSetEntries(
  evaluation: PlanEvaluation,
  lang: Lang,
): { readonly name: string; readonly documents: readonly string[] }[] {
  const ids = [...new Set([...evaluation.targets, ...evaluation.objectives].map((r) => r.ruleSet))]
  return ids.map((id) => ({
    name: RULE_SETS[id].name[lang],
    documents: lang === 'zh' ? RULE_SETS[id].documents.map(citedDocument) : RULE_SETS[id].documents,
  }))
}

/** The count of targets by status, e.g. `达标 9 · 未达标 3`, as status and count pairs. */
export function statusCounts(
  summary: Readonly<Record<string, number>>,
): readonly (readonly [TargetStatus, number])[] {
  return Object.entries(summary)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => [s as TargetStatus, n] as const)
}
