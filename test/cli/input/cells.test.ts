import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/cli/errors.js'
import {
  MISSING_CELLS,
  notANumberMessage,
  numberCell,
  parseDecimal,
} from '../../../src/cli/input/cells.js'
import type { CsvRecord } from '../../../src/cli/input/records.js'

describe('parseDecimal', () => {
  it.each([
    ['27', 27],
    ['0.257', 0.257],
    ['-3', -3],
    ['+4.5', 4.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-4', 0.0001],
    ['2.5E3', 2500],
  ])('reads %s as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value)
  })

  it.each(['12a', '1,234', '12 µg', '0x1A', 'Infinity', 'NaN', '1e999', '', ' ', '--'])(
    'rejects %j',
    (text) => {
      expect(parseDecimal(text)).toBeUndefined()
    },
  )

  it('reads a missing cell as null, never 0', () => {
    expect(parseDecimal(null)).toBeNull()
  })
})

describe('MISSING_CELLS', () => {
  it('holds the markers of a missing value, including empty and --', () => {
    expect(MISSING_CELLS).toEqual(expect.arrayContaining(['', '--', '-', 'NA']))
  })
})

describe('notANumberMessage', () => {
  it('quotes the text and hints at detection limits', () => {
    expect(notANumberMessage('12a')).toBe('"12a" is not a number')
    expect(notANumberMessage('<0.01')).toBe(
      '"<0.01" is not a number (a value below the detection limit needs a number)',
    )
  })
})

describe('numberCell', () => {
  const record: CsvRecord = {
    origin: { file: 'stations.csv', line: 1204 },
    value: { pm25: '12a', pm10: '51', co: null },
    columns: { pm25: 'pm2_5', pm10: 'pm10', co: 'co' },
  }

  it('reads numbers and missing cells', () => {
    expect(numberCell(record, 'pm10')).toBe(51)
    expect(numberCell(record, 'co')).toBeNull()
    expect(numberCell(record, 'absent')).toBeNull()
  })

  it('names file, line and the column as written', () => {
    expect(() => numberCell(record, 'pm25')).toThrow(
      new InputError([
        { file: 'stations.csv', line: 1204, column: 'pm2_5', message: '"12a" is not a number' },
      ]),
    )
    expect(() => numberCell(record, 'pm25')).toThrow(
      'stations.csv:1204: column pm2_5: "12a" is not a number',
    )
  })
})
