import type { MetricId } from '../../schemas/vocabulary.js'
import type { KernelSpec } from '../_kernel.js'
import { airDaysKernel } from './air-days.js'
import { allowanceKernel } from './allowance-compliance.js'
import { batteryKernel } from './battery-collection.js'
import { drinkingWaterKernel } from './drinking-water.js'
import { emissionsKernel } from './emissions.js'
import { farmlandKernel } from './farmland.js'
import { landPlotsKernel } from './land-plots.js'
import { pm25MeanKernel } from './pm25-mean.js'
import { sectionsKernel } from './water-sections.js'

const spec = (
  name: string,
  metrics: readonly MetricId[],
  kernel: KernelSpec['kernel'],
  decreaseOfLevel = false,
): KernelSpec => ({
  name,
  metrics,
  kernel,
  decreaseOfLevel,
  targetKind:
    metrics.length > 1
      ? 'a sections-ratio'
      : `${/^[aeiou]/.test(metrics[0] ?? '') ? 'an' : 'a'} ${metrics[0]}`,
})

/** The evaluator of every metric: a metric without one does not compile. */
export const EVALUATORS: Readonly<Record<MetricId, KernelSpec>> = {
  goodDaysRatio: spec('evaluateGoodDaysRatio', ['goodDaysRatio'], (t, o, c) =>
    airDaysKernel('good', t, o, c),
  ),
  pm25Mean: spec('evaluatePm25Mean', ['pm25Mean'], pm25MeanKernel, true),
  heavyPollutionDaysRatio: spec(
    'evaluateHeavyPollutionDaysRatio',
    ['heavyPollutionDaysRatio'],
    (t, o, c) => airDaysKernel('heavy', t, o, c),
    true,
  ),
  severePollutionDaysRatio: spec(
    'evaluateSeverePollutionDaysRatio',
    ['severePollutionDaysRatio'],
    (t, o, c) => airDaysKernel('severe', t, o, c),
    true,
  ),
  sectionsClassIToIIIRatio: spec(
    'evaluateSectionsRatio',
    ['sectionsClassIToIIIRatio', 'sectionsWorseThanVRatio'],
    sectionsKernel,
  ),
  sectionsWorseThanVRatio: spec(
    'evaluateSectionsRatio',
    ['sectionsClassIToIIIRatio', 'sectionsWorseThanVRatio'],
    sectionsKernel,
  ),
  drinkingWaterClassIIIRatio: spec(
    'evaluateDrinkingWaterRatio',
    ['drinkingWaterClassIIIRatio'],
    drinkingWaterKernel,
  ),
  emissionTotal: spec('evaluateEmissionTotal', ['emissionTotal'], emissionsKernel),
  farmlandSafeUseRatio: spec('evaluateFarmlandSafeUse', ['farmlandSafeUseRatio'], farmlandKernel),
  contaminatedLandSafeUseRatio: spec(
    'evaluateContaminatedLandSafeUse',
    ['contaminatedLandSafeUseRatio'],
    landPlotsKernel,
  ),
  batteryCollectionRate: spec(
    'evaluateBatteryCollectionRate',
    ['batteryCollectionRate'],
    batteryKernel,
  ),
  allowanceComplianceRatio: spec(
    'evaluateAllowanceCompliance',
    ['allowanceComplianceRatio'],
    allowanceKernel,
  ),
}
