import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import {
  assessSectionSet,
  classifyIndicator,
  classifySection,
  parseSurfaceWaterValues,
  parseWaterClass,
  type WaterBody,
} from '../../../src/standards/water/index.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'

/** A small CSV reader for the fixture: UTF-8 (BOM allowed), no quoted fields, `--` kept as text. */
function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
  const headers = (head as string).split(',')
  return lines.map((line, i) => {
    const cells = line.split(',')
    if (cells.length !== headers.length) throw new Error(`row ${i + 2}: ${cells.length} cells`)
    return Object.fromEntries(headers.map((h, j) => [h, cells[j] as string]))
  })
}

const NOT_INDICATORS = [
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

describeWithShared(
  'classifySection on 1,156 CNEMC automatic-station sections',
  'fixtures/water/surface-water-sections.csv',
  () => {
    const rows = readCsv(sharedPath('fixtures/water/surface-water-sections.csv'))
    const lakeList = readFileSync(sharedPath('fixtures/water/lake-reservoir-sections.txt'), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean)
      .map((line) => {
        const [name, basin, province] = line.split(' / ')
        return `${province}|${basin}|${name}`
      })
    const lakes = new Set(lakeList)
    const sections = rows.map((row) => {
      const id = `${row.省份}|${row.流域}|${row.断面名称}`
      const waterBody: WaterBody = lakes.has(id)
        ? id.includes('水库')
          ? 'reservoir'
          : 'lake'
        : 'river'
      return {
        id,
        name: row.断面名称 as string,
        waterBody,
        official: parseWaterClass(row.水质类别 as string),
        values: parseSurfaceWaterValues(row, { ignore: NOT_INDICATORS }),
      }
    })
    const classed = sections.filter((s) => s.official !== null)
    const ours = (s: (typeof sections)[number], waterBody: WaterBody = s.waterBody) =>
      classifySection(s.values, { waterBody }).waterClass

    // The three sections whose published class is one class worse than the displayed values
    // give: each displayed TP sits exactly on a limit, because the display rounds the
    // measurement (0.200, 0.1, 0.100) while the class was judged on the unrounded value, which
    // was above the limit. On the displayed values the exact rule must give the better class.
    const DISPLAY_ROUNDING = [
      { name: '永昌桥', tp: 0.2, ours: 3, official: 4 },
      { name: '高速公路桥', tp: 0.1, ours: 2, official: 3 },
      { name: '张湾', tp: 0.1, ours: 2, official: 3 },
    ]

    it('reads every row: 1,156 sections, 1,145 classed, 37 on lakes and reservoirs', () => {
      expect(sections).toHaveLength(1156)
      expect(new Set(sections.map((s) => s.id)).size).toBe(1156)
      expect(classed).toHaveLength(1145)
      expect(lakeList).toHaveLength(37)
      expect(sections.filter((s) => s.waterBody !== 'river')).toHaveLength(37)
    })

    // No other section differs: every one of the other 1,142 classed sections gets its published
    // class (1,105 rivers with the river TP column, 37 lakes and reservoirs with the 湖、库 column).
    it('reproduces the official class of every classed section but the three display-rounding cases', () => {
      const differing = classed
        .filter((s) => ours(s) !== s.official)
        .map((s) => ({ name: s.name, tp: s.values.TP, ours: ours(s), official: s.official }))
      expect(differing).toEqual(DISPLAY_ROUNDING)
      expect(classed.length - differing.length).toBe(1142)
    })

    it('needs the lake TP column: with river limits alone exactly the 37 lake sections differ too', () => {
      const riverOnly = classed.filter((s) => ours(s, 'river') === s.official)
      expect(riverOnly).toHaveLength(1105)
      const lakeMisses = classed.filter(
        (s) => s.waterBody !== 'river' && ours(s, 'river') !== s.official,
      )
      expect(lakeMisses).toHaveLength(37)
    })

    it('gives no class to the 11 sections published without one (no value at all)', () => {
      const unclassed = sections.filter((s) => s.official === null)
      expect(unclassed).toHaveLength(11)
      for (const s of unclassed) expect(ours(s)).toBeNull()
    })

    it('does not count TN: counting it would miss most official classes', () => {
      // The fixture README: including TN reproduces only about 104 of the 1,145.
      const withTn = classed.filter((s) => {
        const tn = s.values.TN
        const own = ours(s) ?? 0
        const tnClass =
          tn === null || tn === undefined ? 0 : classifyIndicator('TN', tn, { waterBody: 'lake' })
        return Math.max(own, tnClass) === s.official
      })
      expect(withTn.length).toBeLessThan(150)
      for (const s of classed) {
        const { TN: _tn, waterTemp: _t, ...rest } = s.values
        expect(classifySection(rest, { waterBody: s.waterBody }).waterClass).toBe(ours(s))
      }
    })

    it('gives the set ratios of the published classes, up to the one rounding case across Ⅲ', () => {
      const set = assessSectionSet(
        sections.map(({ id, waterBody, values }) => ({ id, waterBody, values })),
      )
      expect(set.evaluated).toBe(1145)
      expect(set.excludedCounts.noData).toBe(11)
      // Published: Ⅰ 218, Ⅱ 608, Ⅲ 236, Ⅳ 57, Ⅴ 6, 劣Ⅴ 20. 永昌桥 (Ⅳ → Ⅲ) and the two Ⅲ → Ⅱ
      // cases move one section each.
      expect(set.classCounts).toEqual({ 1: 218, 2: 610, 3: 235, 4: 56, 5: 6, 6: 20 })
      expect(set.classIToIII).toEqual({
        numerator: 1063,
        denominator: 1145,
        percent: 106300 / 1145,
      })
      expect(set.worseThanV.numerator).toBe(20)
      // 1063 / 1145 = 92.8 % ≥ 90 % → 优.
      expect(set.status?.key).toBe('excellent')
    })
  },
)
