/**
 * The types of the root entry's functions that take options, besides evaluatePlan (see
 * evaluate-plan.test-d.ts): each returns its result type, and a misspelt option key or an
 * observation of a misspelt kind does not compile.
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AirDailyObservation,
  airDailyObservationsFromCityDays,
  type Checklist,
  type CityStanding,
  evaluateAllowanceCompliance,
  evaluateBatteryCollectionRate,
  evaluateChecklist,
  evaluateCityRanking,
  evaluateContaminatedLandSafeUse,
  evaluateDrinkingWaterRatio,
  evaluateEmissionTotal,
  evaluateFarmlandSafeUse,
  evaluateHeavyPollutionDaysRatio,
  evaluatePm25Mean,
  evaluateSectionsRatio,
  evaluateSeverePollutionDaysRatio,
  type Observation,
  type ObservationInput,
  type Plan,
  planStarterText,
  readPlanFile,
  renderPlanMarkdown,
  renderReportHtml,
  type Target,
  type TargetResult,
  writePlanFile,
} from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import type { CityDay, RankCityInput } from '../../src/standards/air/index.js'

declare const target: Target
declare const cityDays: readonly CityDay[]
declare const cities: readonly RankCityInput[]
const asOf = '2022-06-30'
const EVALUATORS = [
  evaluateAllowanceCompliance,
  evaluateBatteryCollectionRate,
  evaluateContaminatedLandSafeUse,
  evaluateDrinkingWaterRatio,
  evaluateEmissionTotal,
  evaluateFarmlandSafeUse,
  evaluateHeavyPollutionDaysRatio,
  evaluatePm25Mean,
  evaluateSectionsRatio,
  evaluateSeverePollutionDaysRatio,
] as const

describe('the evaluators of single targets', () => {
  it('return a TargetResult and need asOf', () => {
    for (const evaluate of EVALUATORS) {
      expectTypeOf(evaluate(target, [], { asOf })).toEqualTypeOf<TargetResult>()
      // @ts-expect-error asOf is required
      evaluate(target, [], {})
    }
  })

  it('reject a misspelt option of each', () => {
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluateAllowanceCompliance(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluateBatteryCollectionRate(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluateContaminatedLandSafeUse(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'rules' is misspelt (rule)
    evaluateDrinkingWaterRatio(target, [], { asOf, rules: 'annualMean' })
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluateEmissionTotal(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluateFarmlandSafeUse(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'validDays' is misspelt (validDay)
    evaluateHeavyPollutionDaysRatio(target, [], { asOf, validDays: 'allIndicators' })
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluatePm25Mean(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'shedule' is misspelt (schedule)
    evaluateSectionsRatio(target, [], { asOf, shedule: 'final' })
    // @ts-expect-error 'validDays' is misspelt (validDay)
    evaluateSeverePollutionDaysRatio(target, [], { asOf, validDays: 'allIndicators' })
  })

  it('do not compile an observation of a misspelt kind', () => {
    const water = {} as Extract<ObservationInput, { kind: 'waterSample' }>
    evaluateSectionsRatio(target, [water], { asOf })
    // @ts-expect-error 'watersample' is not an observation kind
    evaluateSectionsRatio(target, [{ ...water, kind: 'watersample' }], { asOf })
    const emission = {} as Extract<ObservationInput, { kind: 'emissionTotal' }>
    evaluateEmissionTotal(target, [emission], { asOf })
    // @ts-expect-error 'emisionTotal' is not an observation kind
    evaluateEmissionTotal(target, [{ ...emission, kind: 'emisionTotal' }], { asOf })
    expectTypeOf<{ kind: 'airDayly' }>().not.toExtend<Observation>()
  })
})

describe('the other functions of the root entry', () => {
  it('return their result types and reject a misspelt option', () => {
    expectTypeOf(evaluateChecklist(plan2022, [], { asOf })).toEqualTypeOf<Checklist>()
    // @ts-expect-error 'targetResult' is misspelt (targetResults)
    evaluateChecklist(plan2022, [], { asOf, targetResult: [] })
    expectTypeOf(evaluateCityRanking(cities, { city: 'A' })).toEqualTypeOf<CityStanding>()
    // @ts-expect-error 'months' is misspelt (month)
    evaluateCityRanking(cities, { city: 'A', months: '2022-01' })
    expectTypeOf(airDailyObservationsFromCityDays(cityDays)).toEqualTypeOf<AirDailyObservation[]>()
    // @ts-expect-error 'scopes' is misspelt (scope)
    airDailyObservationsFromCityDays(cityDays, { scopes: 'central-city' })
    expectTypeOf(readPlanFile('{}', { format: 'json' })).toEqualTypeOf<Plan>()
    // @ts-expect-error 'formats' is misspelt (format)
    readPlanFile('{}', { formats: 'json' })
    expectTypeOf(writePlanFile(plan2022, { format: 'yaml' })).toEqualTypeOf<string>()
    // @ts-expect-error 'toml' is not a plan file format
    writePlanFile(plan2022, { format: 'toml' })
    expectTypeOf(planStarterText({ year: 2023 })).toEqualTypeOf<string>()
    // @ts-expect-error 'years' is misspelt (year)
    planStarterText({ years: 2023 })
    expectTypeOf(renderPlanMarkdown(plan2022, { lang: 'zh' })).toEqualTypeOf<string>()
    // @ts-expect-error 'language' is not an option (lang is)
    renderPlanMarkdown(plan2022, { language: 'zh' })
    const evaluation = evaluatePlanOf()
    expectTypeOf(renderReportHtml(evaluation, { plan: plan2022 })).toEqualTypeOf<string>()
    // @ts-expect-error 'fr' is not a report language
    renderReportHtml(evaluation, { plan: plan2022, lang: 'fr' })
  })
})

declare function evaluatePlanOf(): import('../../src/index.js').PlanEvaluation
