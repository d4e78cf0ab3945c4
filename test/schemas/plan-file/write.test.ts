import { describe, expect, it } from 'vitest'
import { readSampleObservations, readSampleTaskUpdates } from '../../../scripts/docs/_sample.js'
import { evaluatePlan, InputError, PlanFileSchema } from '../../../src/index.js'
import { plan2022 } from '../../../src/plans/2022/index.js'
import { readPlanFile } from '../../../src/schemas/plan-file/read.js'
import { PLAN_FILE_SCHEMA_PATH, writePlanFile } from '../../../src/schemas/plan-file/write.js'

describe('writePlanFile', () => {
  it('writes the bundled plan as JSON that reads back to the same plan, byte for byte', () => {
    const json = writePlanFile(plan2022)
    expect(json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(json).$schema).toBe(PLAN_FILE_SCHEMA_PATH)
    const back = readPlanFile(json, { file: 'plan-2022.json' })
    expect(JSON.stringify(back)).toBe(JSON.stringify(plan2022))
    expect(writePlanFile(back)).toBe(json)
    expect(PlanFileSchema.safeParse(JSON.parse(json)).success).toBe(true)
  })

  it('gives the same evaluation, byte for byte, from the file as from the built-in plan', () => {
    const observations = readSampleObservations()
    const back = readPlanFile(writePlanFile(plan2022), { file: 'plan-2022.json' })
    for (const asOf of ['2022-06-30', '2022-12-31']) {
      const options = { asOf, taskUpdates: readSampleTaskUpdates(asOf) }
      const builtIn = JSON.stringify(evaluatePlan(plan2022, observations, options), null, 2)
      const fromFile = JSON.stringify(evaluatePlan(back, observations, options), null, 2)
      expect(fromFile).toBe(builtIn)
    }
  }, 60_000)

  it('writes YAML with the yaml-language-server line that reads back to the same plan', () => {
    const yaml = writePlanFile(plan2022, { format: 'yaml' })
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${PLAN_FILE_SCHEMA_PATH}`)
    const back = readPlanFile(yaml, { file: 'plan-2022.yaml' })
    expect(JSON.stringify(back)).toBe(JSON.stringify(plan2022))
    expect(writePlanFile(back, { format: 'yaml' })).toBe(yaml)
  })

  it('names another schema, or none', () => {
    expect(
      JSON.parse(writePlanFile(plan2022, { schema: 'https://example.org/p.json' })).$schema,
    ).toBe('https://example.org/p.json')
    expect('$schema' in JSON.parse(writePlanFile(plan2022, { schema: false }))).toBe(false)
    expect(writePlanFile(plan2022, { format: 'yaml', schema: false }).startsWith('id: ')).toBe(true)
  })

  it('rejects a plan that does not match its schema, and a misspelt option', () => {
    const bad = { ...plan2022, year: 1999 }
    expect(() => writePlanFile(bad)).toThrow(InputError)
    expect(() => writePlanFile(plan2022, { formt: 'yaml' } as never)).toThrow(
      /did you mean format\?/,
    )
  })
})
