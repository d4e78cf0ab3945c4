/**
 * The types of every public function of `eco-targets/water` that takes options: the result type
 * it returns, and a misspelt option key that does not compile.
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  assessDrinkingWaterSources,
  assessSectionSet,
  assessSurfaceSource,
  classifyIndicator,
  classifySection,
  classifySectionPeriod,
  type DrinkingWaterSource,
  type DrinkingWaterSourcesAssessment,
  type GroundwaterValues,
  groupDrinkingWaterSamplings,
  type MainPollutants,
  mainPollutants,
  parseGroundwaterValues,
  parseSurfaceSourceValues,
  parseSurfaceWaterValues,
  readSectionRecords,
  type SectionClassification,
  type SectionPeriodClassification,
  type SectionSetAssessment,
  type SurfaceSourceAssessment,
  type SurfaceSourceValues,
  type SurfaceWaterValues,
  type TrophicState,
  trophicLevelIndex,
  type WaterClass,
} from '../../../src/standards/water/index.js'

const values = { pH: 7.6, DO: 6.1, NH3N: 0.4, TP: 0.12 }
const sampling = { date: '2022-05-10', values }
declare const sources: readonly DrinkingWaterSource[]

describe('the water functions', () => {
  it('classify with a required water body and reject a misspelt option', () => {
    expectTypeOf(classifyIndicator('NH3N', 0.4, { waterBody: 'river' })).toEqualTypeOf<WaterClass>()
    // @ts-expect-error 'waterbody' is misspelt (waterBody)
    classifyIndicator('NH3N', 0.4, { waterbody: 'river' })
    expectTypeOf(
      classifySection(values, { waterBody: 'lake' }),
    ).toEqualTypeOf<SectionClassification>()
    // @ts-expect-error 'baseclass' is misspelt (baseClass)
    classifySection(values, { waterBody: 'lake', baseclass: 3 })
    expectTypeOf(
      classifySectionPeriod([sampling], { waterBody: 'river', period: '2022' }),
    ).toEqualTypeOf<SectionPeriodClassification>()
    // @ts-expect-error 'minSampling' is misspelt (minSamplings)
    classifySectionPeriod([sampling], { waterBody: 'river', minSampling: 2 })
    expectTypeOf(mainPollutants(values, { waterBody: 'river' })).toEqualTypeOf<MainPollutants>()
    // @ts-expect-error 'digit' is misspelt (digits)
    mainPollutants(values, { waterBody: 'river', digit: 1 })
    expectTypeOf(
      assessSectionSet([{ id: 'a', waterBody: 'river', values }]),
    ).toEqualTypeOf<SectionSetAssessment>()
    // @ts-expect-error 'minSections' is misspelt (minSectionsForShares)
    assessSectionSet([{ id: 'a', waterBody: 'river', values }], { minSections: 5 })
    expectTypeOf(trophicLevelIndex({ chla: 10, TP: 0.1 })).toEqualTypeOf<TrophicState>()
    // @ts-expect-error 'missing' is not an option (missingParameters is)
    trophicLevelIndex({ chla: 10 }, { missing: 'withhold' })
  })

  it('assess drinking-water sources and reject a misspelt option', () => {
    expectTypeOf(
      assessSurfaceSource(values, { waterBody: 'reservoir' }),
    ).toEqualTypeOf<SurfaceSourceAssessment>()
    // @ts-expect-error 'indicator' is misspelt (indicators)
    assessSurfaceSource(values, { waterBody: 'reservoir', indicator: ['pH'] })
    expectTypeOf(
      assessDrinkingWaterSources(sources, { rule: 'everySampling' }),
    ).toEqualTypeOf<DrinkingWaterSourcesAssessment>()
    // @ts-expect-error 'volumeWeight' is misspelt (volumeWeighted)
    assessDrinkingWaterSources(sources, { volumeWeight: true })
    expectTypeOf(groupDrinkingWaterSamplings([])).toEqualTypeOf<DrinkingWaterSource[]>()
    // @ts-expect-error 'index' is misspelt (indices)
    groupDrinkingWaterSamplings([], { index: [0] })
  })

  it('read records and reject a misspelt option', () => {
    expectTypeOf(parseSurfaceWaterValues({ pH: '7.6' })).toEqualTypeOf<SurfaceWaterValues>()
    // @ts-expect-error 'ignored' is misspelt (ignore)
    parseSurfaceWaterValues({ pH: '7.6' }, { ignored: ['name'] })
    expectTypeOf(parseSurfaceSourceValues({})).toEqualTypeOf<SurfaceSourceValues>()
    // @ts-expect-error 'locations' is misspelt (location)
    parseSurfaceSourceValues({}, { locations: { line: 2 } })
    expectTypeOf(parseGroundwaterValues({})).toEqualTypeOf<GroundwaterValues>()
    // @ts-expect-error 'ignores' is misspelt (ignore)
    parseGroundwaterValues({}, { ignores: [] })
    readSectionRecords([{ 断面名称: 'A' }], { lakes: [] })
    // @ts-expect-error 'lake' is misspelt (lakes)
    readSectionRecords([{ 断面名称: 'A' }], { lake: [] })
  })
})
