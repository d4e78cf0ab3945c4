import { describe, expect, it } from 'vitest'
import * as evaluate from '../../src/evaluate/index.js'
import { InputError } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const asOf = '2022-12-31'
const battery = plan2022.tasks.find((t) => t.objective?.kind === 'rate')
const allowance = plan2022.tasks.find(
  (t) => t.objective?.kind === 'count' && t.objective.metric === 'allowanceComplianceRatio',
)

/** A valid call of each function that takes options, with the options given. */
const CALLS: Record<string, (options: Record<string, unknown>) => unknown> = {
  evaluatePlan: (o) => evaluate.evaluatePlan(plan2022, [], { asOf, ...o }),
  evaluateChecklist: (o) => evaluate.evaluateChecklist(plan2022, [], { asOf, ...o }),
  evaluateGoodDaysRatio: (o) =>
    evaluate.evaluateGoodDaysRatio(target2022('air.good-days-ratio'), [], { asOf, ...o }),
  evaluateHeavyPollutionDaysRatio: (o) =>
    evaluate.evaluateHeavyPollutionDaysRatio(target2022('air.heavy-pollution-days-ratio'), [], {
      asOf,
      ...o,
    }),
  evaluateSeverePollutionDaysRatio: (o) =>
    evaluate.evaluateSeverePollutionDaysRatio(
      { ...target2022('air.heavy-pollution-days-ratio'), metric: 'severePollutionDaysRatio' },
      [],
      { asOf, ...o },
    ),
  evaluatePm25Mean: (o) =>
    evaluate.evaluatePm25Mean(target2022('air.pm25-annual-mean'), [], { asOf, ...o }),
  evaluateSectionsRatio: (o) =>
    evaluate.evaluateSectionsRatio(target2022('water.national-sections-class-i-iii'), [], {
      asOf,
      ...o,
    }),
  evaluateDrinkingWaterRatio: (o) =>
    evaluate.evaluateDrinkingWaterRatio(target2022('water.drinking-water-county'), [], {
      asOf,
      ...o,
    }),
  evaluateEmissionTotal: (o) =>
    evaluate.evaluateEmissionTotal(target2022('emissions.nox'), [], { asOf, ...o }),
  evaluateFarmlandSafeUse: (o) =>
    evaluate.evaluateFarmlandSafeUse(target2022('soil.farmland-safe-use'), [], { asOf, ...o }),
  evaluateContaminatedLandSafeUse: (o) =>
    evaluate.evaluateContaminatedLandSafeUse(target2022('soil.contaminated-land-safe-use'), [], {
      asOf,
      ...o,
    }),
  evaluateBatteryCollectionRate: (o) =>
    evaluate.evaluateBatteryCollectionRate(evaluate.objectiveTarget(plan2022, battery!)!, [], {
      asOf,
      ...o,
    }),
  evaluateAllowanceCompliance: (o) =>
    evaluate.evaluateAllowanceCompliance(evaluate.objectiveTarget(plan2022, allowance!)!, [], {
      asOf,
      ...o,
    }),
  airDailyObservationsFromCityDays: (o) => evaluate.airDailyObservationsFromCityDays([], o),
  evaluateCityRanking: (o) =>
    evaluate.evaluateCityRanking(
      [
        {
          city: 'A',
          days: [
            {
              date: '2022-01-01',
              so2: 10,
              no2: 30,
              co: 1,
              pm10: 70,
              pm25: 40,
              o3_1h: 90,
              o3_8h: 80,
            },
          ],
        },
      ],
      { city: 'A', ...o },
    ),
}

const schemas = Object.keys(evaluate).filter((k) => k.endsWith('OptionsSchema'))

describe('the options of the evaluators', () => {
  it('cover every exported options schema with a call', () => {
    const functions = schemas.map((k) => k[0]?.toLowerCase() + k.slice(1, -'OptionsSchema'.length))
    expect(functions.sort()).toEqual(Object.keys(CALLS).sort())
    for (const f of functions)
      expect(typeof (evaluate as Record<string, unknown>)[f]).toBe('function')
  })

  it.each(Object.keys(CALLS))('%s runs with its options and rejects a misspelt key', (name) => {
    const call = CALLS[name] as (typeof CALLS)[string]
    expect(() => call({})).not.toThrow()
    let error: unknown
    try {
      call({ asof: '2022-06-30' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['options', 'asof'],
    })
  })
})
