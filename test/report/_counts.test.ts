import { describe, expect, it } from 'vitest'
import { formatCount, formatPercent } from '../../src/report/_counts.js'

describe('formatPercent', () => {
  it('rounds the exact ratio half to even (GB/T 8170)', () => {
    expect(formatPercent(1063, 1145)).toBe('92.8') // 92.838…
    expect(formatPercent(2, 3)).toBe('66.7') // 66.666…
    expect(formatPercent(1, 8)).toBe('12.5') // exactly 12.5
    expect(formatPercent(1, 16, 1)).toBe('6.2') // 6.25 → 6.2 (half to even)
    expect(formatPercent(3, 16, 1)).toBe('18.8') // 18.75 → 18.8
    expect(formatPercent(1, 3, 0)).toBe('33')
    expect(formatPercent(1, 0)).toBe('—')
  })
})

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(1145)).toBe('1,145')
  })
})
