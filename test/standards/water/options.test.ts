import { describe, expect, it } from 'vitest'
import * as water from '../../../src/standards/water/index.js'
import { inputErrorOf } from '../../_helpers/input-error.js'

// Every `<Function>OptionsSchema` of eco-targets/water belongs to the function of that name, and
// that function rejects a misspelt option key (no option ever falls back silently).
const entry = water as unknown as Record<string, unknown>
const schemas = Object.keys(entry).filter((name) => name.endsWith('OptionsSchema'))

/** Arguments before the options, for the functions whose options are not the second argument. */
const LEADING: Readonly<Record<string, readonly unknown[]>> = {
  classifyIndicator: ['COD', 10],
  assessSectionSet: [[]],
  assessDrinkingWaterSources: [[]],
  classifySectionPeriod: [[]],
  readSectionRecords: [[]],
  createSectionReader: [],
  groupDrinkingWaterSamplings: [[]],
}

describe('the options schemas of eco-targets/water', () => {
  it('are found', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(13)
  })

  it.each(schemas)('%s: its function rejects a misspelt key', (schemaName) => {
    const fnName = schemaName.replace(/OptionsSchema$/, '').replace(/^./, (c) => c.toLowerCase())
    const fn = entry[fnName]
    expect(typeof fn).toBe('function')
    const args = [...(LEADING[fnName] ?? [{}]), { waterBody: 'river', colour: 'blue' }]
    const found = inputErrorOf(() => (fn as (...a: unknown[]) => unknown)(...args)).issues
    expect(
      found.some((i) => i.code === 'unrecognized_keys' && i.path.join('.') === 'options.colour'),
    ).toBe(true)
  })
})
