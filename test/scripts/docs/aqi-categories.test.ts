import { describe, expect, it } from 'vitest'
import { renderAqiCategoryTables, textColourOn } from '../../../scripts/docs/aqi-categories.js'

// HJ 633-2012 附录A 表A.1 (the same in HJ 633-2026): 绿 黄 橙 红 紫 褐红
const OFFICIAL = [
  [1, '#00E400', '优', 'Excellent'],
  [2, '#FFFF00', '良', 'Good'],
  [3, '#FF7E00', '轻度污染', 'Lightly polluted'],
  [4, '#FF0000', '中度污染', 'Moderately polluted'],
  [5, '#99004C', '重度污染', 'Heavily polluted'],
  [6, '#7E0023', '严重污染', 'Severely polluted'],
] as const

function rowOf(html: string, level: number): string {
  const m = new RegExp(`<tr data-level="${level}">(.*?)</tr>`).exec(html)
  if (!m?.[1]) throw new Error(`no row for level ${level}`)
  return m[1]
}

describe('renderAqiCategoryTables', () => {
  const tables = renderAqiCategoryTables()

  it.each(OFFICIAL)(
    'paints level %i in its official colour %s, with its zh and en names',
    (level, hex, zh, en) => {
      for (const html of [tables['2012'], tables['2026']]) {
        const row = rowOf(html, level)
        // the range, level, category and colour cells carry the colour
        expect(row.match(new RegExp(`background:${hex};`, 'g'))).toHaveLength(4)
        expect(row).toContain(
          `<strong><span lang="zh-CN">${zh}</span><br><span class="en">${en}</span></strong>`,
        )
        expect(row).toContain(`<code style="color:inherit;background:none">${hex}</code>`)
      }
    },
  )

  it('shows the ranges of each edition: 0–50 in 2012, 1–50 in 2026, above 300 open-ended', () => {
    expect(rowOf(tables['2012'], 1)).toContain('<strong>0–50</strong>')
    expect(rowOf(tables['2026'], 1)).toContain('<strong>1–50</strong>')
    expect(rowOf(tables['2012'], 6)).toContain('<strong>&gt; 300</strong>')
  })

  it('quotes the health advice of each edition (易感人群 in 2012, 敏感人群 in 2026)', () => {
    expect(rowOf(tables['2012'], 3)).toContain('易感人群症状有轻度加剧')
    expect(rowOf(tables['2026'], 3)).toContain('敏感人群症状有轻度加剧')
  })
})

describe('textColourOn', () => {
  it('returns black on the light colours and white on the dark ones', () => {
    // relative luminance: yellow 0.93 (black 19.6:1, white 1.1:1); maroon 0.045 (white 11:1)
    expect(textColourOn([255, 255, 0])).toBe('#000000')
    expect(textColourOn([0, 228, 0])).toBe('#000000')
    expect(textColourOn([126, 0, 35])).toBe('#FFFFFF')
    expect(textColourOn([153, 0, 76])).toBe('#FFFFFF')
  })
})
