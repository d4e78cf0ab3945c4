import { describe, expect, it } from 'vitest'
import * as zm from 'zod/mini'
import { InputError } from '../../src/_lib/errors/input-error.js'
import { closestKey, defineOptions } from '../../src/_lib/options.js'

const options = defineOptions(
  'demo',
  zm.strictObject({
    standard: zm.optional(zm.enum(['A', 'B'])),
    roundConcentrations: zm.optional(zm.boolean()),
  }),
  (o) => ({
    standard: o.standard ?? 'A',
    roundConcentrations: o.roundConcentrations ?? o.standard === 'B',
  }),
)

function caught(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('defineOptions', () => {
  it('fills in the defaults, also when no options are given', () => {
    expect(options.resolve(undefined)).toEqual({ standard: 'A', roundConcentrations: false })
    expect(options.resolve({ standard: 'B' })).toEqual({ standard: 'B', roundConcentrations: true })
  })

  it('rejects a misspelt key and suggests the known one', () => {
    const e = caught(() => options.resolve({ roundConcentration: true } as never))
    expect(e.context).toBe('demo options')
    expect(e.issues[0].code).toBe('unrecognized_keys')
    expect(e.issues[0].path).toEqual(['options', 'roundConcentration'])
    expect(e.issues[0].hint?.en).toBe('did you mean roundConcentrations?')
  })

  it('rejects a bad value at its path under options', () => {
    const e = caught(() => options.resolve({ standard: 'C' } as never))
    expect(e.issues[0].path).toEqual(['options', 'standard'])
    expect(e.issues[0].code).toBe('invalid_value')
  })

  it('rejects options that are not an object', () => {
    for (const bad of [null, 3, 'x', []]) {
      expect(caught(() => options.resolve(bad as never)).issues[0].code).toBe('invalid_type')
    }
  })
})

describe('closestKey', () => {
  it('finds a near key and ignores a far one', () => {
    expect(closestKey('roundConcentration', ['roundConcentrations', 'standard'])).toBe(
      'roundConcentrations',
    )
    expect(closestKey('STANDARD', ['roundConcentrations', 'standard'])).toBe('standard')
    expect(closestKey('colour', ['roundConcentrations', 'standard'])).toBeUndefined()
  })
})
