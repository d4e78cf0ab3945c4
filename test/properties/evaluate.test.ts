import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluatePlan, validateObservations } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { isDocumentedInputError, lawful, oddNumber, PARAMS, TIMEOUT } from './_laws.js'

// The laws of the plan evaluator on any list of observations: a result or an InputError at
// `observations[i]…`, clean figures, frozen input untouched, the same answer twice, the same
// verdicts whatever the order of the records, and validateObservations accepting exactly what
// evaluatePlan accepts.

const STATUSES = ['met', 'notMet', 'onTrack', 'atRisk', 'unreachable', 'insufficientData']
const date = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([m, d]) => `2022-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
const value = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 300 }) },
  { weight: 1, arbitrary: fc.constant(null) },
)
const airDaily = fc.record({
  kind: fc.constant('airDaily'),
  date,
  so2: value,
  no2: value,
  co: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 8, noNaN: true })),
  pm10: value,
  pm25: value,
  o3_1h: value,
  o3_8h: value,
})
const dustDay = fc.record({ kind: fc.constant('dustDay'), date })
const waterSample = fc.record({
  kind: fc.constant('waterSample'),
  section: fc.constantFrom('s1', 's2', 's3'),
  waterBody: fc.constant('river'),
  date,
  values: fc.record(
    {
      pH: fc.double({ min: 5, max: 10, noNaN: true }),
      DO: fc.double({ min: 1, max: 10, noNaN: true }),
      NH3N: fc.double({ min: 0, max: 3, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
})
const drinking = fc.record({
  kind: fc.constant('drinkingWaterSample'),
  source: fc.constantFrom('w1', 'w2'),
  level: fc.constantFrom('prefecture', 'county'),
  sourceType: fc.constant('groundwater'),
  date,
  values: fc.record({ nitrate: fc.double({ min: 0, max: 40, noNaN: true }) }),
})
const landPlot = fc.record({
  kind: fc.constant('landPlot'),
  plot: fc.constantFrom('p1', 'p2', 'p3'),
  year: fc.constant(2022),
  safeUse: fc.constantFrom(true, false, null),
})
const oddRecord = fc.record(
  { kind: fc.constantFrom('airDaily', 'dustDay', 'landPlot', 'nope'), date, co: oddNumber },
  { requiredKeys: ['kind'] },
)
const observations = fc.array(
  fc.oneof(
    { weight: 25, arbitrary: airDaily as fc.Arbitrary<Record<string, unknown>> },
    { weight: 5, arbitrary: dustDay },
    { weight: 10, arbitrary: waterSample },
    { weight: 10, arbitrary: drinking },
    { weight: 5, arbitrary: landPlot },
    { weight: 1, arbitrary: oddRecord },
  ),
  { maxLength: 30 },
)
const asOf = fc.constantFrom('2022-06-30', '2022-12-31', '2023-03-01')
const runs = { ...PARAMS, numRuns: Math.max(10, Math.ceil(PARAMS.numRuns / 10)) }

describe('evaluatePlan on any observations', () => {
  it(
    'returns verdicts or an InputError at a record, and validate agrees with it',
    () => {
      fc.assert(
        fc.property(observations, asOf, (obs, at) => {
          const out = lawful(obs, (o) => evaluatePlan(plan2022, o as never, { asOf: at }))
          let validated: unknown = null
          try {
            validated = validateObservations(structuredClone(obs))
          } catch (e) {
            expect(isDocumentedInputError(e)).toBe(true)
            expect(out.ok).toBe(false)
            if (!out.ok) expect((e as Error).message).toBe(out.error.message)
            return
          }
          expect(validated).not.toBeNull()
          expect(out.ok).toBe(true)
          if (!out.ok) return
          const e = out.value
          expect(e.targets.map((t) => t.target)).toEqual(plan2022.targets.map((t) => t.id))
          for (const t of e.targets) expect(STATUSES).toContain(t.status)
          const total = Object.values(e.summary.targets).reduce((a, b) => a + b, 0)
          expect(total).toBe(e.targets.length)
        }),
        runs,
      )
    },
    TIMEOUT,
  )

  it(
    'gives the same verdicts whatever the order of the records',
    () => {
      const pair = observations.chain((o) =>
        fc.tuple(fc.constant(o), fc.shuffledSubarray(o, { minLength: o.length })),
      )
      fc.assert(
        fc.property(pair, asOf, ([obs, shuffled], at) => {
          let a: ReturnType<typeof evaluatePlan>
          try {
            a = evaluatePlan(plan2022, obs as never, { asOf: at })
          } catch (e) {
            expect(isDocumentedInputError(e)).toBe(true)
            expect(() => evaluatePlan(plan2022, shuffled as never, { asOf: at })).toThrow()
            return
          }
          const b = evaluatePlan(plan2022, shuffled as never, { asOf: at })
          const verdicts = (x: typeof a) =>
            x.targets.map((t) => ({ target: t.target, status: t.status, actual: t.actual }))
          expect(verdicts(b)).toEqual(verdicts(a))
          expect(b.airCalendar).toEqual(a.airCalendar)
        }),
        runs,
      )
    },
    TIMEOUT,
  )
})
