import { describe, expectTypeOf, it } from 'vitest'
import type { EVALUATORS } from '../../src/evaluate/_kernels/index.js'
import {
  type EvaluatePlanOptions,
  evaluateGoodDaysRatio,
  evaluatePlan,
  type MetricId,
  type Observation,
  type PlanEvaluation,
  renderReportMarkdown,
  type TargetResult,
  validateObservations,
} from '../../src/index.js'
import { plan2022, TARGETS_2022 } from '../../src/plans/2022/index.js'

const day = {
  kind: 'airDaily',
  date: '2022-01-01',
  so2: 10,
  no2: 20,
  co: 0.5,
  pm10: 40,
  pm25: 30,
  o3_1h: 80,
  o3_8h: 70,
} as const

describe('evaluatePlan', () => {
  it('takes typed observations and returns an evaluation', () => {
    expectTypeOf(
      evaluatePlan(plan2022, [day], { asOf: '2022-06-30' }),
    ).toEqualTypeOf<PlanEvaluation>()
  })

  it('does not compile an observation of a misspelt kind or a misspelt field', () => {
    // @ts-expect-error 'airDayly' is not an observation kind
    evaluatePlan(plan2022, [{ ...day, kind: 'airDayly' }], { asOf: '2022-06-30' })
    // @ts-expect-error 'pm2_5' is not a field of airDaily
    evaluatePlan(plan2022, [{ ...day, pm2_5: 30 }], { asOf: '2022-06-30' })
  })

  it('takes data of unknown shape through validateObservations', () => {
    const parsed: unknown = JSON.parse('[]')
    // @ts-expect-error unknown data must be validated first
    evaluatePlan(plan2022, parsed, { asOf: '2022-06-30' })
    const observations = validateObservations(parsed)
    expectTypeOf(observations).toEqualTypeOf<readonly Observation[]>()
    expectTypeOf(
      evaluatePlan(plan2022, observations, { asOf: '2022-06-30' }),
    ).toEqualTypeOf<PlanEvaluation>()
  })

  it('does not compile a misspelt option or a missing date', () => {
    // @ts-expect-error 'shedule' is not an option
    evaluatePlan(plan2022, [], { asOf: '2022-06-30', shedule: 'final' })
    // @ts-expect-error asOf is required
    evaluatePlan(plan2022, [], {})
    // @ts-expect-error an air option belongs under `air`
    evaluatePlan(plan2022, [], { asOf: '2022-06-30', dustRatioMethod: 'excludeDays' })
    expectTypeOf<EvaluatePlanOptions['schedule']>().toEqualTypeOf<'linear' | 'final' | undefined>()
  })

  it('has an evaluator for every metric', () => {
    expectTypeOf<keyof typeof EVALUATORS>().toEqualTypeOf<MetricId>()
  })
})

describe('the evaluators', () => {
  it('take their own options only', () => {
    const t = TARGETS_2022[0]!
    expectTypeOf(
      evaluateGoodDaysRatio(t, [day], { asOf: '2022-06-30' }),
    ).toEqualTypeOf<TargetResult>()
    // @ts-expect-error 'validDays' is not an option (validDay is)
    evaluateGoodDaysRatio(t, [day], { asOf: '2022-06-30', validDays: 'allIndicators' })
  })
})

describe('renderReportMarkdown', () => {
  it('needs the plan the evaluation is of, as the guide shows', () => {
    const evaluation = evaluatePlan(plan2022, [], { asOf: '2022-06-30' })
    expectTypeOf(renderReportMarkdown(evaluation, { plan: plan2022 })).toEqualTypeOf<string>()
    // @ts-expect-error the plan gives the titles of targets and tasks
    renderReportMarkdown(evaluation)
  })
})
