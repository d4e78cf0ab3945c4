import type { TargetResult } from '../../schemas/result.js'
import { escapeHtml, fixed, unitText } from '../_format.js'
import { type Lang, TARGET_STATUS_LABELS } from '../labels.js'
import { textWidth } from './aqi-calendar.js'

/**
 * Splits a title into at most two lines that fit `width` pixels at 12 px, breaking at spaces
 * (anywhere in CJK text); a title longer than two lines ends with an ellipsis.
 */
export function wrapGaugeTitle(title: string, width: number): string[] {
  const fits = (t: string) => textWidth(t, 12) <= width
  const lines: string[] = []
  let rest = title.trim()
  while (rest && lines.length < 2) {
    if (fits(rest)) {
      lines.push(rest)
      rest = ''
      break
    }
    let cut = rest.length
    while (cut > 1 && !fits(rest.slice(0, cut))) cut--
    const space = rest.lastIndexOf(' ', cut)
    const at = space > 0 ? space : cut
    lines.push(rest.slice(0, at).trimEnd())
    rest = rest.slice(at).trimStart()
  }
  if (rest) {
    let last = lines.pop() ?? ''
    while (last && !fits(`${last}…`)) last = last.slice(0, -1)
    lines.push(`${last.trimEnd()}…`)
  }
  return lines
}

/**
 * An inline SVG bar gauge of one result: the scale, the target line, and the actual value as a
 * bar coloured by status. Percentages use 0–100; other units a scale of twice the target.
 */
export function renderGaugeSvg(result: TargetResult, title: string, lang: Lang): string {
  const width = 260
  const lines = wrapGaugeTitle(title, width - 20)
  const barY = 40
  const target = result.expected.value
  const actual = result.actual?.published ?? null
  const max = result.unit === '%' ? 100 : Math.max((target ?? 0) * 2, (actual ?? 0) * 1.2, 1)
  const x = (v: number) => 10 + (Math.min(Math.max(v, 0), max) / max) * (width - 20)
  const colour = TARGET_STATUS_LABELS[result.status].colour
  const parts = [
    `<title>${escapeHtml(title)}</title>`,
    ...lines.map(
      (line, i) => `<text x="10" y="${14 + i * 14}" class="gauge-title">${escapeHtml(line)}</text>`,
    ),
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
  const text = `${actual === null ? '—' : fixed(actual, digits)} / ${target === null ? '—' : fixed(target, digits)}${unitText(result.unit, lang)}`
  parts.push(`<text x="10" y="${barY + 30}" class="gauge-value">${escapeHtml(text)}</text>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 78" width="${width}" height="78" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg>`
}
