import { describe, expect, it } from 'vitest'
import {
  between,
  hashText,
  isoDate,
  monthDate,
  mulberry32,
  normal,
  round,
} from '../../../scripts/sample/prng.js'

describe('mulberry32', () => {
  it('reproduces the reference sequence of the published algorithm', () => {
    // Values published with independent mulberry32 implementations.
    expect(mulberry32(1)()).toBe(0.6270739405881613)
    const r = mulberry32(42)
    r()
    expect([r(), r(), r(), r()]).toEqual([
      0.44829055899754167, 0.8524657934904099, 0.6697340414393693, 0.17481389874592423,
    ])
  })

  it('stays in [0, 1) with a mean near 0.5', () => {
    const r = mulberry32(2022)
    let sum = 0
    for (let i = 0; i < 20_000; i++) {
      const v = r()
      expect(v >= 0 && v < 1).toBe(true)
      sum += v
    }
    expect(Math.abs(sum / 20_000 - 0.5)).toBeLessThan(0.01)
  })
})

describe('normal', () => {
  it('has mean 0 and variance 1, bounded by ±2√3', () => {
    const r = mulberry32(7)
    const xs = Array.from({ length: 20_000 }, () => normal(r))
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length
    expect(Math.abs(mean)).toBeLessThan(0.03)
    expect(Math.abs(variance - 1)).toBeLessThan(0.05)
    expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(2 * Math.sqrt(3))
  })
})

describe('hashText', () => {
  it('is FNV-1a (32-bit)', () => {
    // FNV-1a test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(hashText('')).toBe(0x811c9dc5)
    expect(hashText('a')).toBe(0xe40c292c)
    expect(hashText('foobar')).toBe(0xbf9cf968)
  })
})

describe('helpers', () => {
  it('round, between and the date helpers', () => {
    expect(round(0.1234, 3)).toBe(0.123)
    expect(round(0.125, 2)).toBe(0.13) // 0.125 is exact in binary: the tie goes up
    expect(round(2.5)).toBe(3)
    const r = mulberry32(3)
    for (let i = 0; i < 100; i++) {
      const v = between(r, 5, 6)
      expect(v >= 5 && v < 6).toBe(true)
    }
    expect(isoDate(0)).toBe('2022-01-01')
    expect(isoDate(58)).toBe('2022-02-28')
    expect(isoDate(59)).toBe('2022-03-01')
    expect(isoDate(364)).toBe('2022-12-31')
    expect(monthDate(3, 5)).toBe('2022-03-05')
  })
})
