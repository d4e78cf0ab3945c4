import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/_lib/errors/input-error.js'
import {
  PUBLIC_SCHEMAS,
  type PublicSchemaName,
  toJsonSchema,
} from '../../src/schemas/json-schema.js'

describe('toJsonSchema', () => {
  it('describes every public schema as draft 2020-12 with a stable $id', () => {
    for (const name of Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]) {
      const schema = toJsonSchema(name)
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toBe(`urn:eco-targets:schema:${name}`)
    }
  })

  it('lists the fields a task status update requires, leaving optional ones out', () => {
    expect(toJsonSchema('task-status-update').required).toEqual(['task', 'date', 'status'])
  })

  it('describes inputs with defaults as optional (a daily air value may omit scope)', () => {
    const schema = toJsonSchema('observation') as {
      oneOf?: { properties: Record<string, unknown>; required: string[] }[]
    }
    const air = schema.oneOf?.find((s) => JSON.stringify(s.properties.kind).includes('airDaily'))
    expect(air?.required).not.toContain('scope')
    expect(air?.required).toContain('pm25')
  })

  it('throws on an unknown name', () => {
    let error: unknown
    try {
      toJsonSchema('nope' as PublicSchemaName)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues[0]).toMatchObject({
      code: 'invalid_value',
      path: ['name'],
      received: '"nope"',
    })
  })
})
