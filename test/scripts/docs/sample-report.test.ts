import { describe, expect, it } from 'vitest'
import {
  renderSampleReportPage,
  renderSampleReports,
  SYNTHETIC_NOTE,
  sampleReportFile,
} from '../../../scripts/docs/sample-report.js'

describe('renderSampleReports', () => {
  const reports = renderSampleReports()

  it('renders mid-year and year-end reports in English and Chinese, each labelled synthetic', () => {
    expect(reports.map((r) => r.path)).toEqual([
      'reports/sample-report-2022-06-30.en.html',
      'reports/sample-report-2022-06-30.zh.html',
      'reports/sample-report-2022-12-31.en.html',
      'reports/sample-report-2022-12-31.zh.html',
    ])
    for (const r of reports) {
      const lang = r.path.includes('.zh.') ? 'zh' : 'en'
      expect(r.content).toContain(`<p class="note">${SYNTHETIC_NOTE[lang]}</p>`)
      expect(r.content).toContain('id="calendar"')
      expect(r.content).toContain('class="gauge-value"')
    }
  })
})

describe('renderSampleReportPage', () => {
  const page = renderSampleReportPage()

  it('links every report and embeds the year-end one from the media folder typedoc fills', () => {
    for (const asOf of ['2022-06-30', '2022-12-31']) {
      expect(page).toContain(`(./reports/${sampleReportFile(asOf, 'en')})`)
      expect(page).toContain(`(./reports/${sampleReportFile(asOf, 'zh')})`)
    }
    expect(page).toContain('src="../media/sample-report-2022-12-31.en.html"')
    expect(page).toMatch(/> \*\*Synthetic data\.\*\*/)
  })
})

describe('renderSampleReportPage in Chinese', () => {
  const page = renderSampleReportPage('zh')

  it('embeds the Chinese year-end report in a frame that takes the report’s height', () => {
    expect(page).toContain('src="../media/sample-report-2022-12-31.zh.html"')
    expect(page).toContain(
      "onload=\"try{this.style.height=this.contentDocument.documentElement.scrollHeight+'px'}",
    )
    expect(page).toContain('## 截至2022年12月31日的报告')
  })

  it('counts the targets by status in Chinese words, and links both languages of each report', () => {
    // the sample as of 2022-12-31: 9 met, 3 not met, 1 without enough data (sample/2022/README.md)
    expect(page).toContain(
      '| 2022年12月31日 | 达标 9，未达标 3，数据不足 1 | [中文](./reports/sample-report-2022-12-31.zh.html) · [English](./reports/sample-report-2022-12-31.en.html) |',
    )
  })
})
