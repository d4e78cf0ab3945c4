import { describe, expect, it } from 'vitest'
import { progressOf } from '../../src/evaluate/_period.js'

const year = { start: '2022-01-01', end: '2022-12-31' }

describe('progressOf', () => {
  it('counts 181 days elapsed and 184 remaining on 30 June 2022', () => {
    expect(progressOf(year, '2022-06-30')).toEqual({
      start: '2022-01-01',
      end: '2022-12-31',
      asOf: '2022-06-30',
      elapsedDays: 181,
      totalDays: 365,
      remainingDays: 184,
      isOver: false,
    })
  })

  it('is over on the last day and after, and at zero before the start', () => {
    expect(progressOf(year, '2022-12-31').isOver).toBe(true)
    expect(progressOf(year, '2023-05-01')).toMatchObject({ elapsedDays: 365, remainingDays: 0 })
    expect(progressOf(year, '2021-12-01')).toMatchObject({
      elapsedDays: 0,
      remainingDays: 365,
      isOver: false,
    })
  })

  it('has 366 days in a leap year', () => {
    expect(progressOf({ start: '2024-01-01', end: '2024-12-31' }, '2024-03-01').elapsedDays).toBe(
      61,
    )
  })
})
