import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as water from '../../../src/standards/water/index.js'
import { readCsv } from '../../_helpers/csv.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'

function expectValid(schema: z.ZodType, value: unknown): void {
  const checked = schema.safeParse(value)
  expect(checked.success ? [] : checked.error.issues.map((i) => i.path.join('.'))).toEqual([])
}

describe('the schema of each water reader result accepts what the reader returns', () => {
  it('readSectionRecords: sections, samplings with locations and published classes, notes', () => {
    const { sections, notes } = water.readSectionRecords(
      [
        {
          断面名称: '甲湖',
          监测时间: '2022-05-10 08:00',
          'pH(无量纲)': '7.9',
          水质类别: 'Ⅱ',
          电导率: '1',
        },
        { 断面名称: '乙河', 监测时间: '2022-05-10', 'pH(无量纲)': '--', 水质类别: '' },
      ],
      { lakes: water.parseLakeList('甲湖\n丙库 水库\n'), source: { file: 'a.csv', lines: [2, 3] } },
    )
    expect(sections.map((s) => s.waterBody)).toEqual(['lake', 'river'])
    for (const s of sections) expectValid(water.SectionRecordsSchema, s)
    expect(notes.length).toBeGreaterThan(0)
    for (const n of notes) expectValid(water.ReaderNoteSchema, n)
  })

  it('parseLakeList and resolveWaterColumn', () => {
    const lakes = water.parseLakeList(
      '# lakes\n草海中心 / 滇池流域 / 云南省\n石骨水库 / 珠江流域\n',
    )
    expect(lakes.map((l) => l.waterBody)).toEqual(['lake', 'reservoir'])
    for (const l of lakes) expectValid(water.LakeEntrySchema, l)
    expectValid(water.ResolvedColumnSchema, water.resolveWaterColumn('氨氮(μg/L)'))
    expectValid(water.ResolvedColumnSchema, water.resolveWaterColumn('透明度(m)', 'trophic'))
  })
})

describeWithShared(
  'the water reader schemas on the national surface-water sections',
  'fixtures/water/surface-water-sections.csv',
  () => {
    it('accept every section and note of the snapshot', () => {
      const records = readCsv(sharedPath('fixtures/water/surface-water-sections.csv'))
      const lakes = water.parseLakeList(
        readFileSync(sharedPath('fixtures/water/lake-reservoir-sections.txt'), 'utf8'),
      )
      for (const l of lakes) expectValid(water.LakeEntrySchema, l)
      const { sections, notes } = water.readSectionRecords(records, { lakes })
      expect(sections.length).toBeGreaterThan(1000)
      for (const s of sections) expectValid(water.SectionRecordsSchema, s)
      for (const n of notes) expectValid(water.ReaderNoteSchema, n)
    })
  },
)
