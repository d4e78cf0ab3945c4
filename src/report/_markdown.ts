import type { LocalizedText } from '../schemas/common.js'
import type { Target } from '../schemas/target.js'
import type { Objective, TaskKind, TimeWindow } from '../schemas/task.js'
import type { Unit } from '../schemas/vocabulary.js'

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

/** Chinese and English names of the task kinds, as the Markdown shows them. */
export const KIND_LABELS: Readonly<Record<TaskKind, LocalizedText>> = {
  ongoing: { zh: '持续性工作', en: 'Ongoing duty' },
  oneOff: { zh: '一次性工作', en: 'One-off' },
  document: { zh: '形成文件', en: 'Document' },
  counted: { zh: '量化任务', en: 'Counted objective' },
}

function formatValue(value: number, unit: Unit): string {
  if (unit === '%') return `${value}%`
  if (unit === 'count') return String(value)
  return `${value} ${unit}`
}

/** The requirement of a target, e.g. `≥ 91.6%`, or words for the reduction comparators. */
export function formatRequirement(target: Target): string {
  const base = target.baseYear ?? '?'
  switch (target.comparator) {
    case 'atLeast':
    case 'atMost':
    case 'equals': {
      const sign = { atLeast: '≥', atMost: '≤', equals: '=' }[target.comparator]
      return target.value === null
        ? `${sign} ?`
        : `${sign} ${formatValue(target.value, target.unit)}`
    }
    case 'decrease':
      return target.value === null
        ? `较${base}年减少 · Decrease from base year ${base}`
        : `较${base}年至少减少${target.value}% · Decrease by at least ${target.value}% from base year ${base}`
    case 'reachReduction':
      // The plan names who assigns the reduction (自治区 in 2022); the requirement does not
      // paraphrase it, the target's note carries it.
      return `达到下达的减排目标（基准年${base}） · Reach the assigned reduction (base year ${base})`
  }
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

/** An inference as `基准年 · base year: <zh> · <en>`; callers mark it 推断 · Inferred. */
export function formatInference(inference: {
  readonly field: string
  readonly note: LocalizedText
}): string {
  const label = INFERENCE_FIELD_LABELS[inference.field] ?? {
    zh: inference.field,
    en: inference.field,
  }
  return `${bilingual(label)}: ${bilingual(inference.note)}`
}

/** A counted or rate objective in both languages. */
export function formatObjective(objective: Objective): string {
  if (objective.kind === 'count') {
    const zh = `${objective.value}${objective.unit.zh}：${objective.subject.zh}`
    const en = `${objective.value} ${objective.unit.en}: ${objective.subject.en}`
    return `${escapeMarkdown(zh)} · ${escapeMarkdown(en)}`
  }
  const zh = `${objective.subject.zh}${objective.value}%`
  const en = `${objective.subject.en}: ${objective.value}%`
  return `${escapeMarkdown(zh)} · ${escapeMarkdown(en)} (\`${objective.metric}\`)`
}

/** A dated window, e.g. `2022年北京冬奥会 · Beijing 2022 Winter Olympics: 2022-02-04 – 2022-02-20`. */
export function formatWindow(window: TimeWindow): string {
  return `${bilingual(window.label)}: ${window.start} – ${window.end}`
}
