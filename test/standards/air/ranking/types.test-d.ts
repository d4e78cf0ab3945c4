import { describe, expectTypeOf, it } from 'vitest'
import type { AirDailyObservation } from '../../../../src/schemas/observation/index.js'
import type {
  AirPeriodSummary,
  CityRankingKey,
  CompositeIndexOptions,
  CompositeIndexPollutant,
  PeriodChangeOptions,
  RankCityInput,
} from '../../../../src/standards/air/index.js'

describe('ranking types', () => {
  it('takes a city with daily values (airDaily observations fit) or with a period summary', () => {
    expectTypeOf<{ city: string; days: AirDailyObservation[] }>().toExtend<RankCityInput>()
    expectTypeOf<{ city: string; summary: AirPeriodSummary }>().toExtend<RankCityInput>()
    expectTypeOf<{ city: string }>().not.toExtend<RankCityInput>()
  })

  it('names the six pollutants of the index and the nine rankings', () => {
    expectTypeOf<CompositeIndexPollutant>().toEqualTypeOf<
      'so2' | 'no2' | 'pm10' | 'pm25' | 'co' | 'o3_8h'
    >()
    expectTypeOf<'o3_1h'>().not.toExtend<CompositeIndexPollutant>()
    expectTypeOf<'goodDaysRatio' | 'compositeIndexChange' | 'pm25'>().toExtend<CityRankingKey>()
  })

  it('types the options: a known basis, a required kind', () => {
    expectTypeOf<{ concentrationBasis: 'raw' }>().toExtend<CompositeIndexOptions>()
    expectTypeOf<{ concentrationBasis: 'dusty' }>().not.toExtend<CompositeIndexOptions>()
    expectTypeOf<{ baseYear: 2020 }>().not.toExtend<PeriodChangeOptions>()
    expectTypeOf<{ kind: 'ratio'; baseYear: 2020 }>().toExtend<PeriodChangeOptions>()
  })
})
