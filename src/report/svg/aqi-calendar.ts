import type { AirCalendarDay } from '../../schemas/evaluation.js'
import { escapeHtml } from '../_format.js'
import type { Lang } from '../labels.js'

/** Colour and name of an AQI level (1–6). */
export interface LevelStyle {
  readonly hex: string
  readonly zh: string
  readonly en: string
}

const CELL = 14
const GAP = 2
const LEFT = 34
const TOP = 18
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** The approximate width of a label in pixels: CJK characters are square, Latin ones narrower. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const c of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.6
  return Math.ceil(em * fontSize)
}

/**
 * An inline SVG calendar of a year's daily AQI: one row per month, one square per day coloured by
 * its level, grey where there is no valid value, a dot on dust-affected days, and a legend.
 */
export function renderAqiCalendarSvg(
  days: readonly AirCalendarDay[],
  levels: readonly LevelStyle[],
  lang: Lang,
): string {
  const byDate = new Map(days.map((d) => [d.date, d]))
  const year = Number(days[0]?.date.slice(0, 4) ?? 2022)
  const width = LEFT + 31 * (CELL + GAP) + 10
  const legendY = TOP + 12 * (CELL + GAP) + 14
  const height = legendY + 24
  const parts: string[] = []
  for (let d = 1; d <= 31; d += 5) {
    parts.push(
      `<text x="${LEFT + (d - 1) * (CELL + GAP) + CELL / 2}" y="12" class="cal-axis">${d}</text>`,
    )
  }
  for (let m = 0; m < 12; m++) {
    const y = TOP + m * (CELL + GAP)
    parts.push(
      `<text x="0" y="${y + CELL - 3}" class="cal-month" text-anchor="start">${lang === 'zh' ? `${m + 1}月` : MONTHS_EN[m]}</text>`,
    )
    const daysInMonth = new Date(Date.UTC(year, m + 1, 0)).getUTCDate()
    for (let d = 1; d <= daysInMonth; d++) {
      const date = `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      const day = byDate.get(date)
      const x = LEFT + (d - 1) * (CELL + GAP)
      const level = day?.level ?? null
      const fill = level ? (levels[level - 1]?.hex ?? '#d0d7de') : '#eaeef2'
      const label =
        day?.aqi != null
          ? `${date} AQI ${day.aqi}${level ? ` ${levels[level - 1]?.[lang] ?? ''}` : ''}`
          : `${date} ${lang === 'zh' ? '无有效数据' : 'no valid data'}`
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2" fill="${fill}"><title>${escapeHtml(label + (day?.dust ? (lang === 'zh' ? ' 沙尘' : ' dust') : ''))}</title></rect>`,
      )
      if (day?.dust)
        parts.push(`<circle cx="${x + CELL / 2}" cy="${y + CELL / 2}" r="2.5" fill="#57606a"/>`)
    }
  }
  let lx = LEFT
  for (const l of levels) {
    parts.push(
      `<rect x="${lx}" y="${legendY}" width="${CELL}" height="${CELL}" rx="2" fill="${l.hex}"/>`,
    )
    parts.push(
      `<text x="${lx + CELL + 4}" y="${legendY + CELL - 3}" class="cal-legend">${escapeHtml(l[lang])}</text>`,
    )
    lx += CELL + 4 + textWidth(l[lang], 11) + 16
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.max(width, lx)} ${height}" width="${Math.max(width, lx)}" height="${height}" role="img" aria-label="${lang === 'zh' ? '空气质量日历' : 'Air-quality calendar'}">${parts.join('')}</svg>`
}
