import { describe, expect, it } from 'vitest'
import { run } from '../../../_helpers/cli.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

const HEADER =
  'section,断面名称,date,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),化学需氧量(mg/L),Chl-a(μg/L),透明度(m)'
const ROWS = [
  // r (river): DO 6 Ⅱ, CODMn 4 Ⅱ, NH3-N 2.3 劣Ⅴ (> 2.0), TP 0.32 Ⅴ (0.3 < 0.32 ≤ 0.4),
  // COD 24 Ⅳ (20 < 24 ≤ 30): class 劣Ⅴ.
  'r,甲河,2022-07-10,7.5,6,4,2.3,0.32,3.1,24,,',
  // l1 (lake by --lakes): DO 7.5 Ⅰ, CODMn 4 Ⅱ, NH3-N 0.4 Ⅱ, COD 15 Ⅰ, TP 0.1 Ⅳ on the 湖、库
  // column (0.05 < 0.1 ≤ 0.1): class Ⅳ. chla 10 µg/L = 10 mg/m³, SD 1 m.
  'l1,乙湖,2022-07-12,8,7.5,4,0.4,0.1,1,15,10,1',
  // l2: the same without transparency.
  'l2,丙海,2022-07-12,8,7.5,4,0.4,0.1,1,15,10,',
  // l3: class Ⅱ lake (TP 0.02 ≤ 0.025): no main pollutant.
  'l3,丁库,2022-07-12,8,7.5,4,0.4,0.02,1,15,2,2.5',
]
const CSV = `${HEADER}\n${ROWS.join('\n')}\n`
const LAKES = '乙湖\n丙海\n丁库\n'
const FILES = { 's.csv': CSV, 'lakes.txt': LAKES }

// 总站生字〔2001〕090号: TLI(j) = 10 (a + b ln C_j), W_j = r²_j / Σ r², TLI(Σ) = Σ W_j TLI(j).
const tliChla = 10 * (2.5 + 1.086 * Math.log(10)) // 50.006
const tliTP = 10 * (9.436 + 1.624 * Math.log(0.1)) // 56.966
const tliTN = 10 * (5.453 + 1.694 * Math.log(1)) // 54.53
const tliSD = 10 * (5.118 - 1.94 * Math.log(1)) // 51.18
const tliCODMn = 10 * (0.109 + 2.661 * Math.log(4)) // 37.979
// r²: chla 1, TP 0.7056, TN 0.6724, SD 0.6889, CODMn 0.6889 (Σ 3.7558)
const all =
  (1 * tliChla + 0.7056 * tliTP + 0.6724 * tliTN + 0.6889 * tliSD + 0.6889 * tliCODMn) /
  (1 + 0.7056 + 0.6724 + 0.6889 + 0.6889) // 188.289 / 3.7558 = 50.133 → 50.1, (50, 60] 轻度富营养
// Without SD the weights are renormalised over the four given (Σ r² 3.0669).
const noSD =
  (1 * tliChla + 0.7056 * tliTP + 0.6724 * tliTN + 0.6889 * tliCODMn) /
  (1 + 0.7056 + 0.6724 + 0.6889) // 153.031 / 3.0669 = 49.897 → 49.9, [30, 50] 中营养

describe('water: main pollutants and trophic state', () => {
  it('gives the main pollutants and the TLI(Σ) in --json', async () => {
    const { code, stdout, stderr } = await run(
      ['water', 's.csv', '--lakes', 'lakes.txt', '--json'],
      { files: FILES },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const [r, l1, l2, l3] = JSON.parse(stdout).sections
    // 22号: exceedance multiple (C − C_Ⅲ) / C_Ⅲ: NH3-N (2.3 − 1.0) / 1.0 = 1.3,
    // TP (0.32 − 0.2) / 0.2 = 0.6, COD (24 − 20) / 20 = 0.2; worst class first.
    expect(r.mainPollutants.applies).toBe(true)
    expect(
      r.mainPollutants.pollutants.map((p: { indicator: string; published: number }) => [
        p.indicator,
        p.published,
      ]),
    ).toEqual([
      ['NH3N', 1.3],
      ['TP', 0.6],
      ['COD', 0.2],
    ])
    expect(r.mainPollutants.pollutants[0].exceedanceMultiple).toBeCloseTo((2.3 - 1) / 1, 12)
    expect(r.mainPollutants.text.zh).toBe('氨氮(1.3)、总磷(0.6)、化学需氧量(0.2)')
    expect(r.mainPollutants.text.en).toBe(
      'Ammonia nitrogen (NH3-N) (1.3), Total phosphorus (as P) (0.6), Chemical oxygen demand (COD) (0.2)',
    )
    expect(r.trophicState).toBeNull()
    // lake TP (0.1 − 0.05) / 0.05 = 1.0
    expect(l1.mainPollutants.text).toEqual({ zh: '总磷(1.0)', en: 'Total phosphorus (as P) (1.0)' })
    expect(l1.trophicState.index).toBeCloseTo(all, 9)
    expect(l1.trophicState).toMatchObject({
      published: 50.1,
      grade: 'lightEutrophic',
      gradeText: { zh: '轻度富营养', en: 'Light eutrophic' },
      eutrophic: true,
      missing: [],
      renormalized: false,
    })
    expect(l2.trophicState.index).toBeCloseTo(noSD, 9)
    expect(l2.trophicState).toMatchObject({
      published: 49.9,
      grade: 'mesotrophic',
      gradeText: { zh: '中营养', en: 'Mesotrophic' },
      missing: ['SD'],
      renormalized: true,
    })
    expect(l3.mainPollutants).toMatchObject({ applies: false, pollutants: [], text: null })
  })

  it('prints them as text, in Chinese and English', async () => {
    const { stdout } = await run(['water', 's.csv', '--lakes', 'lakes.txt'], { files: FILES })
    expect(stdout).toContain('  甲河 (劣Ⅴ): 氨氮(1.3)、总磷(0.6)、化学需氧量(0.2)\n')
    expect(stdout).toContain(
      '    Ammonia nitrogen (NH3-N) (1.3), Total phosphorus (as P) (0.6), Chemical oxygen demand (COD) (0.2)\n',
    )
    expect(stdout).not.toContain('丁库 (Ⅱ)')
    expect(stdout).toContain('  乙湖: 50.1 轻度富营养 (Light eutrophic)\n')
    expect(stdout).toContain(
      '  丙海: 49.9 中营养 (Mesotrophic); without SD: the weights renormalised over the 4 given\n',
    )
  })

  it('gives a river no trophic state and a lake with several samplings none, saying why', async () => {
    const csv = `${HEADER}\n${ROWS[1]}\nl1,乙湖,2022-08-12,8,7.5,4,0.4,0.1,1,15,12,0.8\n`
    const { stdout } = await run(['water', 's.csv', '--lakes', 'lakes.txt', '--json'], {
      files: { 's.csv': csv, 'lakes.txt': LAKES },
    })
    const [l1] = JSON.parse(stdout).sections
    expect(l1.trophicState).toBeNull()
    expect(l1.trophicNote).toBe('2 samplings: TLI(Σ) is given for a section with one sampling')
  })

  it('does not read a chlorophyll a column in another unit, and says so', async () => {
    const csv = CSV.replace('Chl-a(μg/L)', '叶绿素a(mg/L)').replace(',10,1\n', ',0.01,1\n')
    const { stdout, stderr } = await run(['water', 's.csv', '--lakes', 'lakes.txt', '--json'], {
      files: { 's.csv': csv, 'lakes.txt': LAKES },
    })
    expect(stderr).toContain(
      'column 叶绿素a(mg/L) not read for the trophic level index: chlorophyll a in mg/m³ (= µg/L), not mg/l',
    )
    const [, l1] = JSON.parse(stdout).sections
    expect(l1.trophicState.missing).toEqual(['chla'])
  })
})

describeWithShared(
  'water main pollutants on 1,156 national automatic-station sections',
  'fixtures/water/surface-water-sections.csv',
  () => {
    const csv = sharedPath('fixtures/water/surface-water-sections.csv')
    const lakes = sharedPath('fixtures/water/lake-reservoir-sections.txt')

    it('names main pollutants for the 82 sections worse than class Ⅲ, led by a deciding indicator', async () => {
      const { code, stdout, stderr } = await run(['water', csv, '--lakes', lakes, '--json'], {
        disk: true,
      })
      expect(code).toBe(0)
      type S = {
        waterClass: number | null
        deciding: string[]
        mainPollutants: { applies: boolean; pollutants: { indicator: string }[] } | null
        trophicState: unknown
      }
      const sections: S[] = JSON.parse(stdout).sections
      const worse = sections.filter((s) => s.waterClass !== null && s.waterClass > 3)
      // Ⅳ 56 + Ⅴ 6 + 劣Ⅴ 20 (the class counts of this snapshot)
      expect(worse).toHaveLength(82)
      for (const s of worse) {
        expect(s.mainPollutants?.applies).toBe(true)
        // 22号: worst class first, so the first named is one of the indicators of the section's class
        expect(s.deciding).toContain(s.mainPollutants?.pollutants[0]?.indicator)
      }
      for (const s of sections.filter((x) => x.waterClass !== null && x.waterClass <= 3)) {
        expect(s.mainPollutants?.applies).toBe(false)
      }
      // The export gives 叶绿素α in mg/L and no transparency: no TLI(Σ), and a note says why.
      expect(stderr).toContain('column 叶绿素α(mg/L) not read for the trophic level index')
      expect(sections.every((s) => s.trophicState === null)).toBe(true)
    })
  },
)
