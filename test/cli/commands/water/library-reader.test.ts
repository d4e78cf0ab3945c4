import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { main } from '../../../../src/cli/main.js'
import {
  classifySectionPeriod,
  formatInputIssue,
  type InputError,
  parseLakeList,
  readSectionRecords,
} from '../../../../src/standards/water/index.js'
import { fileText, memoryIO, run } from '../../../_helpers/cli.js'
import { readCsv } from '../../../_helpers/csv.js'
import { inputErrorOf } from '../../../_helpers/input-error.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

/** The records of a small CSV text as a reader of a file gives them: keyed by header, lines from 2. */
function csvRecords(text: string) {
  const [head = '', ...rows] = text.trimEnd().split('\n')
  const header = head.split(',')
  const records = rows.map((r) => {
    const cells = r.split(',')
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']))
  })
  return { records, header, lines: records.map((_, i) => i + 2) }
}

function libraryMessages(file: string, text: string): string {
  const { records, header, lines } = csvRecords(text)
  const error: InputError = inputErrorOf(() =>
    readSectionRecords(records, { source: { file, lines, header } }),
  )
  return `${error.issues.map((i) => formatInputIssue(i, { lang: 'en' })).join('\n')}\n`
}

describe('water reads through the library section reader', () => {
  it.each([
    ['pH 15', 'section,date,pH,溶解氧\nA,2022-01-05,7.5,8\nA,2022-02-05,15,8\n'],
    ['a negative value', 'section,date,氨氮(mg/L)\nA,2022-01-05,-0.2\n'],
    ['a value with its unit', 'section,date,总磷\nA,2022-01-05,0.1mg/L\n'],
    ['a value below the detection limit', 'section,date,总磷\nA,2022-01-05,<0.01\n'],
    ['a column in another unit', 'section,date,氨氮(μg/L)\nA,2022-01-05,120\n'],
    ['a date that does not exist', 'section,date,总磷\nA,2022-02-30,0.1\n'],
    ['an unknown water body', 'section,水体类型,总磷\nA,pond,0.1\n'],
    ['an unknown class label', 'section,水质类别,总磷\nA,Ⅶ,0.1\n'],
    ['a header without a section column', '日期,pH\n2022-01-01,7\n'],
  ])('gives the same located message for %s as the library reader, exit 2', async (_, csv) => {
    const { code, stdout, stderr } = await run(['water', 'w.csv'], { files: { 'w.csv': csv } })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(libraryMessages('w.csv', csv))
  })

  it('locates a bad cell at its file, line and column', async () => {
    // 溶解氧 is the 4th column; the bad row is the 3rd line.
    const { stderr } = await run(['water', 'w.csv'], {
      files: { 'w.csv': 'section,date,pH,溶解氧\nA,2022-01-05,7.5,8\nA,2022-02-05,7.5,eight\n' },
    })
    expect(stderr).toBe('w.csv:3:4: ["溶解氧"]: expected a number, got "eight"\n')
  })

  it('reads the no-value texts of the one table in any case, never as zero', async () => {
    // NA, na, N/A, -- and 未监测 all mean no value: DO is left out, and TP 0.1 (class Ⅱ) decides.
    const csv =
      'section,date,溶解氧,总磷\nA,2022-01-05,NA,0.1\nB,2022-01-05,na,0.1\nC,2022-01-05,n/a,0.1\nD,2022-01-05,--,0.1\nE,2022-01-05,未监测,0.1\n'
    const { code, stdout } = await run(['water', 'w.csv', '--json'], { files: { 'w.csv': csv } })
    expect(code).toBe(0)
    const sections = JSON.parse(stdout).sections
    expect(sections.map((s: { means: { DO?: number | null } }) => s.means.DO ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
    expect(sections.map((s: { label: string }) => s.label)).toEqual(['Ⅱ', 'Ⅱ', 'Ⅱ', 'Ⅱ', 'Ⅱ'])
  })

  it('takes the aliases of the one column table: CODCr for COD, 挥发性酚类 for volatile phenol', async () => {
    // COD 25 mg/L is class Ⅳ (Ⅲ ≤ 20, Ⅳ ≤ 30); volatile phenol 0.006 is class Ⅳ (Ⅲ ≤ 0.005, Ⅳ ≤ 0.01).
    const { code, stdout } = await run(['water', 'w.csv', '--json'], {
      files: { 'w.csv': 'section,CODCr(mg/L),挥发性酚类\nA,25,0.006\n' },
    })
    expect(code).toBe(0)
    const [s] = JSON.parse(stdout).sections
    expect(s.means).toMatchObject({ COD: 25, phenol: 0.006 })
    expect(s.label).toBe('Ⅳ')
    expect(s.deciding.sort()).toEqual(['COD', 'phenol'])
  })

  it('leaves a file whose header has no section column at its first rows', async () => {
    let chunks = 0
    const stdin = (async function* () {
      yield '日期,pH\n'
      for (let c = 0; c < 1000; c++) {
        chunks++
        yield '2022-01-01,7\n'.repeat(1000)
      }
    })()
    const io = { ...memoryIO(), stdin }
    expect(await main(['water', '-', '--lang', 'en'], io)).toBe(2)
    expect(io.stderrText()).toBe(
      '<stdin>:1: expected a section column (section, 断面编码, 断面名称 or section name), got "日期", "pH"\n',
    )
    expect(chunks).toBeLessThan(5)
  })

  it('leaves no --out file after a bad input', async () => {
    const { code, io } = await run(['water', 'w.csv', '--out', 'o.txt'], {
      files: { 'w.csv': 'section,date,pH\nA,2022-01-05,15\n' },
    })
    expect(code).toBe(2)
    expect(fileText(io, 'o.txt')).toBeUndefined()
    expect(io.uncommitted.size).toBe(0)
  })

  it('groups one section over several files and stops at --max-problems', async () => {
    const jan = 'section,date,总磷\nA,2022-01-05,0.1\n'
    const feb = 'section,date,总磷\nA,2022-02-05,0.3\n'
    const both = await run(['water', 'jan.csv', 'feb.csv', '--json'], {
      files: { 'jan.csv': jan, 'feb.csv': feb },
    })
    // TP (0.1 + 0.3) / 2 = 0.2 mg/L: class Ⅲ for a river (0.1 < 0.2 ≤ 0.2).
    const [a] = JSON.parse(both.stdout).sections
    expect(a.samplings.used).toBe(2)
    expect(a.means.TP).toBe(0.2)
    const bad = `section,date,总磷\n${Array.from({ length: 10 }, () => 'A,2022-01-05,x').join('\n')}\n`
    const stopped = await run(['water', 'bad.csv', '--max-problems', '3'], {
      files: { 'bad.csv': bad },
    })
    expect(stopped.code).toBe(2)
    const lines = stopped.stderr.trimEnd().split('\n')
    expect(lines.slice(0, 3)).toEqual([
      'bad.csv:2:3: ["总磷"]: expected a number, got "x"',
      'bad.csv:3:3: ["总磷"]: expected a number, got "x"',
      'bad.csv:4:3: ["总磷"]: expected a number, got "x"',
    ])
    expect(lines[3]).toContain('stopped reading after the first 3 problems')
  })
})

describeWithShared(
  'water and the library reader on 1,156 national automatic-station sections',
  'fixtures/water/surface-water-sections.csv',
  () => {
    it('give byte-identical sections, samplings and means', async () => {
      const csv = sharedPath('fixtures/water/surface-water-sections.csv')
      const lakesFile = sharedPath('fixtures/water/lake-reservoir-sections.txt')
      const { code, stdout } = await run(['water', csv, '--lakes', lakesFile, '--json'], {
        disk: true,
      })
      expect(code).toBe(0)
      const cli = JSON.parse(stdout).sections.map(
        (s: Record<string, unknown>) =>
          [s.id, s.name, s.where, s.waterBody, s.waterBodyFrom, s.condition, s.means] as const,
      )
      const records = readCsv(csv)
      const lakes = parseLakeList(readFileSync(lakesFile, 'utf8'))
      const { sections } = readSectionRecords(records, { lakes })
      const library = sections.map((s) => {
        const period = classifySectionPeriod(
          s.samplings.map((r) => ({
            date: r.date ?? '1970-01-01',
            status: r.status,
            values: r.values,
          })),
          { waterBody: s.waterBody },
        )
        return [s.id, s.name, s.where, s.waterBody, s.waterBodyFrom, period.condition, period.means]
      })
      expect(JSON.stringify(cli)).toBe(JSON.stringify(library))
    })
  },
)

describe('water on a header naming an item in another unit', () => {
  it('reports it once, at line 1 and its column, however many rows follow', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => `A,2022-01-05,${i}`).join('\n')
    const { code, stderr } = await run(['water', 'w.csv'], {
      files: { 'w.csv': `section,date,氨氮(μg/L)\n${rows}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toBe('w.csv:1:3: ["氨氮(μg/L)"]: expected a column in mg/L, got "氨氮(μg/L)"\n')
  })
})
