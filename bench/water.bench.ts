import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bench, describe } from 'vitest'
import {
  assessSectionSet,
  classifySection,
  classifySectionPeriod,
  parseSurfaceWaterValues,
  readSectionRecords,
  type SurfaceWaterValues,
  trophicLevelIndex,
  type WaterBody,
} from '../src/standards/water/index.js'

// 1,000 deterministic sections with the five basic indicators (a linear congruential sequence).
let seed = 42
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}
const round = (v: number, d: number) => Number(v.toFixed(d))
const SECTIONS: { values: SurfaceWaterValues; waterBody: WaterBody }[] = Array.from(
  { length: 1000 },
  (_, i) => ({
    waterBody: i % 10 === 0 ? 'lake' : 'river',
    values: {
      pH: round(6 + next() * 3.2, 2),
      DO: round(1.5 + next() * 9, 2),
      CODMn: round(next() * 12, 2),
      NH3N: round(next() * 2.5, 3),
      TP: round(next() * 0.5, 3),
      TN: round(next() * 5, 2),
    },
  }),
)

describe('surface-water sections', () => {
  bench('classifySection: 1,000 sections (5 indicators each)', () => {
    for (const s of SECTIONS) classifySection(s.values, { waterBody: s.waterBody })
  })

  bench('classifySectionPeriod: one section, 12 monthly samplings', () => {
    classifySectionPeriod(
      SECTIONS.slice(0, 12).map((s, m) => ({
        date: `2022-${String(m + 1).padStart(2, '0')}-10`,
        values: s.values,
      })),
      { waterBody: 'river', period: '2022' },
    )
  })

  bench('assessSectionSet: 1,000 sections', () => {
    assessSectionSet(SECTIONS.map((s, i) => ({ id: `s${i}`, ...s })))
  })
})

const CSV = resolve(
  process.env.ECO_TARGETS_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'),
  'fixtures/water/surface-water-sections.csv',
)
const IGNORE = [
  '省份',
  '流域',
  '断面名称',
  '监测时间',
  '水质类别',
  '电导率(μS/cm)',
  '浊度(NTU)',
  '叶绿素α(mg/L)',
  '藻密度(cells/L)',
]

describe.skipIf(!existsSync(CSV))('CNEMC snapshot, 1,156 sections, end to end', () => {
  const text = existsSync(CSV) ? readFileSync(CSV, 'utf8') : ''
  bench('read CSV, validate, classify every section and assess the set', () => {
    const [head, ...lines] = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean)
    const headers = (head as string).split(',')
    const members = lines.map((line, i) => {
      const cells = line.split(',')
      const row = Object.fromEntries(headers.map((h, j) => [h, cells[j]]))
      return {
        id: `r${i}`,
        waterBody: 'river' as const,
        values: parseSurfaceWaterValues(row, { ignore: IGNORE }),
      }
    })
    assessSectionSet(members)
  })

  bench('readSectionRecords: read the export into sections, then assess the set', () => {
    const [head, ...lines] = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean)
    const headers = (head as string).split(',')
    const records = lines.map((line) => {
      const cells = line.split(',')
      return Object.fromEntries(headers.map((h, j) => [h, cells[j]]))
    })
    const { sections } = readSectionRecords(records)
    assessSectionSet(
      sections.map((s) => ({ id: s.id, waterBody: s.waterBody, values: s.samplings[0]?.values })),
    )
  })
})

describe('lake trophic state', () => {
  bench('trophicLevelIndex: 1,000 lake samplings', () => {
    for (let i = 0; i < 1000; i++) {
      trophicLevelIndex({
        chla: 1 + (i % 50),
        TP: 0.01 + (i % 20) / 100,
        TN: 0.5 + (i % 10) / 5,
        SD: 0.3 + (i % 7) / 5,
        CODMn: 2 + (i % 9),
      })
    }
  })
})
