import { describe, expect, it } from 'vitest'
import { fileText, run } from '../../../_helpers/cli.js'
import { gbk } from '../../../_helpers/gbk.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

const HEADER =
  'section,断面名称,水体类型,date,status,水质类别,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L)'
const ROWS = [
  // a (river): TP 0.18 and 0.24 average 0.21, above the class Ⅲ river limit 0.2: class Ⅳ.
  // Its first sampling alone is class Ⅲ (TP 0.18 ≤ 0.2), as published.
  'a,甲河,river,2022-01-10,,Ⅲ,7.9,9.1,3.2,0.41,0.18',
  'a,甲河,river,2022-02-11,,Ⅳ,8.0,8.7,3.6,0.55,0.24',
  // b (lake): TP 0.04 is class Ⅲ on the 湖、库 column (0.025 < 0.04 ≤ 0.05), class Ⅱ for a
  // river; DO 8 Ⅰ, CODMn 3 Ⅱ, NH3-N 0.3 Ⅱ: class Ⅲ. Published Ⅱ: a difference.
  'b,乙湖,湖泊,2022-01-12,,Ⅱ,8.1,8,3,0.3,0.04',
  // c: frozen, no values.
  'c,丙库,水库,2022-01-15,冰封,--,,,,,',
]
const CSV = `${HEADER}\n${ROWS.join('\n')}\n`

describe('waterCommand', () => {
  it('reads a GBK export and a GBK lake list as their UTF-8 forms', async () => {
    // 断面名称 in GBK, encoded by hand: B6CF C3E6 C3FB B3C6
    expect([...gbk('断面名称')]).toEqual([0xb6, 0xcf, 0xc3, 0xe6, 0xc3, 0xfb, 0xb3, 0xc6])
    const lakes = '# 湖库名单\n乙湖\n'
    const args = ['water', 's.csv', '--lakes', 'lakes.txt', '--json', '--lang', 'en']
    const utf8 = await run(args, { files: { 's.csv': CSV, 'lakes.txt': lakes } })
    const fromGbk = await run(args, { files: { 's.csv': gbk(CSV), 'lakes.txt': gbk(lakes) } })
    expect(utf8.code).toBe(0)
    expect(JSON.parse(utf8.stdout).sections.map((s: { label: string }) => s.label)).toEqual([
      'Ⅳ',
      'Ⅲ',
      null,
    ])
    expect([fromGbk.code, fromGbk.stdout, fromGbk.stderr]).toEqual([0, utf8.stdout, utf8.stderr])
  })

  it('classes each section on the mean of its samplings and assesses the set', async () => {
    const { code, stdout, stderr } = await run(['water', 's.csv', '--json'], {
      files: { 's.csv': CSV },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(
      out.sections.map((s: { id: string; label: string | null; condition: string }) => [
        s.id,
        s.label,
        s.condition,
      ]),
    ).toEqual([
      ['a', 'Ⅳ', 'assessed'],
      ['b', 'Ⅲ', 'assessed'],
      ['c', null, 'frozen'],
    ])
    expect(out.sections[0].means.TP).toBe(0.21)
    expect(out.sections[0].deciding).toEqual(['TP'])
    expect(out.sections[2].waterBody).toBe('reservoir')
    // Rows with a published class: a's two and b's: a's agree (Ⅲ, Ⅳ), b's does not (Ⅲ vs Ⅱ).
    expect(out.published).toMatchObject({ compared: 3, agree: 2 })
    expect(out.published.differences).toMatchObject([
      { section: 'b', ours: 3, official: 2, deciding: ['TP'], onLimit: [] },
    ])
    // Set of 2 classed sections: Ⅰ–Ⅲ 1 of 2 = 50 %; fewer than 5, so the status is by means.
    expect(out.set.classIToIII).toEqual({ numerator: 1, denominator: 2, percent: 50 })
    expect(out.set.worseThanV.numerator).toBe(0)
    expect(out.set.excludedCounts.frozen).toBe(1)
    expect(out.set.status.method).toBe('average')
  })

  it('prints the sections, the comparison and the set as text', async () => {
    const { stdout } = await run(['water', 's.csv'], { files: { 's.csv': CSV } })
    expect(stdout).toContain('3 sections (2 with a class, 1 without)')
    expect(stdout).toMatch(/a +甲河 +river +2 +Ⅳ +TP/)
    expect(stdout).toMatch(/c +丙库 +reservoir +0 +frozen/)
    expect(stdout).toContain(
      'Published class (水质类别): 2 of 3 classed rows agree with the class of their values.',
    )
    expect(stdout).toContain('  s.csv:4  b: ours Ⅲ (TP), published Ⅱ')
    expect(stdout).toContain('Set of 2 classed sections: Ⅰ–Ⅲ 1 (50.0 %) · 劣Ⅴ 0 (0.0 %)')
    expect(stdout).toContain('  left out: frozen 1')
  })

  it('keeps one period with --period and counts the 5+X indicators only with --indicators', async () => {
    const jan = await run(['water', 's.csv', '--period', '2022-01', '--json'], {
      files: { 's.csv': CSV },
    })
    // January only: a's first sampling, TP 0.18: class Ⅲ.
    expect(JSON.parse(jan.stdout).sections[0].label).toBe('Ⅲ')
    // COD 25 mg/L is class Ⅳ (Ⅲ ≤ 20, Ⅳ ≤ 30) and decides under the 21 indicators; a 5+X list
    // without COD leaves TP 0.1 (class Ⅱ, ≤ 0.1) the worst.
    const csv = 'section,总磷,化学需氧量\nx,0.1,25\n'
    const full = await run(['water', 'x.csv', '--json'], { files: { 'x.csv': csv } })
    expect(JSON.parse(full.stdout).sections[0]).toMatchObject({ label: 'Ⅳ', deciding: ['COD'] })
    const fivex = await run(['water', 'x.csv', '--indicators', 'pH,DO,CODMn,NH3N,TP', '--json'], {
      files: { 'x.csv': csv },
    })
    expect(JSON.parse(fivex.stdout).sections[0]).toMatchObject({ label: 'Ⅱ', deciding: ['TP'] })
  })

  it('takes lakes from a --lakes list and notes entries not in the input', async () => {
    const csv =
      '省份,流域,断面名称,水质类别,总磷(mg/L)\n云南省,滇池流域,草海中心,Ⅲ,0.04\n四川省,长江流域,鲁班岛,Ⅲ,0.04\n'
    const lakes = '# lakes\n草海中心 / 滇池流域 / 云南省\n白鱼口 / 滇池流域\n'
    const { stdout, stderr } = await run(['water', 's.csv', '--lakes', 'lakes.txt', '--json'], {
      files: { 's.csv': csv, 'lakes.txt': lakes },
    })
    const sections = JSON.parse(stdout).sections
    // On a lake TP 0.04 is Ⅲ; on a river Ⅱ.
    expect(
      sections.map((s: { id: string; waterBody: string; label: string }) => [
        s.id,
        s.waterBody,
        s.label,
      ]),
    ).toEqual([
      ['云南省 / 滇池流域 / 草海中心', 'lake', 'Ⅲ'],
      ['四川省 / 长江流域 / 鲁班岛', 'river', 'Ⅱ'],
    ])
    expect(stderr).toBe('note: 1 lake or reservoir section of the list not in the input: 白鱼口\n')
  })

  it('notes columns it does not read', async () => {
    const { stderr } = await run(['water', 's.csv', '--summary'], {
      files: { 's.csv': 'section,colour,总磷\na,blue,0.1\n' },
    })
    expect(stderr).toBe('note: s.csv: columns not read: colour\n')
    const none = await run(['water', 's.csv'], { files: { 's.csv': 'section,colour\na,blue\n' } })
    expect(none.stderr).toContain('no GB 3838 indicator column')
  })

  it('names file, line and column of bad rows', async () => {
    const csv = [
      HEADER,
      'a,甲河,pond,2022-01-10,,Ⅲ,7.9,9.1,3.2,0.41,0.18',
      'a,甲河,river,2022-01-10,melted,Ⅲ,7.9,9.1,3.2,0.41,0.18',
      'a,甲河,river,2022-01-10,,Ⅶ,7.9,9.1,3.2,0.41,0.18',
      'a,甲河,river,2022-01-10,,Ⅲ,7.9,9.1,3.2,-1,x',
      'a,甲河,river,10/01/2022,,Ⅲ,7.9,9.1,3.2,0.41,0.18',
      ',,river,2022-01-10,,Ⅲ,7.9,9.1,3.2,0.41,0.18',
    ].join('\n')
    const { code, stderr } = await run(['water', 's.csv'], { files: { 's.csv': csv } })
    expect(code).toBe(2)
    expect(stderr).toBe(
      `${[
        's.csv:2:3: ["水体类型"]: expected a water body river, lake or reservoir (河流, 湖泊, 水库), got "pond"',
        's.csv:3:5: status: expected a sampling status sampled, driedUp, frozen or notSampled (采样, 断流, 冰封, 未采样), got "melted"',
        's.csv:4:6: ["水质类别"]: expected a water-quality class (Ⅰ … Ⅴ, 劣Ⅴ, or -- for none), got "Ⅶ"',
        's.csv:5:10: ["氨氮(mg/L)"]: expected a non-negative number (mg/L), got -1',
        's.csv:5:11: ["总磷(mg/L)"]: expected a number, got "x"',
        's.csv:6:4: date: expected a valid date YYYY-MM-DD, got "10/01/2022"',
        's.csv:7:1: section: expected a non-empty text, got nothing',
      ].join('\n')}\n`,
    )
  })

  it('rejects a water body that changes between rows, and rows without a section', async () => {
    const csv = `${HEADER}\n${ROWS[0]}\n${ROWS[0]?.replace('river', 'lake')}\n`
    const changed = await run(['water', 's.csv'], { files: { 's.csv': csv } })
    expect(changed.stderr).toBe(
      's.csv:3:3: ["水体类型"]: expected the water body of the earlier records (river), got "lake" (section a)\n',
    )
    const nameless = await run(['water', '-'], { stdin: '{"pH": 7}\n' })
    expect(nameless.stderr).toBe(
      '<stdin>:1: expected a section column (section, 断面编码, 断面名称 or section name), got "pH"\n',
    )
  })

  it('needs sampling dates for --period', async () => {
    const csv = 'section,总磷\na,0.1\n'
    const { code, stderr } = await run(['water', 's.csv', '--period', '2022'], {
      files: { 's.csv': csv },
    })
    expect(code).toBe(2)
    expect(stderr).toContain(
      's.csv:2: expected a sampling date (a date column, or 监测时间), got nothing (--period needs a sampling date)',
    )
  })

  it.each([
    [['s.csv', '--period', '2022-13'], '--period must be YYYY, YYYY-Qn or YYYY-MM (got "2022-13")'],
    [['s.csv', '--indicators', 'pH,TN'], '--indicators takes keys of the 21 indicators'],
    [['s.csv', '--indicators', 'pH,DO'], '--indicators: a 5+X list starts with pH, DO, CODMn'],
    [
      ['s.csv', '--lakes', 'missing.txt'],
      'missing.txt: expected a file that can be read, got nothing (no such file or folder)',
    ],
    [['-', '-'], 'standard input (-) can be read only once'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stderr } = await run(['water', ...args], { files: { 's.csv': CSV } })
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('writes to --out', async () => {
    const { stdout, io } = await run(['water', 's.csv', '--summary', '--out', 'w.txt'], {
      files: { 's.csv': CSV },
    })
    expect(stdout).toBe('')
    expect(fileText(io, 'w.txt')).toContain('Set of 2 classed sections')
  })
})

describeWithShared(
  'waterCommand on 1,156 national automatic-station sections',
  'fixtures/water/surface-water-sections.csv',
  () => {
    const csv = sharedPath('fixtures/water/surface-water-sections.csv')
    const lakes = sharedPath('fixtures/water/lake-reservoir-sections.txt')

    it('agrees with 1,142 of the 1,145 published classes; the 3 others sit on a TP limit as displayed', async () => {
      const { code, stdout } = await run(['water', csv, '--lakes', lakes, '--json'], { disk: true })
      expect(code).toBe(0)
      const out = JSON.parse(stdout)
      expect(out.sections).toHaveLength(1156)
      expect(out.published).toMatchObject({ compared: 1145, agree: 1142 })
      // Fixture README: the displayed TP of 永昌桥 (0.200), 高速公路桥 (0.1) and 张湾 (0.100) is
      // exactly a class limit; the published class, one worse, was judged on the unrounded value.
      expect(
        out.published.differences.map(
          (d: { name: string; ours: number; official: number; onLimit: unknown }) => [
            d.name,
            d.ours,
            d.official,
            d.onLimit,
          ],
        ),
      ).toEqual([
        ['永昌桥', 3, 4, [{ indicator: 'TP', value: 0.2, limit: 0.2 }]],
        ['高速公路桥', 2, 3, [{ indicator: 'TP', value: 0.1, limit: 0.1 }]],
        ['张湾', 2, 3, [{ indicator: 'TP', value: 0.1, limit: 0.1 }]],
      ])
      // Published class counts Ⅰ 218, Ⅱ 608, Ⅲ 236, Ⅳ 57, Ⅴ 6, 劣Ⅴ 20, with 永昌桥 one class
      // better and the two others too: Ⅱ 610, Ⅲ 235, Ⅳ 56; Ⅰ–Ⅲ 1,063 of 1,145 = 92.8 % → 优.
      expect(out.set.classCounts).toEqual({ 1: 218, 2: 610, 3: 235, 4: 56, 5: 6, 6: 20 })
      expect(out.set.classIToIII).toMatchObject({ numerator: 1063, denominator: 1145 })
      expect(out.set.worseThanV.numerator).toBe(20)
      expect(out.set.excludedCounts.noData).toBe(11)
      expect(out.set.status.key).toBe('excellent')
    })

    it('prints the agreement count and the set as text', async () => {
      const { stdout } = await run(['water', csv, '--lakes', lakes, '--summary'], { disk: true })
      expect(stdout).toContain('1,156 sections (1,145 with a class, 11 without)')
      expect(stdout).toContain('1,142 of 1,145 classed rows agree')
      expect(stdout).toContain(
        '云南省 / 珠江流域 / 永昌桥: ours Ⅲ (TP), published Ⅳ; TP 0.2 is exactly the class Ⅲ limit',
      )
      // 1,063 / 1,145 = 92.838 % → 92.8; 20 / 1,145 = 1.747 % → 1.7.
      expect(stdout).toContain('Ⅰ–Ⅲ 1,063 (92.8 %) · 劣Ⅴ 20 (1.7 %)')
    })

    it('misses the 37 lake sections without the lake list (river TP limits)', async () => {
      const { stdout } = await run(['water', csv, '--json'], { disk: true })
      // Fixture README: river limits alone reproduce 1,105 of the 1,145.
      expect(JSON.parse(stdout).published.agree).toBe(1105)
    })
  },
)
