import { describe, expect, it } from 'vitest'
import { run } from '../../../_helpers/cli.js'

const HEADER = 'timepoint,stationcode,area,so2,no2,co,o3,pm10,pm2_5'

/** Hour-ending records of 1 January 2022 (01:00 … 24:00) for a station, CO `co` every hour. */
const day = (station: string, co: number) =>
  Array.from({ length: 24 }, (_, i) => {
    const stamp = new Date(Date.UTC(2022, 0, 1, i + 1)).toISOString().slice(0, 19)
    return `${stamp},${station},X,10,20,${co},60,40,30`
  })

// Station B's daily CO mean is 70 mg/m³, above the 24-hour bound of 60 (HJ 633 表1 tops at 60):
// a µg/m³ figure given as mg/m³. Its hourly values are within the 1-hour bound (150).
const CSV = `${HEADER}\n${[...day('A', 0.5), ...day('B', 70)].join('\n')}\n`

describe('airCommand output, all or nothing', () => {
  it.each([
    [['--json']],
    [['--json', '--exclude-station', 'B']],
    [['--exclude-station', 'B']],
    [['--stations', '--exclude-station', 'B']],
  ])(
    '%j: a station day with a CO mean above 60 is exit 2 with nothing on standard output',
    async (flags) => {
      const { code, stdout, stderr } = await run(['air', 'h.csv', ...flags], {
        files: { 'h.csv': CSV },
      })
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain('expected a 24-hour CO concentration of at most 60 mg/m³, got 70')
      expect(stderr).toContain('station B on 2022-01-01')
    },
  )

  it('leaves no --out file', async () => {
    const { code, io } = await run(
      ['air', 'h.csv', '--json', '--exclude-station', 'B', '--out', 'o.json'],
      {
        files: { 'h.csv': CSV },
      },
    )
    expect(code).toBe(2)
    expect([...io.files.keys()].some((p) => p.endsWith('o.json'))).toBe(false)
  })

  it('counts every station day in the first line, the excluded station’s too', async () => {
    const csv = `${HEADER}\n${[...day('A', 0.5), ...day('B', 0.7)].join('\n')}\n`
    const { stdout } = await run(['air', 'h.csv', '--exclude-station', 'B'], {
      files: { 'h.csv': csv },
    })
    expect(stdout).toContain('2 stations, 1 city, 2 station days (from hourly records)')
    expect(stdout).toContain('X: 1 station (A)')
  })
})
