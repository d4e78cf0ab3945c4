import { describe, expect, it } from 'vitest'
import { issue, text } from '../../src/_lib/errors/catalogue.js'
import { InputError } from '../../src/_lib/errors/input-error.js'
import { airSummaryFor } from '../../src/evaluate/_air-summary.js'
import { remapToObservations } from '../../src/evaluate/_observation-errors.js'
import { resolveAirOptions } from '../../src/evaluate/_options.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

describe('remapToObservations', () => {
  it('maps the index of a standard’s list back to the caller’s record', () => {
    const error = new InputError('summarizeAirPeriod input', [
      issue({ code: 'implausible', path: [1, 'co'], expected: text('a', 'a'), received: 800 }),
    ])
    const mapped = remapToObservations(error, [0, 3]) as InputError
    expect(mapped).toBeInstanceOf(InputError)
    expect(mapped.issues[0]).toMatchObject({ code: 'implausible', path: ['observations', 3, 'co'] })
  })

  it('reads the older shape of air errors, and leaves other errors alone', () => {
    class AirShaped extends Error {
      readonly issues = [{ path: [0, 'date'], message: '2022-01-01 is also given at [0]' }]
    }
    const mapped = remapToObservations(new AirShaped('x'), [5]) as InputError
    expect(mapped.issues[0]).toMatchObject({
      code: 'custom',
      path: ['observations', 5, 'date'],
      message: { en: '2022-01-01 is also given at [0]' },
    })
    const other = new RangeError('boom')
    expect(remapToObservations(other, [1])).toBe(other)
  })
})

describe('airSummaryFor', () => {
  it('names the record of the whole list when the air module rejects a day', () => {
    // not through validateObservations: the air module's own check is the last line
    const day = {
      kind: 'airDaily',
      scope: 'central-city',
      so2: 10,
      no2: 20,
      pm10: 40,
      pm25: 30,
      o3_1h: 80,
      o3_8h: 70,
    }
    const observations = [
      { kind: 'landPlot', plot: 'p', year: 2022, safeUse: true },
      { ...day, date: '2022-01-01', co: 0.5 },
      { kind: 'landPlot', plot: 'q', year: 2022, safeUse: true },
      { ...day, date: '2022-01-02', co: 800 },
    ] as unknown as Observation[]
    let error: unknown
    try {
      airSummaryFor(
        target2022('air.good-days-ratio'),
        observations,
        '2022-12-31',
        resolveAirOptions({}),
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues[0]?.path).toEqual(['observations', 3, 'co'])
  })
})
