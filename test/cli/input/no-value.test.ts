import { describe, expect, it } from 'vitest'
import { isMissingCell } from '../../../src/cli/input/no-value.js'

describe('isMissingCell', () => {
  it('reads the library table in any case, with spaces around', () => {
    expect(
      ['NA', 'na', ' Na ', 'N/A', '--', '-', '', '/', '未监测', '无数据', 'NaN'].map(isMissingCell),
    ).toEqual(Array(11).fill(true))
    expect(['0', '12a', 'none'].map(isMissingCell)).toEqual([false, false, false])
  })
})
