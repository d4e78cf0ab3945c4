import { describe, expect, it } from 'vitest'
import { NOT_MEASURED } from '../../../../src/standards/air/columns.js'
import { readHourlyCsv } from '../../../../src/standards/air/read/read-hourly-csv.js'
import { readHourlyRows } from '../../../../src/standards/air/read/read-hourly-rows.js'
import { cst, thrown } from './_helpers.js'

describe('readHourlyRows', () => {
  it('returns the records of rows of cells, numbers and empty cells included', () => {
    const t = readHourlyRows([
      ['stationcode', 'timepoint', 'pm2_5', 'so2', 'co'],
      ['2197A', '2022-01-02T01:00:00', 27, null, '/'],
      [],
      ['3034A', '2022-01-02T01:00:00', '31', Number.NaN, 0.4],
    ])
    expect(t.layout).toBe('plain')
    expect(t.stations).toEqual(['2197A', '3034A'])
    expect(Array.from(t.pm25)).toEqual([27, 31])
    expect(t.so2[0]).toBeNaN()
    expect(t.so2[1]).toBeNaN()
    expect(t.co[0]).toBe(NOT_MEASURED)
    expect(t.co[1]).toBe(0.4)
    expect(Array.from(t.time)).toEqual([cst(2022, 1, 2, 1), cst(2022, 1, 2, 1)])
    expect(Array.from(t.source.lines)).toEqual([2, 4])
  })

  it('reads the same values as readHourlyCsv for the same cells', async () => {
    const rows = [
      ['timepoint', 'stationcode', 'pm2_5', 'o3', 'o3_24h'],
      ['2022-01-02T00:00:00', '2197A', '27', '61', '15'],
      ['2022-01-02T00:00:00', '3034A', '30', '70', '20'],
    ]
    const a = readHourlyRows(rows)
    const b = await readHourlyCsv(rows.map((r) => r.join(',')).join('\n'))
    expect(a.layout).toBe('cnemc-archive')
    expect(b.layout).toBe('cnemc-archive')
    expect(Array.from(a.o3)).toEqual(Array.from(b.o3))
    expect(Array.from(a.o3)).toEqual([15, 20])
  })

  it('locates a problem by row and cell', () => {
    const e = thrown(() =>
      readHourlyRows([
        ['station', 'time', 'pm25'],
        ['A', '2022-01-02T01:00', 'x'],
      ]),
    )
    expect(e.issues[0].location).toEqual({ file: '<input>', line: 2, column: 3 })
    expect(e.issues[0].path).toEqual(['pm25'])
  })

  it('reports an empty input, unless allowed', () => {
    expect(thrown(() => readHourlyRows([])).issues[0].code).toBe('empty_input')
    expect(readHourlyRows([['station', 'time', 'pm25']], { allowEmpty: true }).length).toBe(0)
  })

  it('rejects the options of the CSV reader that rows do not have', () => {
    expect(thrown(() => readHourlyRows([], { encoding: 'gbk' } as never)).issues[0].code).toBe(
      'unrecognized_keys',
    )
  })
})
