import { describe, expect, it } from 'vitest'
import { isMissingCell, MISSING_CELLS } from '../../../src/cli/input/no-value.js'

describe('MISSING_CELLS', () => {
  it('holds the markers of a missing value, including empty and --', () => {
    expect(MISSING_CELLS).toEqual(expect.arrayContaining(['', '--', '-', 'na', '/']))
  })
})

describe('isMissingCell', () => {
  it('reads the library table in any case, with spaces around', () => {
    expect(
      ['NA', 'na', ' Na ', 'N/A', '--', '', '/', '未监测', '无数据', 'NaN'].map(isMissingCell),
    ).toEqual(Array(10).fill(true))
    expect(['0', '12a', 'none'].map(isMissingCell)).toEqual([false, false, false])
  })
})
