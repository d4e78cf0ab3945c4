import { describe, expectTypeOf, it } from 'vitest'
import {
  type Observation,
  ObservationsSchema,
  type Plan,
  PlanSchema,
  parseInput,
} from '../../src/index.js'

describe('parseInput', () => {
  it('returns the output type of the schema it is given', () => {
    expectTypeOf(parseInput(ObservationsSchema, [], 'observations')).toEqualTypeOf<Observation[]>()
    expectTypeOf(parseInput(PlanSchema, {}, 'plan')).toEqualTypeOf<Plan>()
  })
})
