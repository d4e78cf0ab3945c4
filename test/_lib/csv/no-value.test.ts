import { describe, expect, it } from 'vitest'
import { noValueOfBytes } from '../../../src/_lib/csv/no-value.js'

const of = (t: string) => {
  const b = new TextEncoder().encode(t)
  return noValueOfBytes(b, 0, b.length)
}

describe('noValueOfBytes', () => {
  it('returns missing for the ASCII missing texts, in any case, spaces around ignored', () => {
    for (const t of ['', '  ', 'NA', 'na', ' Na ', 'N/A', '--', '-', 'null', 'NULL', 'NaN']) {
      expect(of(t), JSON.stringify(t)).toBe('missing')
    }
  })

  it('returns notMeasured for "/"', () => {
    expect(of('/')).toBe('notMeasured')
    expect(of(' / ')).toBe('notMeasured')
  })

  it('returns null for other texts, and for the non-ASCII ones left to noValueOf', () => {
    for (const t of ['12a', 'NAN!', 'n/aa', '无数据', '未监测', '—', 'nothing at all']) {
      expect(of(t), t).toBeNull()
    }
  })
})
