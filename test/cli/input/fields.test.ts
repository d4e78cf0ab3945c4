import { describe, expect, it } from 'vitest'
import { readCsvRecords } from '../../../src/cli/input/csv.js'
import { createFieldReader } from '../../../src/cli/input/fields.js'
import {
  CNEMC_COLUMNS as CNEMC_LAYOUT,
  InputError,
  OBSERVATION_COLUMNS as OBSERVATION_LAYOUT,
} from '../../../src/index.js'
import { textInput } from '../../_helpers/input-source.js'
import { thrownText } from '../../_helpers/located.js'

const origin = { file: 'a.jsonl', line: 3 }

async function firstCsvRecord(text: string) {
  for await (const r of readCsvRecords(textInput('a.csv', text), {
    layout: CNEMC_LAYOUT,
    keepCells: true,
  }))
    return r
  throw new Error('no record')
}

describe('createFieldReader', () => {
  it('reads JSON keys through the layout, numbers and numeric text alike', () => {
    const fields = createFieldReader(CNEMC_LAYOUT)({
      origin,
      value: { 'PM2.5': 80, stationcode: '2197A', co: '0.6', o3: '--', so2: null },
    })
    expect(fields.keys).toEqual(['pm25', 'stationCode', 'co', 'o3', 'so2'])
    expect(fields.number('pm25')).toBe(80)
    expect(fields.number('co')).toBe(0.6)
    expect(fields.number('o3')).toBeNull()
    expect(fields.number('so2')).toBeNull()
    expect(fields.number('no2')).toBeNull()
    expect(fields.has('no2')).toBe(false)
    expect(fields.text('stationCode')).toBe('2197A')
    expect(fields.text('pm25')).toBe('80')
    expect(fields.text('area')).toBeNull()
  })

  it('names the JSON field as written in problems', () => {
    const fields = createFieldReader(CNEMC_LAYOUT)({
      origin,
      value: { 'PM2.5': 'high', no2: true },
    })
    expect(() => fields.number('pm25')).toThrow(InputError)
    expect(thrownText(() => fields.number('pm25'))).toBe(
      'a.jsonl:3: ["PM2.5"]: expected a number, got "high"',
    )
    expect(thrownText(() => fields.text('no2'))).toContain(
      'a.jsonl:3: no2: expected a text or a number, got true',
    )
  })

  it('reads a nested values object as fields (water samplings)', () => {
    const fields = createFieldReader(OBSERVATION_LAYOUT)({
      origin,
      value: { section: 'a', values: { 总磷: 0.1, DO: 7 } },
    })
    expect(fields.keys).toEqual(['section', 'TP', 'DO'])
    expect(fields.number('TP')).toBe(0.1)
  })

  it('rejects a JSON value that is not an object', () => {
    expect(thrownText(() => createFieldReader(CNEMC_LAYOUT)({ origin, value: [1, 2] }))).toContain(
      'a.jsonl:3: expected a JSON object',
    )
  })

  it('reads CSV cells and names the column as written', async () => {
    const record = await firstCsvRecord('stationcode,PM2.5\n2197A,12a\n')
    const fields = createFieldReader(CNEMC_LAYOUT)(record)
    expect(record.cells).toEqual(['2197A', '12a'])
    expect(fields.text('stationCode')).toBe('2197A')
    expect(thrownText(() => fields.number('pm25'))).toContain(
      'a.csv:2: ["PM2.5"]: expected a number, got "12a"',
    )
    expect(
      fields.problem('pm25', {
        code: 'custom',
        expected: { zh: 'x', en: 'x' },
        receivedText: null,
      }),
    ).toMatchObject({
      path: ['PM2.5'],
      location: { file: 'a.csv', line: 2 },
      message: { zh: '应为x，但未给出', en: 'expected x, got nothing' },
    })
  })

  it('checks the units of JSON keys, naming the record’s line', () => {
    expect(
      thrownText(() => createFieldReader(CNEMC_LAYOUT)({ origin, value: { 'co(µg/m³)': 600 } })),
    ).toContain('a.jsonl:3: ["co(µg/m³)"]: expected the unit mg/m³, got "μg/m3"')
  })
})
