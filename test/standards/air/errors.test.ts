import { describe, expect, it } from 'vitest'
import { AirInputError } from '../../../src/standards/air/index.js'

describe('AirInputError', () => {
  it('lists every issue with its path', () => {
    const e = new AirInputError('some input', [
      { path: [3, 'co'], message: 'bad CO' },
      { path: ['values', 'pm25'], message: 'bad PM2.5' },
      { path: [], message: 'nothing given' },
    ])
    expect(e.name).toBe('AirInputError')
    expect(e).toBeInstanceOf(Error)
    expect(e.message).toBe(
      'some input is invalid:\n✖ bad CO\n  → at [3].co\n✖ bad PM2.5\n  → at values.pm25\n✖ nothing given',
    )
    expect(e.issues).toHaveLength(3)
  })
})
