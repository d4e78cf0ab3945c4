import type { LocalizedText } from '../schemas/common.js'
import type { TaskKind } from '../schemas/task.js'

/** The task kinds in the order the plan document counts them. */
export const KINDS: readonly TaskKind[] = ['ongoing', 'oneOff', 'document', 'counted']

/** The labels of the plan document in both languages. */
export const LABELS = {
  id: { zh: '编号', en: 'Id' },
  year: { zh: '年度', en: 'Year' },
  issuer: { zh: '发布机关', en: 'Issuer' },
  jurisdiction: { zh: '辖区', en: 'Jurisdiction' },
  inferred: { zh: '推断', en: 'Inferred' },
  source: { zh: '来源', en: 'Source' },
  sourceNote: { zh: '来源说明', en: 'Source note' },
  targets: { zh: '具体指标', en: 'Targets' },
  target: { zh: '指标', en: 'Target' },
  requirement: { zh: '要求', en: 'Requirement' },
  scope: { zh: '范围', en: 'Scope' },
  period: { zh: '期间', en: 'Period' },
  ruleSet: { zh: '规则', en: 'Rule set' },
  notes: { zh: '说明', en: 'Notes' },
  tasks: { zh: '重点工作', en: 'Tasks' },
  pillar: { zh: '大任务', en: 'Pillar' },
  total: { zh: '合计', en: 'Total' },
  none: { zh: '无', en: 'None' },
  noTasks: { zh: '无', en: 'No tasks' },
  kind: { zh: '类型', en: 'Kind' },
  domain: { zh: '领域', en: 'Domain' },
  objective: { zh: '目标', en: 'Objective' },
  windows: { zh: '时段', en: 'Windows' },
  due: { zh: '期限', en: 'Due' },
  documents: { zh: '文件', en: 'Documents' },
  servedTargets: { zh: '服务指标', en: 'Targets' },
  quote: { zh: '出处', en: 'Source' },
} as const satisfies Record<string, LocalizedText>
