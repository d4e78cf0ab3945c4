import type { LocalizedText } from '../schemas/common.js'
import type { Target } from '../schemas/target.js'
import type { Objective, TaskKind, TimeWindow } from '../schemas/task.js'
import type { Unit } from '../schemas/vocabulary.js'
import { dateText, unitText } from './_format.js'
import type { Lang } from './labels.js'

/**
 * Escapes text so that Markdown shows it literally, on one line: the source masks names with
 * `*`, which would otherwise start emphasis (`*市 … *市`).
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_~[\]<>|&]/g, '\\$&')
  // A line that starts like a heading, quote, list item or numbered item would change block type.
  return inline.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** `zh · en`, both escaped. */
export function bilingual(text: LocalizedText): string {
  return `${escapeMarkdown(text.zh)} · ${escapeMarkdown(text.en)}`
}

/** One language of a text, escaped, or both (`zh · en`) when no language is given. */
export function inLang(text: LocalizedText, lang?: Lang): string {
  return lang ? escapeMarkdown(text[lang]) : bilingual(text)
}

/** Chinese and English names of the task kinds, as the Markdown shows them. */
export const KIND_LABELS: Readonly<Record<TaskKind, LocalizedText>> = {
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
 */
export function formatRequirement(target: Target, lang?: Lang): string {
  if (lang) return requirement(target, lang, lang)
  const zh = requirement(target, 'zh', undefined)
  const en = requirement(target, 'en', undefined)
  return zh === en ? zh : `${zh} · ${en}`
}

/** Chinese and English names of the fields of a target or task that an inference is about. */
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
  return `${bilingual(label)}: ${bilingual(inference.note)}`
}

/** A counted or rate objective, in one language or both. */
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
 */
export function formatWindow(window: TimeWindow, lang?: Lang): string {
  if (lang === 'zh') {
    return `${escapeMarkdown(window.label.zh)}：${dateText(window.start, 'zh')}至${dateText(window.end, 'zh')}`
  }
  return `${inLang(window.label, lang)}: ${window.start} – ${window.end}`
}
