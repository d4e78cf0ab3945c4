import { describe, expect, it } from 'vitest'
import {
  assessDrinkingWaterSources,
  assessGroundwaterSource,
  assessSectionSet,
  assessSurfaceSource,
  classifyGroundwater,
  classifySection,
  classifySectionPeriod,
  DrinkingWaterSourcesAssessmentSchema,
  GroundwaterClassificationSchema,
  GroundwaterSourceAssessmentSchema,
  MainPollutantsSchema,
  mainPollutants,
  SectionClassificationSchema,
  SectionPeriodClassificationSchema,
  SectionSetAssessmentSchema,
  SurfaceSourceAssessmentSchema,
  TrophicStateSchema,
  trophicLevelIndex,
} from '../../../../src/standards/water/index.js'

// Every result is described by its schema (strict objects: an undocumented field fails), so the
// JSON Schemas in schemas/ say what the functions return.
const values = {
  pH: 9.5,
  DO: 4,
  CODMn: 5,
  NH3N: 2.4,
  TP: 0.501,
  TN: 3,
  fecalColiform: 500,
  waterTemp: 12,
}

describe('water result schemas', () => {
  it('describe the section, period and set results', () => {
    expect(() =>
      SectionClassificationSchema.parse(
        classifySection(values, {
          waterBody: 'lake',
          indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'COD'],
        }),
      ),
    ).not.toThrow()
    const period = classifySectionPeriod(
      [
        { date: '2022-01-10', values },
        { date: '2022-02-10', status: 'frozen' },
      ],
      { waterBody: 'river', period: '2022-Q1', minSamplings: 1 },
    )
    expect(() => SectionPeriodClassificationSchema.parse(period)).not.toThrow()
    const set = assessSectionSet([
      { id: 'a', name: '甲', waterBody: 'river', values },
      { id: 'b', waterBody: 'lake', values: { TP: 0.01 } },
      { id: 'c', waterBody: 'river', condition: 'driedUp' },
    ])
    expect(() => SectionSetAssessmentSchema.parse(set)).not.toThrow()
    const shares = assessSectionSet(
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({
        id,
        waterBody: 'river' as const,
        values: { TP: 0.1 },
      })),
    )
    expect(() => SectionSetAssessmentSchema.parse(shares)).not.toThrow()
  })

  it('describe the drinking-water and groundwater results', () => {
    expect(() =>
      SurfaceSourceAssessmentSchema.parse(
        assessSurfaceSource({ ...values, Fe: 0.5, benzene: 0.001 }, { waterBody: 'reservoir' }),
      ),
    ).not.toThrow()
    expect(() =>
      GroundwaterClassificationSchema.parse(
        classifyGroundwater({ pH: 7, LAS: 'notDetected', odourTaste: 'none', nitrate: 3 }),
      ),
    ).not.toThrow()
    expect(() =>
      GroundwaterSourceAssessmentSchema.parse(assessGroundwaterSource({ nitrate: 25 })),
    ).not.toThrow()
    const sources = assessDrinkingWaterSources(
      [
        {
          id: 'g',
          name: '井',
          type: 'groundwater',
          volume: 2,
          samplings: [{ date: '2022-03-01', values: { nitrate: 3 } }],
        },
        {
          id: 's',
          type: 'surface',
          waterBody: 'river',
          volume: 3,
          samplings: [{ date: '2022-03-01', values: { NH3N: 0.2, Fe: 0.1 } }],
        },
        { id: 'x', type: 'groundwater', samplings: [] },
      ],
      { volumeWeighted: true, rule: 'everySampling' },
    )
    expect(() => DrinkingWaterSourcesAssessmentSchema.parse(sources)).not.toThrow()
  })

  it('describe the trophic state and the main pollutants', () => {
    expect(() => TrophicStateSchema.parse(trophicLevelIndex({ chla: 10, TP: 0.1 }))).not.toThrow()
    expect(() => TrophicStateSchema.parse(trophicLevelIndex({}))).not.toThrow()
    expect(() =>
      MainPollutantsSchema.parse(mainPollutants(values, { waterBody: 'river' })),
    ).not.toThrow()
  })
})
