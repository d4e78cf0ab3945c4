import { describe, expect, it } from 'vitest'
import { decimal, toNumber } from '../../src/_lib/rational.js'
import { higherIsBetter, marginOf, satisfies } from '../../src/evaluate/_compare.js'

describe('marginOf', () => {
  it('is positive on the passing side for both directions', () => {
    expect(toNumber(marginOf('atLeast', decimal('94.5'), decimal('91.6')))).toBeCloseTo(2.9, 10)
    expect(toNumber(marginOf('atMost', decimal('21'), decimal('23')))).toBe(2)
    expect(toNumber(marginOf('atMost', decimal('25'), decimal('23')))).toBe(-2)
  })

  it('knows which way is better', () => {
    expect(higherIsBetter('atMost')).toBe(false)
    expect(higherIsBetter('reachReduction')).toBe(true)
  })
})

describe('satisfies', () => {
  it('rounds half to even before comparing: 91.55 publishes as 91.6, 91.65 as 91.6', () => {
    expect(satisfies('atLeast', decimal('91.55'), decimal('91.6'), 1)).toBe(true)
    expect(satisfies('atLeast', decimal('91.65'), decimal('91.7'), 1)).toBe(false)
  })
})

describe('satisfies at the line', () => {
  // A reduction exactly equal to the required one meets it (下降…以上 / 完成下达的减排目标: the
  // required figure is a minimum); one published step below does not.
  it.each([
    ['decrease', '5', '5', true],
    ['decrease', '4.9', '5', false],
    ['decrease', '5.04', '5', true],
    ['reachReduction', '120', '120', true],
    ['reachReduction', '119.9', '120', false],
    ['atLeast', '91.6', '91.6', true],
    ['atMost', '35', '35', true],
    ['atMost', '35.1', '35', false],
  ] as const)('%s: %s against %s is %s', (comparator, actual, expected, met) => {
    expect(satisfies(comparator, decimal(actual), decimal(expected), 1)).toBe(met)
  })

  it('meets a reduction only when there is one: 0 against a required 0.1 fails', () => {
    expect(satisfies('decrease', decimal('0'), decimal('0.1'), 1)).toBe(false)
    expect(satisfies('reachReduction', decimal('0'), decimal('0.1'), null)).toBe(false)
  })
})
