/**
 * `air --jobs N` runs worker threads, which load the built command: these tests run
 * `dist/cli.js` (built first when missing or older than the sources).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../../_helpers/cli.js'
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
  spawnSync(process.execPath, [CLI, 'air', ...args, '--lang', 'en'], { encoding: 'utf8' })

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
