import { describe, expect, it } from 'vitest'
import { renderAqiCalendarSvg, textWidth } from '../../../src/report/svg/aqi-calendar.js'

const LEVELS = [
  { hex: '#00E400', zh: '优', en: 'Excellent' },
  { hex: '#FFFF00', zh: '良', en: 'Good' },
  { hex: '#FF7E00', zh: '轻度污染', en: 'Lightly polluted' },
  { hex: '#FF0000', zh: '中度污染', en: 'Moderately polluted' },
  { hex: '#99004C', zh: '重度污染', en: 'Heavily polluted' },
  { hex: '#7E0023', zh: '严重污染', en: 'Severely polluted' },
]

describe('textWidth', () => {
  it('counts a CJK character as 1 em and a Latin one as 0.6 em', () => {
    expect(textWidth('中度污染', 11)).toBe(44) // 4 × 11
    expect(textWidth('Good', 10)).toBe(24) // 4 × 0.6 × 10
  })
})

describe('renderAqiCalendarSvg', () => {
  const svg = renderAqiCalendarSvg(
    [{ date: '2022-01-01', aqi: 37, level: 1, primary: [], dust: false, valid: true }],
    LEVELS,
    'en',
  )

  it('labels the months with their own left-aligned class', () => {
    expect(svg.match(/class="cal-month" text-anchor="start">[A-Z][a-z]{2}</g)).toHaveLength(12)
  })

  it('spaces the legend so that no label runs into the next swatch', () => {
    const swatches = [
      ...svg.matchAll(
        /<rect x="(\d+)" y="\d+" width="14" height="14" rx="2" fill="(#[0-9A-F]{6})"\/>/g,
      ),
    ]
    expect(swatches.map((m) => m[2])).toEqual(LEVELS.map((l) => l.hex))
    for (let i = 0; i + 1 < swatches.length; i++) {
      const labelEnd = Number(swatches[i]![1]) + 14 + 4 + textWidth(LEVELS[i]!.en, 11)
      expect(Number(swatches[i + 1]![1])).toBeGreaterThan(labelEnd)
    }
  })
})
