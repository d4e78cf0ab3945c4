/**
 * The drinking-water source types are inferred from their zod schemas
 * (`src/standards/water/results/sources.ts`); these are the hand-written shapes they replaced,
 * which each inferred type must stay equal to.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type * as water from '../../../src/standards/water/index.js'

interface DrinkingWaterSourceSampling {
  readonly date: string
  readonly values: water.SurfaceSourceValues | water.GroundwaterValues
}

interface DrinkingWaterSource {
  readonly id: string
  readonly name?: string | undefined
  readonly type: 'surface' | 'groundwater'
  readonly waterBody?: water.WaterBody | undefined
  readonly indicators?: readonly water.SectionIndicatorKey[] | undefined
  readonly volume?: number | undefined
  readonly samplings: readonly DrinkingWaterSourceSampling[]
}

describe('drinking-water source types', () => {
  it('keep their former shapes', () => {
    expectTypeOf<water.DrinkingWaterSourceSampling>().toEqualTypeOf<DrinkingWaterSourceSampling>()
    expectTypeOf<water.DrinkingWaterSource>().toEqualTypeOf<DrinkingWaterSource>()
  })
})
