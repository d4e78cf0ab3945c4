import { describe, expect, it } from 'vitest'
import { coerceCsvRecord } from '../../../src/cli/input/coerce.js'
import type { CsvRecord } from '../../../src/cli/input/records.js'
import { ObservationSchema, TaskStatusUpdateSchema } from '../../../src/index.js'

const row = (
  value: Record<string, string | null>,
  columns: Record<string, string> = {},
): CsvRecord => ({
  origin: { file: 'a.csv', line: 2 },
  value,
  columns: { ...Object.fromEntries(Object.keys(value).map((k) => [k, k])), ...columns },
})

describe('coerceCsvRecord', () => {
  it('reads number fields as numbers and missing nullable ones as null', () => {
    const { value } = coerceCsvRecord(
      row({ kind: 'airDaily', date: '2022-01-01', pm25: '27', pm10: null, co: '0.5' }),
      ObservationSchema,
    )
    expect(value).toEqual({ kind: 'airDaily', date: '2022-01-01', pm25: 27, pm10: null, co: 0.5 })
  })

  it('leaves text that is not a number as it is, for the schema to report', () => {
    expect(
      coerceCsvRecord(row({ kind: 'airDaily', pm25: '12a' }), ObservationSchema).value.pm25,
    ).toBe('12a')
  })

  it('leaves out missing cells of fields that cannot be null', () => {
    const { value } = coerceCsvRecord(
      row({ kind: 'emissionTotal', pollutant: 'NOx', year: '2022', tonnes: null }),
      ObservationSchema,
    )
    expect(value).toEqual({ kind: 'emissionTotal', pollutant: 'NOx', year: 2022 })
  })

  it('reads boolean fields from true/false, yes/no, 是/否, 1/0', () => {
    const read = (text: string | null) =>
      coerceCsvRecord(
        row({ kind: 'landPlot', plot: 'p', year: '2022', safeUse: text, surveyDone: text }),
        ObservationSchema,
      ).value
    expect(read('true')).toMatchObject({ safeUse: true, surveyDone: true })
    expect(read('否')).toMatchObject({ safeUse: false, surveyDone: false })
    expect(read('Yes')).toMatchObject({ safeUse: true })
    expect(read('0')).toMatchObject({ safeUse: false })
    expect(read(null)).toEqual({ kind: 'landPlot', plot: 'p', year: 2022, safeUse: null })
    expect(read('maybe')).toMatchObject({ safeUse: 'maybe' })
  })

  it('puts indicator columns into values and maps them back to their headers', () => {
    const record = coerceCsvRecord(
      row(
        {
          kind: 'waterSample',
          section: 's',
          waterBody: 'river',
          date: '2022-01-10',
          DO: '7.9',
          TP: null,
          pH: 'x',
        },
        { DO: '溶解氧(mg/L)' },
      ),
      ObservationSchema,
    )
    expect(record.value).toEqual({
      kind: 'waterSample',
      section: 's',
      waterBody: 'river',
      date: '2022-01-10',
      values: { DO: 7.9, TP: null, pH: 'x' },
    })
    expect(record.columns?.['values.DO']).toBe('溶解氧(mg/L)')
  })

  it('keeps columns that are not fields, so strict schemas report them', () => {
    const { value } = coerceCsvRecord(
      row({ kind: 'dustDay', date: '2022-03-15', note: null }),
      ObservationSchema,
    )
    expect(value).toEqual({ kind: 'dustDay', date: '2022-03-15', note: null })
  })

  it('passes the row through when the kind is unknown', () => {
    const { value } = coerceCsvRecord(row({ kind: 'fog', date: '2022-03-15' }), ObservationSchema)
    expect(value).toEqual({ kind: 'fog', date: '2022-03-15' })
  })

  it('coerces a plain object schema', () => {
    const { value } = coerceCsvRecord(
      row({ task: 't', date: '2022-06-30', status: 'inProgress', progress: '30' }),
      TaskStatusUpdateSchema,
    )
    expect(TaskStatusUpdateSchema.parse(value).progress).toBe(30)
  })
})
