import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type {
  DrinkingWaterSampleObservation,
  WaterSampleObservation,
} from '../../../src/schemas/observation/index.js'
import {
  assessDrinkingWaterSources,
  assessSectionSet,
  assessSurfaceSource,
  type ClassifySectionOptions,
  classifyIndicator,
  classifySection,
  classifySectionPeriod,
  type DrinkingWaterSamplingRecord,
  type DrinkingWaterSourceSampling,
  groupDrinkingWaterSamplings,
  type MainPollutants,
  mainPollutants,
  parseSurfaceWaterValues,
  readSectionRecords,
  type SectionClassification,
  type SectionClassificationSchema,
  type SectionIndicatorKey,
  type SectionPeriodClassification,
  type SurfaceWaterValues,
  type TrophicState,
  trophicLevelIndex,
  type WaterClass,
  type WaterIndicatorKey,
  type WaterSampling,
} from '../../../src/standards/water/index.js'

describe('water types', () => {
  it('accepts parsed observations where samplings are expected', () => {
    expectTypeOf<WaterSampleObservation>().toExtend<WaterSampling>()
    expectTypeOf<DrinkingWaterSampleObservation>().toExtend<DrinkingWaterSourceSampling>()
    expectTypeOf<DrinkingWaterSampleObservation>().toExtend<DrinkingWaterSamplingRecord>()
  })

  it('keeps the reference indicators out of the section indicator keys', () => {
    expectTypeOf<'TN'>().not.toExtend<SectionIndicatorKey>()
    expectTypeOf<'fecalColiform'>().not.toExtend<SectionIndicatorKey>()
    expectTypeOf<'waterTemp'>().not.toExtend<SectionIndicatorKey>()
    expectTypeOf<SectionIndicatorKey>().toExtend<WaterIndicatorKey>()
    expectTypeOf<WaterClass>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>()
  })

  it('infers the result types from their schemas', () => {
    expectTypeOf<SectionClassification>().toEqualTypeOf<
      z.output<typeof SectionClassificationSchema>
    >()
    expectTypeOf(classifySection).returns.toEqualTypeOf<SectionClassification>()
    expectTypeOf(classifySectionPeriod).returns.toEqualTypeOf<SectionPeriodClassification>()
    expectTypeOf(mainPollutants).returns.toEqualTypeOf<MainPollutants>()
    expectTypeOf(trophicLevelIndex).returns.toEqualTypeOf<TrophicState>()
    expectTypeOf(parseSurfaceWaterValues).returns.toEqualTypeOf<SurfaceWaterValues>()
  })

  it('requires the water body of a section and rejects misspelt options at compile time', () => {
    expectTypeOf<{ waterBody: 'river' }>().toExtend<ClassifySectionOptions>()
    expectTypeOf<{ indicators: ['pH'] }>().not.toExtend<ClassifySectionOptions>()
    // @ts-expect-error waterBody is required
    classifySection({ TP: 0.1 }, {})
    // @ts-expect-error a misspelt option does not compile
    classifySection({ TP: 0.1 }, { waterBody: 'river', baseclass: 3 })
    // @ts-expect-error 'sea' is no water body
    classifySection({ TP: 0.1 }, { waterBody: 'sea' })
    const withTn = ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN'] as const
    // @ts-expect-error a reference indicator is not a 5+X item
    classifySection({}, { waterBody: 'river', indicators: withTn })
    // @ts-expect-error TSS is not a Table 1 item
    classifySection({ TSS: 1 }, { waterBody: 'river' })
    // @ts-expect-error a misspelt option does not compile
    assessSectionSet([], { minSectionForShares: 5 })
    // @ts-expect-error the rule is one of two words
    assessDrinkingWaterSources([], { rule: 'monthly' })
    // @ts-expect-error the indicator key is checked
    classifyIndicator('TSS', 1)
    // @ts-expect-error the source options need a water body
    assessSurfaceSource({ NH3N: 0.1 }, {})
    // @ts-expect-error the trophic options are strict
    trophicLevelIndex({ TP: 0.1 }, { missing: 'withhold' })
    expectTypeOf(readSectionRecords)
      .parameter(0)
      .toExtend<readonly Readonly<Record<string, unknown>>[]>()
    expectTypeOf(groupDrinkingWaterSamplings).returns.toExtend<readonly { id: string }[]>()
  })
})
