/**
 * `water --observations`: a water export reaches the plan's water targets. The bundled sample's
 * section samplings, written as a CSV export, go through `water --observations`, and `evaluate`
 * on the result gives the same evaluation as on the sample's own observations.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileText, run } from '../../../_helpers/cli.js'
import { ROOT } from '../../../_helpers/shared.js'

const SAMPLE = join(ROOT, 'sample', '2022')
const OTHER_FILES = [
  'air-daily.jsonl',
  'dust-days.jsonl',
  'drinking-water.jsonl',
  'emissions.jsonl',
  'soil.jsonl',
  'solid-waste.jsonl',
  'carbon.jsonl',
].map((f) => join('sample', '2022', f))

/** The sample's section samplings as a monitoring export: Chinese headers, one row a sampling. */
function sectionExport(): string {
  const rows = readFileSync(join(SAMPLE, 'water-sections.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map(
      (l) =>
        JSON.parse(l) as {
          section: string
          name: string
          waterBody: string
          date: string
          status: string
          values: Record<string, number>
        },
    )
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.values)))]
  return `${[
    ['section', '断面名称', '水体类型', 'date', 'status', ...keys].join(','),
    ...rows.map((r) =>
      [
        r.section,
        r.name,
        r.waterBody,
        r.date,
        r.status,
        ...keys.map((k) => r.values[k] ?? ''),
      ].join(','),
    ),
  ].join('\n')}\n`
}

describe('water --observations', () => {
  it('writes the samplings as waterSample observations that evaluate reads, end to end', async () => {
    const exported = await run(
      ['water', 'sections.csv', '--observations', 'water.jsonl', '--summary'],
      {
        cwd: ROOT,
        files: { 'sections.csv': sectionExport() },
      },
    )
    expect(exported.code).toBe(0)
    expect(exported.stderr).toBe('wrote 72 waterSample observations to water.jsonl\n')
    const observations = fileText(exported.io, 'water.jsonl') as string
    const first = JSON.parse(observations.split('\n')[0] as string)
    expect(first).toEqual({
      kind: 'waterSample',
      section: 'daihai-lake-centre',
      name: '岱海湖心',
      network: 'national',
      waterBody: 'lake',
      date: '2022-01-08',
      status: 'sampled',
      values: {
        waterTemp: 2,
        pH: 9.38,
        DO: 7.96,
        CODMn: 16.5,
        BOD5: 4.1,
        COD: 43,
        NH3N: 0.56,
        TP: 0.103,
        TN: 2.46,
        F: 2.95,
      },
    })
    const args = ['--as-of', '2022-12-31', '--json']
    const fromSample = await run(
      ['evaluate', ...OTHER_FILES, join('sample', '2022', 'water-sections.jsonl'), ...args],
      { cwd: ROOT, disk: true },
    )
    const fromExport = await run(['evaluate', ...OTHER_FILES, 'water.jsonl', ...args], {
      cwd: ROOT,
      disk: true,
      files: { 'water.jsonl': observations },
    })
    expect(fromSample.code).toBe(0)
    expect(fromExport.code).toBe(0)
    const targets = (text: string) =>
      JSON.parse(text).targets as { target: string; status: string }[]
    const water = (text: string) =>
      targets(text).filter((t) => t.target.startsWith('water.national'))
    expect(water(fromSample.stdout).map((t) => t.target)).toEqual([
      'water.national-sections-class-i-iii',
      'water.national-sections-worse-than-v',
    ])
    expect(water(fromExport.stdout).every((t) => t.status !== 'insufficientData')).toBe(true)
    expect(targets(fromExport.stdout)).toEqual(targets(fromSample.stdout))
  }, 60_000)

  it('writes a JSON array for a .json name, and takes --network', async () => {
    const { code, io } = await run(
      ['water', 's.csv', '--observations', 'w.json', '--network', 'regional'],
      { files: { 's.csv': 'section,水体类型,date,pH,溶解氧\na-river,河流,2022-03-01,7.5,8\n' } },
    )
    expect(code).toBe(0)
    expect(JSON.parse(fileText(io, 'w.json') as string)).toEqual([
      {
        kind: 'waterSample',
        section: 'a-river',
        network: 'regional',
        waterBody: 'river',
        date: '2022-03-01',
        status: 'sampled',
        values: { pH: 7.5, DO: 8 },
      },
    ])
  })

  it('needs section ids and dates, and writes nothing otherwise', async () => {
    const { code, stderr, io } = await run(['water', 's.csv', '--observations', 'w.jsonl'], {
      files: { 's.csv': '断面名称,pH\n甲河,7.5\n甲河,7.6\n' },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      's.csv:2: expected a section id for the observations (lower-case words joined by "-", such as daihai-lake-centre), got "甲河" (give a section column)\n',
    )
    expect(fileText(io, 'w.jsonl')).toBeUndefined()
    const undated = await run(['water', 's.csv', '--observations', 'w.jsonl'], {
      files: { 's.csv': 'section,pH\na,7.5\n' },
    })
    expect(undated.stderr).toBe(
      's.csv:2: expected a sampling date (a date column, or 监测时间), got nothing\n',
    )
    expect(
      (await run(['water', 's.csv', '--network', 'regional'], { files: { 's.csv': '' } })).stderr,
    ).toContain('--network applies with --observations')
  })
})
