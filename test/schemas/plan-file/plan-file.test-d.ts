import { describe, expectTypeOf, it } from 'vitest'
import {
  type Plan,
  type PlanTextInput,
  planStarterText,
  readPlanFile,
  writePlanFile,
} from '../../../src/index.js'
import { plan2022 } from '../../../src/plans/2022/index.js'

describe('plan files', () => {
  it('read to a Plan and write from one', () => {
    expectTypeOf(readPlanFile('', { file: 'a.yaml' })).toEqualTypeOf<Plan>()
    expectTypeOf(writePlanFile(plan2022, { format: 'yaml' })).toEqualTypeOf<string>()
    // @ts-expect-error the formats are json and yaml
    writePlanFile(plan2022, { format: 'toml' })
    // @ts-expect-error 'fle' is not an option
    readPlanFile('', { fle: 'a.yaml' })
  })

  it('need a year for the starter', () => {
    expectTypeOf(planStarterText({ year: 2026 })).toEqualTypeOf<string>()
    // @ts-expect-error the year is required: the library reads no clock
    planStarterText({})
  })

  it('accept a text in one language where a plan text is written', () => {
    expectTypeOf<'全区'>().toExtend<PlanTextInput>()
    expectTypeOf<{ zh: '全区' }>().toExtend<PlanTextInput>()
    expectTypeOf<{ zh: '全区'; en: 'Whole region' }>().toExtend<PlanTextInput>()
    expectTypeOf<Plan['title']>().toEqualTypeOf<{ zh: string; en: string }>()
  })
})
