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
