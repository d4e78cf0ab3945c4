import { describe, expect, it } from 'vitest'
import { compareWithTarget } from '../../src/index.js'
import {
  assessSectionSet,
  classifyIndicator,
  classifySection,
} from '../../src/standards/water/index.js'
import { inputErrorOf } from '../_helpers/input-error.js'

// An input error names what was being read: its `context` and the first line of its message,
// which is what a log shows first.
describe('the context of an input error', () => {
  it.each([
    ['classifySection input', () => classifySection({ TP: -1 }, { waterBody: 'river' })],
    ['classifyIndicator input', () => classifyIndicator('XX' as never, 1)],
    ['classifyIndicator input', () => classifyIndicator('COD', -1)],
    ['assessSectionSet input', () => assessSectionSet('x' as never, {} as never)],
    ['compareWithTarget arguments', () => compareWithTarget('atMost', Number.NaN, 1, 0)],
  ])('is "%s"', (context, run) => {
    const e = inputErrorOf(run)
    expect(e.context).toBe(context)
    expect(e.message.split('\n')[0]).toBe(`${context} is invalid:`)
  })
})
