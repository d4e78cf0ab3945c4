import { describe, expect, it } from 'vitest'
import { createCoveredHourReader } from '../../../../src/standards/air/daily-read/_hours.js'

describe('createCoveredHourReader', () => {
  it('maps hour-ending stamps to the hour before them, in China Standard Time', () => {
    const read = createCoveredHourReader('hour-ending')
    expect(read('2022-01-02T00:00:00')).toEqual({ date: '2022-01-01', hour: 23 })
    expect(read('2022-01-02 01:00')).toEqual({ date: '2022-01-02', hour: 0 })
    // 16:00 UTC on 1 January is midnight of the 2nd in Beijing: the last hour of the 1st.
    expect(read('2022-01-01T16:00:00Z')).toEqual({ date: '2022-01-01', hour: 23 })
    expect(read('2022-01-02T00:00:00')).toEqual({ date: '2022-01-01', hour: 23 })
  })

  it('maps hour-beginning stamps to their own hour', () => {
    expect(createCoveredHourReader('hour-beginning')('2022-01-02T00:00:00')).toEqual({
      date: '2022-01-02',
      hour: 0,
    })
  })

  it('explains stamps that are not timestamps or not on the hour', () => {
    const read = createCoveredHourReader('hour-ending')
    expect(read('noon')).toBe('timestamp')
    expect(read('2022-01-01T10:30')).toBe('onHour')
  })
})
