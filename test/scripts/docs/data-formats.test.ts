import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCommandOutputExamples } from '../../../scripts/docs/command-output-examples.js'
import {
  renderDataFormats,
  schemaExamples,
  validateExample,
} from '../../../scripts/docs/data-formats.js'
import { PUBLIC_SCHEMAS, type PublicSchemaName } from '../../../src/index.js'
import { ROOT } from '../../_helpers/shared.js'

// the command-line JSON examples run the commands, which is asynchronous
await loadCommandOutputExamples()

const NAMES = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]

describe('schemaExamples', () => {
  const examples = schemaExamples()

  it.each(NAMES)('gives a %s example that its schema accepts', (name) => {
    expect(examples[name].value).toBeDefined()
    expect(() => validateExample(name, examples[name].value)).not.toThrow()
  })

  it('gives one observation of each kind in the sample', () => {
    const kinds = (examples.observations.value as { kind: string }[]).map((o) => o.kind)
    // the sample's files hold 11 kinds (docs/guides/sample-data.md)
    expect(new Set(kinds).size).toBe(11)
    expect(kinds).toHaveLength(11)
  })
})

describe('validateExample', () => {
  it('names the schema and the field when an example does not match', () => {
    expect(() => validateExample('task-status-update', { task: 'x', date: '2022-13-01' })).toThrow(
      /task-status-update example does not match its schema:\n.*date/,
    )
  })
})

describe('renderDataFormats', () => {
  const { page, assets } = renderDataFormats()

  it('links a JSON Schema and an example file for every public schema', () => {
    for (const name of NAMES) {
      expect(page).toContain(`## ${name}\n`)
      expect(page).toContain(`[${name}.schema.json](./data/${name}.schema.json)`)
      expect(assets.map((a) => a.path)).toContain(`data/${name}.example.json`)
    }
    expect(assets).toHaveLength(2 * NAMES.length)
  })

  it('offers the same JSON Schemas as the package ships in schemas/', () => {
    for (const name of NAMES) {
      const shipped = readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')
      expect(assets.find((a) => a.path === `data/${name}.schema.json`)?.content).toBe(shipped)
    }
  })

  it('collapses the listings so the page stays short', () => {
    expect(page.match(/<details><summary>JSON Schema<\/summary>/g)).toHaveLength(NAMES.length)
  })
})
