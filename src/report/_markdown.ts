import type { LocalizedText } from '../schemas/common.js'
import type { Target } from '../schemas/target.js'
import type { Objective, TaskKind, TimeWindow } from '../schemas/task.js'
import type { Unit } from '../schemas/vocabulary.js'
import { formatReportDate, unitText } from './_format.js'
import type { Lang } from './labels.js'

/**
 * Escapes text so that Markdown shows it literally, on one line: the source masks names with
 * `*`, which would otherwise start emphasis (`*市 … *市`).
 *
 * @param text - the text
 * @returns the text with Markdown's special characters escaped and line breaks as spaces
 * @category Report
 * @example
 * ```ts
 * import { escapeMarkdown } from 'eco-targets'
 * escapeMarkdown('*市 PM2.5_日均') //=> '\\*市 PM2.5\\_日均'
 * ```
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_~[\]<>|&]/g, '\\$&')
  // A line that starts like a heading, quote, list item or numbered item would change block type.
  return inline.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * A text in both languages as the bilingual pages show it: `zh · en`, both escaped
 * ({@link escapeMarkdown}).
 *
 * @param text - the Chinese and English text
 * @returns `zh · en`
 * @category Report
 * @example
 * ```ts
 * import { bilingualMarkdown } from 'eco-targets'
 * bilingualMarkdown({ zh: '空气', en: 'Air' }) //=> '空气 · Air'
 * ```
 */
export function bilingualMarkdown(text: LocalizedText): string {
  return `${escapeMarkdown(text.zh)} · ${escapeMarkdown(text.en)}`
}

/** One language of a text, escaped, or both (`zh · en`) when no language is given. */
export function inLang(text: LocalizedText, lang?: Lang): string {
  return lang ? escapeMarkdown(text[lang]) : bilingualMarkdown(text)
}

/**
 * Chinese and English names of the task kinds, as the Markdown shows them.
 *
 * @category Report
 * @example
 * ```ts
 * import { TASK_KIND_LABELS } from 'eco-targets'
 * TASK_KIND_LABELS.oneOff //=> { zh: '一次性工作', en: 'One-off' }
 * ```
 */
export const TASK_KIND_LABELS: Readonly<Record<TaskKind, LocalizedText>> = {
  ongoing: { zh: '持续性工作', en: 'Ongoing duty' },
  oneOff: { zh: '一次性工作', en: 'One-off' },
  document: { zh: '形成文件', en: 'Document' },
  counted: { zh: '量化任务', en: 'Counted objective' },
}

// In one language the unit is a word of that language (650吨); the bilingual form keeps the code.
function formatValue(value: number, unit: Unit, lang: Lang | undefined): string {
  if (unit === 'count') return String(value)
  if (!lang) return unit === '%' ? `${value}%` : `${value} ${unit}`
  return `${value}${unitText(unit, lang)}`
}

function requirement(target: Target, lang: Lang, unitLang: Lang | undefined): string {
  const base = target.baseYear ?? '?'
  const zh = lang === 'zh'
  switch (target.comparator) {
    case 'atLeast':
    case 'atMost':
    case 'equals': {
      const sign = { atLeast: '≥', atMost: '≤', equals: '=' }[target.comparator]
      return target.value === null
        ? `${sign} ?`
        : `${sign} ${formatValue(target.value, target.unit, unitLang)}`
    }
    case 'decrease':
      if (target.value === null) return zh ? `较${base}年减少` : `Decrease from base year ${base}`
      return zh
        ? `较${base}年至少减少${target.value}%`
        : `Decrease by at least ${target.value}% from base year ${base}`
    case 'reachReduction':
      return zh
        ? `达到下达的减排目标（基准年${base}）`
        : `Reach the assigned reduction (base year ${base})`
  }
}

/**
 * The requirement of a target, e.g. `≥ 91.6%`, or words for the reduction comparators; in one
 * language, or in both (`zh · en`) when none is given.
 *
 * @param target - a target of a plan
 * @param lang - the language, or none for both
 * @returns the requirement as Markdown text
 * @category Report
 * @example
 * ```ts
 * import { formatRequirement } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const [goodDays] = plan2022.targets // air.good-days-ratio
 * formatRequirement(goodDays!, 'zh') //=> '≥ 91.6%'
 * ```
 */
export function formatRequirement(target: Target, lang?: Lang): string {
  if (lang) return requirement(target, lang, lang)
  const zh = requirement(target, 'zh', undefined)
  const en = requirement(target, 'en', undefined)
  return zh === en ? zh : `${zh} · ${en}`
}

/**
 * Chinese and English names of the fields of a target or task that an inference is about.
 *
 * @category Report
 * @example
 * ```ts
 * import { INFERENCE_FIELD_LABELS } from 'eco-targets'
 * INFERENCE_FIELD_LABELS.baseYear //=> { zh: '基准年', en: 'base year' }
 * ```
 */
export const INFERENCE_FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  pillar: { zh: '所属大任务', en: 'pillar' },
  domain: { zh: '领域', en: 'domain' },
  title: { zh: '名称', en: 'title' },
  metric: { zh: '指标口径', en: 'metric' },
  pollutant: { zh: '污染物', en: 'pollutant' },
  comparator: { zh: '比较方式', en: 'comparison' },
  value: { zh: '目标值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  precision: { zh: '修约位数', en: 'decimals' },
  baseYear: { zh: '基准年', en: 'base year' },
  scope: { zh: '范围', en: 'scope' },
  period: { zh: '期间', en: 'period' },
  ruleSet: { zh: '评价规则', en: 'rule set' },
  text: { zh: '内容', en: 'text' },
  kind: { zh: '类型', en: 'kind' },
  objective: { zh: '量化目标', en: 'objective' },
  windows: { zh: '时段', en: 'windows' },
  due: { zh: '期限', en: 'due date' },
  documents: { zh: '文件', en: 'documents' },
  targets: { zh: '服务指标', en: 'targets served' },
}

/**
 * An inference as `基准年：<zh>` in one language, or `基准年 · base year: <zh> · <en>` in both;
 * callers mark it 推断 · Inferred.
 *
 * @param inference - the field the inference is about and its note
 * @param lang - the language, or none for both
 * @returns the inference as Markdown text
 * @category Report
 * @example
 * ```ts
 * import { formatInference } from 'eco-targets'
 * const inference = { field: 'baseYear', note: { zh: '按上年计', en: 'the year before' } }
 * formatInference(inference, 'zh') //=> '基准年：按上年计'
 * formatInference(inference)       //=> '基准年 · base year: 按上年计 · the year before'
 * ```
 */
export function formatInference(
  inference: { readonly field: string; readonly note: LocalizedText },
  lang?: Lang,
): string {
  const label = INFERENCE_FIELD_LABELS[inference.field] ?? {
    zh: inference.field,
    en: inference.field,
  }
  if (lang === 'zh') return `${escapeMarkdown(label.zh)}：${escapeMarkdown(inference.note.zh)}`
  if (lang === 'en') return `${escapeMarkdown(label.en)}: ${escapeMarkdown(inference.note.en)}`
  return `${bilingualMarkdown(label)}: ${bilingualMarkdown(inference.note)}`
}

/**
 * A counted or rate objective of a task, in one language or both.
 *
 * @param objective - the objective
 * @param lang - the language, or none for both
 * @returns the objective as Markdown text
 * @category Report
 * @example
 * ```ts
 * import { formatObjective } from 'eco-targets'
 * const objective = {
 *   kind: 'count',
 *   value: 13,
 *   unit: { zh: '家', en: 'units' },
 *   subject: { zh: '重点排放单位清缴履约', en: 'allowance surrenders' },
 *   metric: 'allowanceComplianceRatio',
 * } as const
 * formatObjective(objective, 'zh') //=> '13家：重点排放单位清缴履约'
 * formatObjective(objective, 'en') //=> '13 units: allowance surrenders'
 * ```
 */
export function formatObjective(objective: Objective, lang?: Lang): string {
  if (objective.kind === 'count') {
    const zh = `${objective.value}${objective.unit.zh}：${objective.subject.zh}`
    const en = `${objective.value} ${objective.unit.en}: ${objective.subject.en}`
    return lang
      ? escapeMarkdown(lang === 'zh' ? zh : en)
      : `${escapeMarkdown(zh)} · ${escapeMarkdown(en)}`
  }
  const zh = `${objective.subject.zh}${objective.value}%`
  const en = `${objective.subject.en}: ${objective.value}%`
  if (lang) return escapeMarkdown(lang === 'zh' ? zh : en)
  return `${escapeMarkdown(zh)} · ${escapeMarkdown(en)} (\`${objective.metric}\`)`
}

/**
 * A dated window, e.g. `2022年北京冬奥会 · Beijing 2022 Winter Olympics: 2022-02-04 – 2022-02-20`,
 * or in Chinese alone `2022年北京冬奥会：2022年2月4日至2022年2月20日`.
 *
 * @param window - the window of a task
 * @param lang - the language, or none for both
 * @returns the window as Markdown text
 * @category Report
 * @example
 * ```ts
 * import { formatWindow } from 'eco-targets'
 * const games = {
 *   label: { zh: '2022年北京冬奥会', en: 'Beijing 2022 Winter Olympics' },
 *   start: '2022-02-04',
 *   end: '2022-02-20',
 * }
 * formatWindow(games, 'zh') //=> '2022年北京冬奥会：2022年2月4日至2022年2月20日'
 * formatWindow(games, 'en') //=> 'Beijing 2022 Winter Olympics: 2022-02-04 – 2022-02-20'
 * ```
 */
export function formatWindow(window: TimeWindow, lang?: Lang): string {
  if (lang === 'zh') {
    return `${escapeMarkdown(window.label.zh)}：${formatReportDate(window.start, 'zh')}至${formatReportDate(window.end, 'zh')}`
  }
  return `${inLang(window.label, lang)}: ${window.start} – ${window.end}`
}
