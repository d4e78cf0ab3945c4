import { describe, expect, it } from 'vitest'
import { jsonAt } from '../../../src/cli/output/json.js'
import { AirCommandOutputSchema } from '../../../src/index.js'
import { run } from '../../_helpers/cli.js'

describe('jsonAt', () => {
  it('gives the text JSON.stringify(…, null, 2) writes for a value nested 1 or 2 levels deep', () => {
    const value = { a: [1, { b: 'x\ny' }], c: null }
    const whole = JSON.stringify({ k: value, l: [value] }, null, 2)
    expect(whole).toContain(`"k": ${jsonAt(value, 1)}`)
    expect(whole).toContain(`[\n    ${jsonAt(value, 2)}\n  ]`)
  })
})

describe('air --json', () => {
  it('writes the document AirCommandOutputSchema accepts, indented as JSON.stringify does', async () => {
    const csv = [
      'timepoint,stationcode,area,pm2_5',
      ...Array.from({ length: 24 }, (_, h) => {
        const t = new Date(Date.UTC(2022, 0, 1, h + 1)).toISOString().slice(0, 19)
        return `${t},1001A,C1,${30 + h}`
      }),
    ].join('\n')
    const { code, stdout, stderr } = await run(['air', 'h.csv', '--json'], {
      files: { 'h.csv': csv },
    })
    expect(code, stderr).toBe(0)
    const parsed = JSON.parse(stdout)
    expect(AirCommandOutputSchema.safeParse(parsed).success).toBe(true)
    expect(stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
    // PM2.5 30 … 53 over the 24 hours of 2022-01-01: mean 41.5, given as an integer by GB/T 8170
    // (the 5 is followed by nothing and 1 is odd: 42)
    expect(parsed.stations).toHaveLength(1)
    expect(parsed.stations[0]).toMatchObject({ station: '1001A', date: '2022-01-01', pm25: 42 })
  })
})
