/**
 * The AQI categories in their official colours, as an HTML table rendered from the library's
 * category data (HJ 633-2012 表2 and HJ 633-2026 表1, colours of 附录A 表A.1).
 */

import type { Lang } from '../../src/index.js'
import {
  type AqiCategory,
  HJ633_2012_CATEGORIES,
  HJ633_2026_CATEGORIES,
} from '../../src/standards/air/index.js'
import { escapeHtml } from './_markdown.js'

function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0)
}

/** Black or white, whichever contrasts more with the colour (WCAG relative luminance). */
export function textColourOn(rgb: readonly number[]): '#000000' | '#FFFFFF' {
  const l = luminance(rgb)
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF'
}

function range(c: AqiCategory): string {
  const [lo, hi] = c.range
  return hi === null ? `&gt; ${lo - 1}` : `${lo}–${hi}`
}

function row(c: AqiCategory, lang: Lang | undefined): string {
  const style = `background:${c.color.hex};color:${textColourOn(c.color.rgb)}`
  const both = (t: { zh: string; en: string }) =>
    lang === 'zh'
      ? escapeHtml(t.zh)
      : `<span lang="zh-CN">${escapeHtml(t.zh)}</span><br><span class="en">${escapeHtml(t.en)}</span>`
  return [
    `<tr data-level="${c.level}">`,
    `<td style="${style}"><strong>${range(c)}</strong></td>`,
    `<td style="${style}">${both(c.levelName)}</td>`,
    `<td style="${style}"><strong>${both(c.name)}</strong></td>`,
    `<td style="${style}">${both(c.color.name)}<br><code style="color:inherit;background:none">${c.color.hex}</code> RGB ${c.color.rgb.join(',')} CMYK ${c.color.cmyk.join(',')}</td>`,
    `<td>${both(c.healthEffects)}</td>`,
    `<td>${both(c.advice)}</td>`,
    '</tr>',
  ].join('')
}

/**
 * One edition's categories as an HTML table: AQI range, level, category and colour cells in the
 * official colour (with black or white text, whichever reads better), then the health effects
 * and the advice in Chinese (quoted from the standard) and English, or in Chinese alone.
 */
export function renderAqiCategoryTable(categories: readonly AqiCategory[], lang?: Lang): string {
  const head =
    lang === 'zh'
      ? [
          '空气质量指数',
          '空气质量指数级别',
          '空气质量指数类别',
          '表示颜色',
          '对健康影响情况',
          '建议采取的措施',
        ]
      : [
          '空气质量指数<br>AQI',
          '级别<br>Level',
          '类别<br>Category',
          '表示颜色<br>Colour',
          '对健康影响情况<br>Health effects',
          '建议采取的措施<br>Advice',
        ]
  return [
    '<table class="aqi-categories">',
    `<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`,
    `<tbody>${categories.map((c) => row(c, lang)).join('\n')}</tbody>`,
    '</table>',
  ].join('\n')
}

/** Both editions' tables, 2012 first; bilingualMarkdown, or in Chinese alone. */
export function renderAqiCategoryTables(lang?: Lang): { '2012': string; '2026': string } {
  return {
    '2012': renderAqiCategoryTable(HJ633_2012_CATEGORIES, lang),
    '2026': renderAqiCategoryTable(HJ633_2026_CATEGORIES, lang),
  }
}
