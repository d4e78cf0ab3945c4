import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNumberBytes } from '../../../src/_lib/csv/number.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const parse = (text: string) => {
  const b = bytes(`#${text}#`)
  return parseNumberBytes(b, 1, b.length - 1)
}

describe('parseNumberBytes', () => {
  it('returns the number of plain decimal texts, as Number does', () => {
    const cases: [string, number][] = [
      ['0', 0],
      ['27', 27],
      ['0.257', 0.257],
      ['-3', -3],
      ['+5', 5],
      ['.5', 0.5],
      ['5.', 5],
      ['1e-4', 0.0001],
      ['2.5E3', 2500],
      [' 12 ', 12],
      ['\t0.3', 0.3],
      ['0.1', 0.1],
      ['1.1', 1.1],
      ['123456789012345678901234567890', 1.2345678901234568e29],
      ['0.30000000000000004', 0.30000000000000004],
      ['1e400', Number.POSITIVE_INFINITY],
    ]
    for (const [text, value] of cases) expect(parse(text), text).toBe(value)
  })

  it('returns -0 for "-0", as Number does', () => {
    expect(Object.is(parse('-0'), -0)).toBe(true)
  })

  it('returns NaN for texts that are not plain decimals', () => {
    for (const text of [
      '',
      ' ',
      '12a',
      '1,234',
      '0x10',
      'Infinity',
      'NaN',
      '-',
      '.',
      'e5',
      '1e',
      '1e+',
      '--1',
      '1 2',
      '١٢',
      'NA',
    ]) {
      expect(parse(text), JSON.stringify(text)).toBeNaN()
    }
  })

  it('agrees with Number on random decimal texts, bit for bit', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        digits(0, 20),
        fc.option(digits(0, 20)),
        fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), digits(1, 3))),
      )
      .map(([sign, int, frac, exp]) => {
        const mantissa = frac === null ? int : `${int}.${frac}`
        return `${sign}${mantissa}${exp ? exp.join('') : ''}`
      })
      .filter((t) => /\d/.test(t.split(/e/i)[0] as string))
    fc.assert(
      fc.property(decimal, (text) => {
        expect(Object.is(parse(text), Number(text))).toBe(true)
      }),
      { seed: 20_260_601, numRuns: 5000 },
    )
  })

  it('agrees with Number on the shortest text of random doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = String(v)
        if (!/^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(text)) return
        expect(Object.is(parse(text), Number(text))).toBe(true)
      }),
      { seed: 7, numRuns: 5000 },
    )
  })
})
