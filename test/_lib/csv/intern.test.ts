import { describe, expect, it } from 'vitest'
import { ByteInterner } from '../../../src/_lib/csv/intern.js'

describe('ByteInterner', () => {
  it('returns one number per distinct byte string, in the order first met', () => {
    const interner = new ByteInterner()
    const codes = Array.from({ length: 3000 }, (_, i) => `${1000 + i}A`)
    const bytes = codes.map((c) => new TextEncoder().encode(`,${c},`))
    const first = bytes.map((b) => {
      const n = interner.intern(b, 1, b.length - 1)
      expect(interner.added).toBe(true)
      return n
    })
    expect(first).toEqual(codes.map((_, i) => i))
    const again = [...bytes].reverse().map((b) => {
      const n = interner.intern(b, 1, b.length - 1)
      expect(interner.added).toBe(false)
      return n
    })
    expect(again).toEqual(first.slice().reverse())
    expect(interner.count).toBe(3000)
  })

  it('tells apart strings that differ in length or in one byte', () => {
    const interner = new ByteInterner()
    const b = new TextEncoder().encode('1001A1001B1001')
    expect(interner.intern(b, 0, 5)).toBe(0)
    expect(interner.intern(b, 5, 10)).toBe(1)
    expect(interner.intern(b, 10, 14)).toBe(2)
    expect(interner.intern(b, 0, 0)).toBe(3)
    expect(interner.intern(b, 0, 5)).toBe(0)
  })

  it('returns the same numbers when the strings come back in the order first met, every round', () => {
    const interner = new ByteInterner()
    const codes = ['1001A', '1002A', '1003A', '1002B', '1003A1']
    const bytes = codes.map((c) => new TextEncoder().encode(c))
    const round = () => bytes.map((b) => interner.intern(b, 0, b.length))
    expect(round()).toEqual([0, 1, 2, 3, 4])
    for (let r = 0; r < 3; r++) {
      expect(round()).toEqual([0, 1, 2, 3, 4])
      expect(interner.added).toBe(false)
    }
    // a string met once between two rounds is told apart from the one that follows it
    const other = new TextEncoder().encode('1002')
    expect(interner.intern(bytes[0] as Uint8Array, 0, 5)).toBe(0)
    expect(interner.intern(other, 0, 4)).toBe(5)
    expect(interner.added).toBe(true)
    expect(interner.count).toBe(6)
  })
})
