import type { LocalizedText } from '../schemas/common.js'
import type { TargetStatus } from '../schemas/result.js'
import type { TaskStatus } from '../schemas/task-status.js'
import type { Comparator, Unit } from '../schemas/vocabulary.js'

/** A report language. @category Report */
export type Lang = 'zh' | 'en'

/**
 * Words and colours for target statuses in reports.
 *
 * @category Report
 * @example
 * ```ts
 * import { TARGET_STATUS_LABELS } from 'eco-targets'
 * TARGET_STATUS_LABELS.atRisk.zh //=> '存在风险'
 * ```
 */
export const TARGET_STATUS_LABELS: Readonly<
  Record<TargetStatus, LocalizedText & { colour: string }>
> = {
  met: { zh: '达标', en: 'Met', colour: '#1a7f37' },
  onTrack: { zh: '进度正常', en: 'On track', colour: '#2da44e' },
  atRisk: { zh: '存在风险', en: 'At risk', colour: '#bf8700' },
  notMet: { zh: '未达标', en: 'Not met', colour: '#cf222e' },
  unreachable: { zh: '年内无法达标', en: 'Unreachable', colour: '#82071e' },
  insufficientData: { zh: '数据不足', en: 'Insufficient data', colour: '#6e7781' },
}

/**
 * Words for task statuses in reports.
 *
 * @category Report
 * @example
 * ```ts
 * import { TASK_STATUS_LABELS } from 'eco-targets'
 * TASK_STATUS_LABELS.inProgress.en //=> 'In progress'
 * ```
 */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, LocalizedText>> = {
  notStarted: { zh: '未开始', en: 'Not started' },
  inProgress: { zh: '推进中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  blocked: { zh: '受阻', en: 'Blocked' },
  notApplicable: { zh: '不适用', en: 'Not applicable' },
}

/**
 * Words for the units of target values in reports. Symbols of the SI and of the standards stay
 * as they are in both languages (`µg/m³`, `mg/L`, `%`); units that are words are translated
 * (`t` is 吨 in Chinese, a count has the measure word 个).
 *
 * @category Report
 * @example
 * ```ts
 * import { UNIT_LABELS } from 'eco-targets'
 * UNIT_LABELS.t //=> { zh: '吨', en: 't' }
 * UNIT_LABELS['µg/m³'].zh //=> 'µg/m³'
 * ```
 */
export const UNIT_LABELS: Readonly<Record<Unit, LocalizedText>> = {
  '%': { zh: '%', en: '%' },
  'µg/m³': { zh: 'µg/m³', en: 'µg/m³' },
  'mg/m³': { zh: 'mg/m³', en: 'mg/m³' },
  'mg/L': { zh: 'mg/L', en: 'mg/L' },
  t: { zh: '吨', en: 't' },
  tCO2: { zh: '吨二氧化碳', en: 'tCO2' },
  days: { zh: '天', en: 'days' },
  count: { zh: '个', en: '' },
}

/** Words for comparators, placed before the value ("≥ 91.6 %"). */
export const COMPARATOR_SIGNS: Readonly<Record<Comparator, LocalizedText>> = {
  atLeast: { zh: '≥', en: '≥' },
  atMost: { zh: '≤', en: '≤' },
  equals: { zh: '=', en: '=' },
  decrease: { zh: '下降', en: 'decrease' },
  reachReduction: { zh: '完成下达减排量', en: 'reach assigned reduction' },
}

/** Fixed words of the reports. */
export const WORDS = {
  asOf: { zh: '评估日期', en: 'As of' },
  period: { zh: '评估期', en: 'Period' },
  targets: { zh: '目标指标', en: 'Targets' },
  target: { zh: '指标', en: 'Target' },
  goal: { zh: '目标值', en: 'Goal' },
  actual: { zh: '实际值', en: 'Actual' },
  status: { zh: '状态', en: 'Status' },
  margin: { zh: '差距', en: 'Margin' },
  reachability: { zh: '年内可达性', en: 'Within-year reachability' },
  objectives: { zh: '任务量化目标', en: 'Task objectives' },
  checklist: { zh: '重点工作清单', en: 'Task checklist' },
  pillar: { zh: '大任务', en: 'Pillar' },
  total: { zh: '合计', en: 'Total' },
  overdue: { zh: '逾期', en: 'Overdue' },
  counted: { zh: '量化任务进度', en: 'Counted tasks' },
  atRiskTasks: { zh: '服务于风险指标的任务', en: 'Tasks serving targets at risk' },
  calendar: { zh: '空气质量日历', en: 'Air-quality calendar' },
  dust: { zh: '沙尘', en: 'dust' },
  noData: { zh: '无数据', en: 'no data' },
  days: { zh: '天', en: 'days' },
  ruleSets: { zh: '评价依据', en: 'Rule sets' },
  none: { zh: '无', en: 'none' },
  explanation: { zh: '说明', en: 'Explanation' },
  due: { zh: '截止', en: 'due' },
  objective: { zh: '目标', en: 'objective' },
  summary: { zh: '达标情况', en: 'Summary' },
} as const satisfies Record<string, LocalizedText>
