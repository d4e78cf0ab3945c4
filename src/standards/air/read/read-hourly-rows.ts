import type { CsvRow } from '../../../_lib/csv/scanner.js'
import { concatBatches } from './_concat.js'
import { readHourlyRowsOptions } from './_options.js'
import { ReadCore } from './_reader.js'
import type { ReadHourlyRowsOptions } from './options.js'
import type { HourlyTable } from './types.js'

/**
 * A cell of {@link readHourlyRows}: text as a file would hold it, a number, or `null` /
 * `undefined` for an empty cell (`NaN` too).
 *
 * @category Air
 */
export type HourlyCell = string | number | null | undefined

const encoder = new TextEncoder()

class ArrayRow implements CsvRow {
  bytes = new Uint8Array(256)
  count = 0
  starts = new Int32Array(16)
  ends = new Int32Array(16)
  flags = new Uint8Array(16)
  line = 0
  start = 0

  set(cells: readonly HourlyCell[], line: number) {
    if (cells.length > this.starts.length) {
      this.starts = new Int32Array(cells.length * 2)
      this.ends = new Int32Array(cells.length * 2)
      this.flags = new Uint8Array(cells.length * 2)
    }
    let at = 0
    cells.forEach((cell, i) => {
      const written =
        cell === null || cell === undefined || (typeof cell === 'number' && Number.isNaN(cell))
          ? ''
          : String(cell)
      if (at + written.length * 3 > this.bytes.length) {
        const grown = new Uint8Array((at + written.length * 3) * 2)
        grown.set(this.bytes.subarray(0, at))
        this.bytes = grown
      }
      this.starts[i] = at
      at += encoder.encodeInto(written, this.bytes.subarray(at)).written
      this.ends[i] = at
    })
    this.count = cells.length
    this.line = line
  }
}

/**
 * Reads hourly records given as rows of cells (a parsed spreadsheet, JSON arrays, a CSV parser
 * of your own), the first row being the header, by exactly the rules of {@link readHourlyCsv}:
 * the same layouts, names, no-value texts and checks. A problem's location gives the row as
 * `line` and the cell as `column`, both counted from 1 (the header is row 1).
 *
 * @param rows - the header row, then one row per record (per hour and type in the wide layout)
 * @param options - see {@link ReadHourlyRowsOptionsSchema}
 * @returns the records in columns
 * @throws {@link InputError} with every problem found (at most `maxIssues`)
 * @category Air
 * @example
 * ```ts
 * import { NOT_MEASURED, readHourlyRows } from 'eco-targets/air'
 * const table = readHourlyRows([
 *   ['站点编码', '监测时间', 'PM2.5浓度', '二氧化硫'],
 *   ['2197A', '2022-01-02T01:00', 27, 'NA'],
 *   ['2197A', '2022-01-02 02:00', '31', '/'],
 * ])
 * table.layout                                //=> 'plain'
 * table.stations                              //=> ['2197A']
 * Array.from(table.pm25)                      //=> [27, 31]
 * Number.isNaN(table.so2[0])                  //=> true
 * table.so2[1] === NOT_MEASURED               //=> true
 * table.time[0] === Date.UTC(2022, 0, 1, 17)  //=> true
 * ```
 */
export function readHourlyRows(
  rows: Iterable<readonly HourlyCell[]>,
  options?: ReadHourlyRowsOptions,
): HourlyTable {
  const resolved = readHourlyRowsOptions.resolve(options)
  const core = new ReadCore(
    { ...resolved, encoding: 'utf-8', batchSize: Number.MAX_SAFE_INTEGER },
    true,
  )
  const row = new ArrayRow()
  let line = 0
  for (const cells of rows) {
    line++
    row.set(cells, line)
    const blank = cells.every((c) => c === null || c === undefined || c === '')
    if (!blank && !core.row(row)) break
  }
  core.end()
  const error = core.error()
  if (error) throw error
  return concatBatches(core.ready, {
    rows: core.rows,
    encoding: 'utf-8',
    compressed: false,
    options: resolved,
  })
}
