/**
 * `air --jobs N` runs worker threads, which load the built command: these tests run
 * `dist/cli.js` (built first when missing or older than the sources).
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planRanges } from '../../../../src/cli/commands/air/_plan.js'
import { run } from '../../../_helpers/cli.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'
import { CLI, ensureBuilt } from '../../_built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'eco-targets-air-jobs-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
beforeAll(ensureBuilt, 180_000)

const HEADER = 'timepoint,stationcode,area,so2,no2,co,o3,pm10,pm2_5'

/**
 * Seven stations in three cities over four days and a bit, hour-ending, values varying by
 * station and hour, a few empty cells and one station that starts late (the stations of each
 * hour one after another, as exports give them).
 */
function hourMajor(): string[] {
  const rows: string[] = []
  for (let h = 1; h <= 4 * 24 + 5; h++) {
    const stamp = new Date(Date.UTC(2022, 0, 1, h)).toISOString().slice(0, 19)
    for (let s = 0; s < 7; s++) {
      if (s === 6 && h < 40) continue
      const v = (k: number) => ((h * (s + 3) + k * 7) % 90) + 5
      const pm25 = (h + s) % 17 === 0 ? '' : String(v(1))
      rows.push(
        `${stamp},${100 + s}A,C${s % 3},${v(2)},${v(3)},${(v(4) % 30) / 10},${v(5)},${v(6)},${pm25}`,
      )
    }
  }
  return rows
}

const cli = (args: string[]) =>
  spawnSync(process.execPath, [CLI, 'air', ...args, '--lang', 'en'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })

describe('air --jobs', { timeout: 120_000 }, () => {
  const byHour = join(work, 'by-hour.csv')
  const byStation = join(work, 'by-station.csv')
  const rows = hourMajor()
  writeFileSync(byHour, `${HEADER}\n${rows.join('\n')}\n`)
  // the same records one station after another
  const sorted = [...rows].sort((a, b) =>
    (a.split(',')[1] as string).localeCompare(b.split(',')[1] as string),
  )
  writeFileSync(byStation, `${HEADER}\n${sorted.join('\n')}\n`)

  it.each([
    ['hour by hour', byHour],
    ['station by station', byStation],
  ])('writes the same bytes for any N, records %s', (_, file) => {
    for (const [flags, jobs] of [
      [['--json'], ['2', '5']],
      [['--json', '--exclude-station', '101A'], ['3']],
      [['--stations', '--exclude-station', '101A'], ['3']],
    ] as const) {
      const one = cli([file, ...flags])
      expect(one.status).toBe(0)
      expect(one.stdout.length).toBeGreaterThan(100)
      for (const n of jobs) {
        const many = cli([file, ...flags, '--jobs', n])
        expect(many.stderr).toBe(one.stderr)
        expect(many.status).toBe(0)
        expect(many.stdout).toBe(one.stdout)
      }
    }
  })

  it('hands the station days on in the order they complete', () => {
    const out = JSON.parse(cli([byHour, '--json', '--jobs', '3']).stdout)
    // the first day of every station completes at 00:00 of 2 January, before any second day
    const first = out.stations.slice(0, 7).map((d: { station: string; date: string }) => d.date)
    expect(first).toEqual(Array(6).fill('2022-01-01').concat('2022-01-02'))
    expect(out.stations).toHaveLength(6 * 5 + 4)
  })

  it('reports the same problem, exit 2, with nothing on standard output', () => {
    const bad = join(work, 'bad.csv')
    writeFileSync(
      bad,
      `${HEADER}\n${rows.slice(0, 50).join('\n')}\n2022-01-01T03:00:00,100A,C0,1,1,0.5,1,1,-4\n`,
    )
    const one = cli([bad, '--json'])
    const many = cli([bad, '--json', '--jobs', '2'])
    expect(one.status).toBe(2)
    expect(many.status).toBe(2)
    expect(many.stdout).toBe('')
    expect(many.stderr).toBe(one.stderr)
  })
})

describe('air --jobs usage', { timeout: 60_000 }, () => {
  beforeAll(() => import('../../../../src/cli/commands/air/index.js'), 60_000)

  it.each([
    [['h.csv', '--jobs', '0'], '--jobs must be a whole number from 1 to 64 (got "0")'],
    [['h.csv', '--jobs', 'two'], '--jobs must be a whole number from 1 to 64 (got "two")'],
    [['-', '--jobs', '2'], '--jobs applies to hourly records read from files'],
    [['h.csv', '--daily-input', '--jobs', '2'], '--jobs applies to hourly records read from files'],
  ])('%j is a usage error', async (args, message) => {
    const { code, stderr } = await run(['air', ...args], { files: { 'h.csv': `${HEADER}\n` } })
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })
})

/**
 * `stations` stations hour by hour for `hours` hours from 1 January 2022 (hour-ending), values
 * varying by station and hour, some empty: large enough to be split into byte ranges (ranges
 * are at least 256 KiB).
 */
function hourly(stations: number, hours: number, row = plainRow): string[] {
  const rows: string[] = []
  for (let h = 1; h <= hours; h++) {
    const stamp = new Date(Date.UTC(2022, 0, 1, h)).toISOString().slice(0, 19)
    for (let s = 0; s < stations; s++) rows.push(row(stamp, s, h))
  }
  return rows
}

function plainRow(stamp: string, s: number, h: number): string {
  const v = (k: number) => ((h * (s + 3) + k * 7) % 90) + 5
  const pm25 = (h + s) % 23 === 0 ? '' : String(v(1))
  return `${stamp},${1000 + s}A,C${s % 4},${v(2)},${v(3)},${(v(4) % 30) / 10},${v(5)},${v(6)},${pm25}`
}

const reading = { file: 'f.csv', layout: 'auto' as const, allowEmpty: false, maxIssues: 50 }

describe('air --jobs on byte ranges', { timeout: 300_000 }, () => {
  const big = join(work, 'big.csv')
  const rows = hourly(40, 1200)
  const text = `${HEADER}\n${rows.join('\n')}\n`
  writeFileSync(big, text)

  it('splits a large file into ranges at line starts', async () => {
    const plan = await planRanges(big, reading, 2)
    expect(plan).not.toBeNull()
    const ranges = plan?.ranges ?? []
    expect(ranges.length).toBeGreaterThan(2)
    expect(ranges[0]?.[0]).toBe(0)
    expect(ranges.at(-1)?.[1]).toBe(Buffer.byteLength(text))
    for (const [start] of ranges.slice(1)) expect(text[start - 1]).toBe('\n')
  })

  it('writes the same bytes for N = 1, 2, 3 (--stations) and N = 1, 2 (--json)', () => {
    // each run starts the command and its threads: two outputs, the text one with N = 2 and 3
    for (const [flags, jobs] of [
      [['--stations'], ['2', '3']],
      [['--json', '--exclude-station', '1003A'], ['2']],
    ] as const) {
      const one = cli([big, ...flags])
      expect(one.status).toBe(0)
      expect(one.stdout.length).toBeGreaterThan(1000)
      for (const n of jobs) {
        const many = cli([big, ...flags, '--jobs', n])
        expect(many.stderr).toBe(one.stderr)
        expect(many.status).toBe(0)
        expect(many.stdout).toBe(one.stdout)
      }
    }
  })

  it('reports a problem in a later range at its line, as one thread does', async () => {
    const bad = join(work, 'late-bad.csv')
    const broken = [...rows]
    // line 40,002 of the file: far past the first range
    broken[40_000] = broken[40_000]?.replace(/,[0-9.]*$/, ',-4') as string
    broken[45_000] = broken[45_000]?.replace(/,[0-9.]*$/, ',abc') as string
    writeFileSync(bad, `${HEADER}\n${broken.join('\n')}\n`)
    expect(await planRanges(bad, reading, 2)).not.toBeNull()
    const one = cli([bad, '--json'])
    expect(one.status).toBe(2)
    expect(one.stderr).toContain(`${bad}:40002:`)
    expect(one.stderr).toContain(`${bad}:45002:`)
    const many = cli([bad, '--json', '--jobs', '2'])
    expect(many.status).toBe(2)
    expect(many.stdout).toBe('')
    expect(many.stderr).toBe(one.stderr)
  })

  it('stops at the problem limit in file order', () => {
    const bad = join(work, 'many-bad.csv')
    const broken = rows.map((r, i) => (i % 5000 === 4999 ? r.replace(/,[0-9.]*$/, ',-1') : r))
    writeFileSync(bad, `${HEADER}\n${broken.join('\n')}\n`)
    const one = cli([bad, '--max-problems', '3'])
    expect(one.status).toBe(2)
    expect(one.stderr).toContain(`${bad}:15001:`)
    expect(one.stderr).not.toContain(`${bad}:20001:`)
    expect(cli([bad, '--max-problems', '3', '--jobs', '3']).stderr).toBe(one.stderr)
  })

  it('reads a file with a line break in a quoted cell with one thread', async () => {
    const quoted = join(work, 'quoted.csv')
    // every city name holds a line break: a range starting after one would cut a record
    const cells = rows.map((r) => r.replace(/,C([0-9]),/, ',"C$1\nX",'))
    writeFileSync(quoted, `${HEADER}\n${cells.join('\n')}\n`)
    expect(await planRanges(quoted, reading, 2)).toBeNull()
    const one = cli([quoted, '--json'])
    expect(one.status).toBe(0)
    expect(JSON.parse(one.stdout).cities[0].city).toBe('C0\nX')
    expect(cli([quoted, '--json', '--jobs', '2']).stdout).toBe(one.stdout)
  })

  it('splits a file whose quoted cells hold no line break', async () => {
    const quoted = join(work, 'quoted-flat.csv')
    const cells = rows.map((r) => r.replace(/,C([0-9]),/, ',"C$1, X",'))
    writeFileSync(quoted, `${HEADER}\n${cells.join('\n')}\n`)
    expect(await planRanges(quoted, reading, 2)).not.toBeNull()
    const one = cli([quoted, '--json'])
    expect(one.status).toBe(0)
    expect(cli([quoted, '--json', '--jobs', '2']).stdout).toBe(one.stdout)
  })

  it('reads with one thread when there are more jobs than lines', async () => {
    const tiny = join(work, 'tiny.csv')
    writeFileSync(tiny, `${HEADER}\n${rows.slice(0, 2).join('\n')}\n`)
    expect(await planRanges(tiny, reading, 8)).toBeNull()
    const one = cli([tiny, '--json'])
    expect(one.status).toBe(0)
    const many = cli([tiny, '--json', '--jobs', '8'])
    expect(many.stderr).toBe(one.stderr)
    expect(many.stdout).toBe(one.stdout)
  })

  it('finds a record that contradicts the ozone reading the first records decided', () => {
    const header = 'timepoint,stationcode,area,so2,no2,co,o3,o3_24h,o3_8h,o3_8h_24h,pm10,pm2_5'
    // the export: o3_24h (the maximum of 24 hours) never below o3, over 70,000 records
    const cnemc = hourly(60, 1200, (stamp, s, h) => {
      const o3 = ((h * (s + 3)) % 90) + 5
      return `${stamp},${1000 + s}A,C${s % 4},5,20,0.5,${o3},${o3 + (s % 3)},${o3},${o3},40,20`
    })
    cnemc[68_000] = cnemc[68_000]?.replace(
      /,(\d+),(\d+),(\d+),(\d+),40,20$/,
      ',99,98,$3,$4,40,20',
    ) as string
    const file = join(work, 'cnemc.csv')
    writeFileSync(file, `${header}\n${cnemc.join('\n')}\n`)
    const one = cli([file])
    expect(one.status).toBe(2)
    expect(one.stderr).toContain(`${file}:68002:`)
    expect(one.stderr).toContain('o3 99, o3_24h 98')
    const many = cli([file, '--jobs', '2'])
    expect(many.status).toBe(2)
    expect(many.stderr).toBe(one.stderr)
  })
})

describeWithShared(
  'air --jobs on real files',
  'fixtures/cnemc-2026/cnemc_2026_beijing_inner_mongolia.csv.gz',
  () => {
    it('writes the same bytes for N = 1 and 2 on the CNEMC 2022 and 2026 files', {
      timeout: 300_000,
    }, async () => {
      // the 2026 feed unpacked: a gzip file is read as it streams, with one thread
      const feed = join(work, 'cnemc-2026.csv')
      await pipeline(
        createReadStream(
          sharedPath('fixtures/cnemc-2026/cnemc_2026_beijing_inner_mongolia.csv.gz'),
        ),
        createGunzip(),
        createWriteStream(feed),
      )
      expect(await planRanges(feed, reading, 2)).not.toBeNull()
      // the feed split (--json), the 2022 file too small to split (text): N = 2 against one thread
      const runs = [
        [feed, ['--json']],
        [sharedPath('fixtures/cnemc/inner-mongolia-stations-2022-01.csv'), []],
      ] as const
      for (const [file, flags] of runs) {
        const one = cli([file, ...flags])
        expect(one.status).toBe(0)
        const many = cli([file, ...flags, '--jobs', '2'])
        expect(many.stderr).toBe(one.stderr)
        expect(many.stdout).toBe(one.stdout)
      }
    })
  },
)
