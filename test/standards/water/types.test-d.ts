import { describe, expectTypeOf, it } from 'vitest'
import type {
  DrinkingWaterSampleObservation,
  WaterSampleObservation,
} from '../../../src/schemas/observation/index.js'
import type {
  DrinkingWaterSourceSampling,
  SectionIndicatorKey,
  WaterClass,
  WaterIndicatorKey,
  WaterSampling,
} from '../../../src/standards/water/index.js'

describe('water types', () => {
  it('accepts parsed observations where samplings are expected', () => {
    expectTypeOf<WaterSampleObservation>().toExtend<WaterSampling>()
    expectTypeOf<DrinkingWaterSampleObservation>().toExtend<DrinkingWaterSourceSampling>()
  })

  it('keeps the reference indicators out of the section indicator keys', () => {
    expectTypeOf<'TN'>().not.toExtend<SectionIndicatorKey>()
    expectTypeOf<'fecalColiform'>().not.toExtend<SectionIndicatorKey>()
    expectTypeOf<'waterTemp'>().not.toExtend<SectionIndicatorKey>()
    expectTypeOf<SectionIndicatorKey>().toExtend<WaterIndicatorKey>()
    expectTypeOf<WaterClass>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>()
  })
})
