import { describe, expect, it } from 'vitest'
import { formatCsvRow } from '../../../src/cli/output/csv.js'

describe('formatCsvRow', () => {
  it('quotes cells with commas, quotes, line breaks or edge spaces, and writes null as empty', () => {
    expect(formatCsvRow(['2197A', '集宁新区, 北区', null, '5"', 'a\nb', ' x', 7])).toBe(
      '2197A,"集宁新区, 北区",,"5""","a\nb"," x",7\n',
    )
  })

  it('leaves plain cells as they are', () => {
    expect(formatCsvRow(['--', '0.5', ''])).toBe('--,0.5,\n')
  })
})
