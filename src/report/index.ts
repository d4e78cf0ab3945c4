export { renderReportHtml } from './html.js'
export { type Lang, TARGET_STATUS_LABELS, TASK_STATUS_LABELS, UNIT_LABELS } from './labels.js'
export { type RenderReportOptions, renderReportMarkdown } from './markdown.js'
export { type RenderPlanMarkdownOptions, renderPlanMarkdown } from './plan-markdown.js'
