import { describe, expect, it } from 'vitest'
import { renderReportHtml } from '../../src/report/html.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'
import { EVALUATION } from './_sample-evaluation.js'

describe('renderReportHtml', () => {
  const html = renderReportHtml(EVALUATION, {
    plan: MINI_PLAN,
    lang: 'en',
    note: 'Synthetic <data>',
  })

  it('is one self-contained document without external assets', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<(script|img)\b/)
    // the only link is an empty icon, so that browsers do not request /favicon.ico
    expect(html.match(/<link [^>]*>/g)).toEqual(['<link rel="icon" href="data:,">'])
    expect(html).not.toMatch(/(src|href)="https?:/)
    expect(html).toContain('<html lang="en">')
  })

  it('escapes text from the data', () => {
    expect(html).toContain('Synthetic &#60;data&#62;')
    expect(html).toContain('171 of 181 &#60;ok&#62;')
    expect(html).not.toContain('<ok>')
  })

  it('names each cell of the targets table, for the cards a narrow screen shows', () => {
    expect(html).toContain('<td class="num" data-label="Goal: ">≥ 91.6%</td>')
    expect(html).toContain('<table class="cards">')
    const zh = renderReportHtml(EVALUATION, { plan: MINI_PLAN })
    expect(zh).toContain('<td class="num" data-label="目标值：">≥ 91.6%</td>')
    expect(zh).toContain('@media (max-width:640px)')
  })

  it('colours the status chip and draws a gauge for each target with a value', () => {
    expect(html).toContain('<span class="chip" style="background:#2da44e">On track</span>')
    expect(html.match(/class="gauge-value"/g)).toHaveLength(1) // one gauge: one value line
  })

  it('draws the AQI calendar with official colours, a dust dot and grey for no data', () => {
    const rects = html.match(/<rect [^>]*rx="2" fill="#[0-9A-Fa-f]{6}"><title>/g) ?? []
    expect(rects).toHaveLength(365) // every day of 2022 in the calendar
    expect(html).toMatch(/fill="#00E400"><title>2022-01-01 AQI 37 Excellent/)
    expect(html).toMatch(/fill="#99004C"><title>2022-01-02 AQI 212 Heavily polluted dust/)
    expect(html).toMatch(/fill="#eaeef2"><title>2022-01-03 no valid data/)
    expect(html.match(/<circle /g)).toHaveLength(1)
  })

  it('leaves out the calendar and checklist when there is nothing to show', () => {
    const bare = renderReportHtml({ ...EVALUATION, airCalendar: [] }, { plan: MINI_PLAN })
    expect(bare).not.toContain('id="calendar"')
    expect(bare).not.toContain('id="checklist"')
  })
})

describe('renderReportHtml with a checklist', () => {
  it('draws the pillar table with progress bars, counted tasks and overdue tasks', async () => {
    const { evaluatePlan } = await import('../../src/evaluate/evaluate-plan.js')
    const e = evaluatePlan(
      MINI_PLAN,
      [{ kind: 'batteryCollection', year: 2022, collectedTonnes: 1, generatedTonnes: 4 }],
      {
        asOf: '2022-12-31',
        taskUpdates: [
          { task: 'rural.villages', date: '2022-06-30', status: 'inProgress', progress: 30 },
          { task: 'party.study', date: '2022-06-30', status: 'done' },
        ],
      },
    )
    const html = renderReportHtml(e, { plan: MINI_PLAN, lang: 'zh' })
    expect(html).toContain('<html lang="zh-CN">')
    // party pillar: 1 of 1 done → 100 % bar; pollution: 0 of 3 → 0 %
    expect(html).toContain('<td>党建</td><td class="num">1</td><td class="num">1</td>')
    expect(html).toContain('<span style="width:100%"></span>')
    expect(html).toContain('30/45个')
    expect(html).toContain('冬奥会空气质量保障（截止2022年3月13日） <code>air.olympics</code>')
    expect(html).toContain('id="objectives"')
    expect(html).toContain('<span class="chip" style="background:#cf222e">未达标</span>')
  })
})
