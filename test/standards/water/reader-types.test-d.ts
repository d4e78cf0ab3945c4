/**
 * The reader result types of the water module are inferred from their zod schemas
 * (`src/standards/water/results/readers.ts`); these are the hand-written shapes they replaced,
 * which each inferred type must stay equal to.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { IssueLocation } from '../../../src/_lib/errors/issue.js'
import type * as water from '../../../src/standards/water/index.js'

type SamplingStatus = water.SamplingStatus
type SurfaceWaterValues = water.SurfaceWaterValues
type WaterClass = water.WaterClass
type WaterBody = water.WaterBody

interface SectionRecordSampling {
  readonly record: number
  readonly location?: IssueLocation
  readonly date: string | null
  readonly status: SamplingStatus
  readonly values: SurfaceWaterValues
  readonly trophic?: { readonly chla?: number | null; readonly SD?: number | null }
  readonly officialClass?: WaterClass | null
}

interface SectionRecords {
  readonly id: string
  readonly name: string
  readonly where: string | null
  readonly waterBody: WaterBody
  readonly waterBodyFrom: 'column' | 'lakes' | 'default'
  readonly samplings: SectionRecordSampling[]
}

interface ReaderNote {
  readonly code: 'unreadColumns' | 'noIndicatorColumn' | 'trophicColumnUnit' | 'unmatchedLakes'
  readonly items: readonly string[]
  readonly message: { readonly zh: string; readonly en: string }
}

interface LakeEntry {
  readonly name: string
  readonly basin?: string
  readonly province?: string
  readonly waterBody: 'lake' | 'reservoir'
  readonly line: number
}

interface ResolvedColumn {
  readonly key: string
  readonly wrongUnit: string | null
}

describe('water reader result types', () => {
  it('are the former hand-written shapes, exactly', () => {
    expectTypeOf<water.SectionRecordSampling>().toEqualTypeOf<SectionRecordSampling>()
    expectTypeOf<water.SectionRecords>().toEqualTypeOf<SectionRecords>()
    expectTypeOf<water.ReaderNote>().toEqualTypeOf<ReaderNote>()
    expectTypeOf<water.LakeEntry>().toEqualTypeOf<LakeEntry>()
    expectTypeOf<water.ResolvedColumn>().toEqualTypeOf<ResolvedColumn>()
  })
})
