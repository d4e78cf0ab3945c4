import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  goodDaysFigures,
  renderReachabilityExample,
} from '../../../scripts/docs/reachability-example.js'
import { ROOT } from '../../_helpers/shared.js'

// HJ 633-2012 表1, IAQI 100 breakpoints: a day is good (AQI ≤ 100) exactly when every daily
// indicator is at or below its breakpoint, since each IAQI rises with its concentration.
const IAQI_100: Record<string, number> = {
  so2: 150,
  no2: 80,
  co: 4,
  pm10: 150,
  pm25: 75,
  o3_1h: 200,
  o3_8h: 160,
}

function countFirstHalf() {
  const read = (file: string) =>
    readFileSync(join(ROOT, 'sample', '2022', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, number | string | null>)
  const dust = new Set(read('dust-days.jsonl').map((d) => d.date))
  const days = read('air-daily.jsonl').filter(
    (d) => String(d.date) <= '2022-06-30' && !dust.has(d.date),
  )
  const complete = days.filter((d) => Object.keys(IAQI_100).every((k) => typeof d[k] === 'number'))
  const good = complete.filter((d) =>
    Object.entries(IAQI_100).every(([k, bp]) => Number(d[k]) <= bp),
  )
  return { valid: complete.length, good: good.length }
}

describe('goodDaysFigures', () => {
  const f = goodDaysFigures('2022-06-30')
  const counted = countFirstHalf()

  it('rests on the valid days of the first half year, dust days left out', () => {
    // 181 days to 30 June (31 + 28 + 31 + 30 + 31 + 30), less the 6 dust days of March–May
    expect(f.valid).toBe(181 - 6)
    expect(f.valid).toBe(counted.valid)
    expect(f.good).toBe(counted.good)
    expect(f.remaining).toBe(184) // 31 + 31 + 30 + 31 + 30 + 31
  })

  it('needs 329 good days of 359: 91.64 % publishes as 91.6 %, 328 days as 91.4 %', () => {
    expect(f.needed).toBe(329)
    expect(f.slack).toBe(counted.good + 184 - 329)
  })
})

describe('renderReachabilityExample', () => {
  it('leads with how many more non-good days the year can absorb', () => {
    const page = renderReachabilityExample('2022-06-30')
    const { good } = countFirstHalf()
    expect(page).toContain(
      `**As of 2022-06-30 the year can absorb ${good + 184 - 329} more non-good days**`,
    )
    expect(page).toContain('synthetic sample')
    expect(page.match(/^\| .* \| .* \| .* \| .* \|$/gm)?.length).toBe(2 + 13) // every target
  })
})
