import type { TargetResult } from '../../schemas/result.js'
import { escapeHtml, fixed } from '../_format.js'
import { TARGET_STATUS_LABELS } from '../labels.js'

/**
 * An inline SVG bar gauge of one result: the scale, the target line, and the actual value as a
 * bar coloured by status. Percentages use 0–100; other units a scale of twice the target.
 */
export function renderGaugeSvg(result: TargetResult, title: string): string {
  const width = 260
  const barY = 26
  const target = result.expected.value
  const actual = result.actual?.published ?? null
  const max = result.unit === '%' ? 100 : Math.max((target ?? 0) * 2, (actual ?? 0) * 1.2, 1)
  const x = (v: number) => 10 + (Math.min(Math.max(v, 0), max) / max) * (width - 20)
  const colour = TARGET_STATUS_LABELS[result.status].colour
  const parts = [
    `<text x="10" y="14" class="gauge-title">${escapeHtml(title)}</text>`,
    `<rect x="10" y="${barY}" width="${width - 20}" height="12" rx="6" fill="#eaeef2"/>`,
  ]
  if (actual !== null)
    parts.push(
      `<rect x="10" y="${barY}" width="${x(actual) - 10}" height="12" rx="6" fill="${colour}"/>`,
    )
  if (target !== null) {
    parts.push(
      `<line x1="${x(target)}" x2="${x(target)}" y1="${barY - 4}" y2="${barY + 16}" stroke="#24292f" stroke-width="2"/>`,
    )
  }
  const digits = result.actual?.precision ?? 1
  const text = `${actual === null ? '—' : fixed(actual, digits)} / ${target === null ? '—' : fixed(target, digits)} ${result.unit}`
  parts.push(`<text x="10" y="${barY + 30}" class="gauge-value">${escapeHtml(text)}</text>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 64" width="${width}" height="64" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg>`
}
