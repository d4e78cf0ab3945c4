import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HOURLY_COLUMN_NAMES, WIDE_LAYOUT_TYPES } from '../../../../src/standards/air/read/names.js'
import { readHourlyRows } from '../../../../src/standards/air/read/read-hourly-rows.js'
import { ROOT } from '../../../_helpers/shared.js'

describe('HOURLY_COLUMN_NAMES', () => {
  it('names every field by at least its CNEMC name, each name once', () => {
    const all = Object.values(HOURLY_COLUMN_NAMES).flat()
    expect(new Set(all).size).toBe(all.length)
  })

  it('is read by the readers: every name of a pollutant gives that pollutant', () => {
    for (const field of ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const) {
      for (const name of HOURLY_COLUMN_NAMES[field]) {
        for (const written of [name, name.toUpperCase(), `${name}浓度`, ` ${name} `]) {
          const t = readHourlyRows([
            ['station', 'time', written],
            ['A', '2022-01-02T01:00', '1.5'],
          ])
          expect(t[field][0], `${written} → ${field}`).toBe(1.5)
        }
      }
    }
  })

  it('is listed whole in the guide "Reading monitoring exports"', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'reading-data.md'), 'utf8')
    for (const name of Object.values(HOURLY_COLUMN_NAMES).flat()) {
      expect(guide, name).toContain(name)
    }
    for (const type of WIDE_LAYOUT_TYPES) expect(guide).toContain(`\`${type}\``)
  })
})
