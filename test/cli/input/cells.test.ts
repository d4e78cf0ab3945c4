import { describe, expect, it } from 'vitest'
import { notANumber, parseDecimal } from '../../../src/cli/input/cells.js'

describe('parseDecimal', () => {
  it.each([
    ['27', 27],
    ['0.257', 0.257],
    ['-3', -3],
    ['+4.5', 4.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-4', 0.0001],
    ['2.5E3', 2500],
  ])('reads %s as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value)
  })

  it.each(['12a', '1,234', '12 µg', '0x1A', 'Infinity', 'NaN', '1e999', '', ' ', '--'])(
    'rejects %j',
    (text) => {
      expect(parseDecimal(text)).toBeUndefined()
    },
  )

  it('reads a missing cell as null, never 0', () => {
    expect(parseDecimal(null)).toBeNull()
  })
})

describe('notANumber', () => {
  it('expects a number, receives the text and hints at detection limits', () => {
    expect(notANumber('12a')).toEqual({
      code: 'invalid_type',
      expected: { zh: '数值', en: 'a number' },
      received: '12a',
    })
    expect(notANumber('<0.01').hint?.en).toBe('a value below the detection limit needs a number')
  })
})
