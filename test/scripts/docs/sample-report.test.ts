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
