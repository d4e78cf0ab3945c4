export { renderReportHtml } from './html.js'
export { type Lang, TARGET_STATUS_LABELS, TASK_STATUS_LABELS } from './labels.js'
export { type RenderReportOptions, renderReportMarkdown } from './markdown.js'
