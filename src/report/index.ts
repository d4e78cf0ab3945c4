export { displayWidth } from '../_lib/display-width.js'
export { type RenderTextTableOptions, renderTextTable } from '../_lib/text-table.js'
export { escapeHtml, formatReportDate } from './_format.js'
export {
  bilingualMarkdown,
  escapeMarkdown,
  formatInference,
  formatObjective,
  formatRequirement,
  formatWindow,
  INFERENCE_FIELD_LABELS,
  TASK_KIND_LABELS,
} from './_markdown.js'
export { type RenderAirRankingTextOptions, renderAirRankingText } from './air-ranking-text.js'
export {
  type AirCityText,
  type AirStationDayText,
  type AirTextInput,
  type RenderAirTextOptions,
  renderAirText,
} from './air-text.js'
export {
  AQI_REPORT_KEYS,
  type AqiReport,
  aqiReportUnits,
  type RenderAqiTextOptions,
  renderAqiText,
} from './aqi-text.js'
export {
  type ChecklistCounts,
  type ChecklistSummary,
  type RenderChecklistTextOptions,
  renderChecklistText,
  summarizeChecklist,
} from './checklist-text.js'
export { renderReportHtml } from './html.js'
export { type Lang, TARGET_STATUS_LABELS, TASK_STATUS_LABELS, UNIT_LABELS } from './labels.js'
export { type RenderReportOptions, renderReportMarkdown } from './markdown.js'
export { type RenderPlanMarkdownOptions, renderPlanMarkdown } from './plan-markdown.js'
export {
  describeExpectation,
  filterPlan,
  type PlanFilters,
  type PlanSelection,
  type RenderPlanTextOptions,
  renderPlanText,
  selectPlanItems,
} from './plan-text.js'
export {
  type RenderWaterTextOptions,
  renderWaterText,
  type WaterComparisonText,
  type WaterSectionText,
  type WaterTextInput,
} from './water-text.js'
