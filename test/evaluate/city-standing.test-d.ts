/**
 * `CityStanding` is inferred from `CityStandingSchema`; this is the hand-written shape it
 * replaced, which the inferred type must stay equal to.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { CityStanding as Inferred, LocalizedText } from '../../src/index.js'
import type {
  CityRanking,
  CompositeIndexResult,
  PeriodChange,
} from '../../src/standards/air/index.js'
import type { ActualValue } from '../../src/standards/figures.js'

interface CityStanding {
  readonly city: string
  readonly month: string | null
  readonly period: { readonly start: string; readonly end: string }
  readonly compositeIndex: CompositeIndexResult
  readonly rank: number | null
  readonly tied: boolean
  readonly of: number
  readonly goodDaysRatio: { readonly value: ActualValue | null; readonly rank: number | null }
  readonly change: PeriodChange | null
  readonly changeRank: number | null
  readonly explanation: LocalizedText
  readonly ranking: CityRanking
}

describe('CityStanding', () => {
  it('is the former hand-written shape, exactly', () => {
    expectTypeOf<Inferred>().toEqualTypeOf<CityStanding>()
  })
})
