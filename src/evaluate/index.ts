export type { AirTargetOptions } from './_air-summary.js'
export type { EvaluateTargetOptions } from './_context.js'
export {
  type EvaluateAirDaysOptions,
  evaluateGoodDaysRatio,
  evaluateHeavyPollutionDaysRatio,
} from './air-days.js'
export {
  type AirDailyObservationsFromCityDaysOptions,
  airDailyObservationsFromCityDays,
} from './air-observations.js'
export {
  type EvaluateAllowanceComplianceOptions,
  evaluateAllowanceCompliance,
} from './allowance-compliance.js'
export { evaluateBatteryCollectionRate } from './battery-collection.js'
export { dueDateOf, type EvaluateChecklistOptions, evaluateChecklist } from './checklist.js'
export {
  type CityStanding,
  type EvaluateCityRankingOptions,
  EvaluateCityRankingOptionsSchema,
  evaluateCityRanking,
} from './city-ranking.js'
export { compareWithTarget } from './compare.js'
export {
  type EvaluateDrinkingWaterRatioOptions,
  evaluateDrinkingWaterRatio,
} from './drinking-water.js'
export { type EvaluateEmissionTotalOptions, evaluateEmissionTotal } from './emissions.js'
export { type EvaluatePlanOptions, evaluatePlan } from './evaluate-plan.js'
export { evaluateFarmlandSafeUse } from './farmland.js'
export { evaluateContaminatedLandSafeUse } from './land-plots.js'
export { objectiveTarget } from './objective-target.js'
export { type EvaluatePm25MeanOptions, evaluatePm25Mean } from './pm25-mean.js'
export { type EvaluateSectionsRatioOptions, evaluateSectionsRatio } from './water-sections.js'
