import { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue, IssueLocation, IssuePathSegment } from '../../../_lib/errors/issue.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import { defineOptions } from '../../../_lib/options.js'
import { implausibleCo } from '../_co.js'
import { MAX_PLAUSIBLE_CO_1H, MAX_PLAUSIBLE_CO_24H } from '../co-bounds.js'
import { normalizeHeader, normalizeUnit } from './_header.js'
import { AQI_COLUMN_NAMES, AQI_RECORD_KEYS, type AqiRecordKey } from './aqi-columns.js'

type Column = keyof typeof AQI_COLUMN_NAMES

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const TRAILING_GROUP = /\s*[(（]([^()（）]*)[)）]\s*$/
const squash = (name: string) =>
  name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/浓度$/, '')
    .replace(/[\s_.\-·]+/g, '')
const INDEX = new Map<string, Column>()
for (const [column, names] of Object.entries(AQI_COLUMN_NAMES) as [Column, string[]][]) {
  INDEX.set(squash(column), column)
  for (const n of names) INDEX.set(normalizeHeader(n).name, column)
}
const UG = normalizeUnit('µg/m³')
const MG = normalizeUnit('mg/m³')
const unitOf = (column: Column) => (column === 'co' ? 'mg/m³' : 'µg/m³')
const BELOW_LIMIT = text(
  '低于检出限的数值也需写成数字',
  'a value below the detection limit needs a number',
)

/** The column a header names, by its normalized name or a bracketed second name (`细颗粒物(PM2.5)`). */
function columnOf(header: string): { column: Column; unit: string | null } | null {
  const h = normalizeHeader(header)
  const direct = INDEX.get(h.name)
  if (direct) return { column: direct, unit: h.unit }
  const m = TRAILING_GROUP.exec(h.base)
  if (!m) return null
  const inner = INDEX.get(squash(m[1] ?? ''))
  const outer = INDEX.get(squash(h.base.slice(0, m.index)))
  return inner !== undefined && inner === outer ? { column: inner, unit: null } : null
}

/**
 * Where a batch of AQI records was read: the file, the 1-based line of each record and, for a
 * CSV file, the header row as written (problems then carry their column number).
 *
 * @category Air
 * @example
 * ```ts
 * import { AqiRecordsSourceSchema } from 'eco-targets/air'
 * Object.keys(AqiRecordsSourceSchema.def.shape) //=> ['file', 'lines', 'header']
 * ```
 */
export const AqiRecordsSourceSchema = zm.strictObject({
  file: zm.string(),
  lines: zm.optional(zm.readonly(zm.array(zm.int()))),
  header: zm.optional(zm.readonly(zm.array(zm.string()))),
})

/**
 * Options of {@link createAqiRecordReader}: the report (`daily`, the default, or `realtime`), the
 * ozone columns (`export`: `o3` is the hour's O3, as exported; `archive`: the CNEMC archive's
 * swapped columns, the hour's O3 in `o3_24h` and the 8-hour moving mean in `o3_8h_24h`) and how
 * many problems to find before reading stops (`maxProblems`, default no limit).
 *
 * @category Air
 * @example
 * ```ts
 * import { CreateAqiRecordReaderOptionsSchema } from 'eco-targets/air'
 * Object.keys(CreateAqiRecordReaderOptionsSchema.def.shape) //=> ['report', 'ozone', 'maxProblems']
 * ```
 */
export const CreateAqiRecordReaderOptionsSchema = zm.strictObject({
  report: zm.optional(zm.enum(['daily', 'realtime'])),
  ozone: zm.optional(zm.enum(['export', 'archive'])),
  maxProblems: zm.optional(zm.int().check(zm.gte(0))),
})

/** Options of {@link createAqiRecordReader}. @category Air */
export type CreateAqiRecordReaderOptions = z.input<typeof CreateAqiRecordReaderOptionsSchema>

/**
 * Options of {@link readAqiRecords}: those of {@link createAqiRecordReader} and where the records
 * were read (`source`: `file`, the 1-based `lines` of each record and, for a CSV file, the
 * `header` row as written, so every problem carries its file, line and column).
 *
 * @category Air
 * @example
 * ```ts
 * import { ReadAqiRecordsOptionsSchema } from 'eco-targets/air'
 * Object.keys(ReadAqiRecordsOptionsSchema.def.shape) //=> ['report', 'ozone', 'maxProblems', 'source']
 * ```
 */
export const ReadAqiRecordsOptionsSchema = zm.strictObject({
  ...CreateAqiRecordReaderOptionsSchema.def.shape,
  source: zm.optional(AqiRecordsSourceSchema),
})

/** Options of {@link readAqiRecords}. @category Air */
export type ReadAqiRecordsOptions = z.input<typeof ReadAqiRecordsOptionsSchema>

/** Where a batch of records of {@link AqiRecordReader.read} was read. @category Air */
export type AqiRecordsSource = z.input<typeof AqiRecordsSourceSchema>

/**
 * The inputs of one AQI report read from a record, as {@link readAqiRecords} gives them:
 * concentrations (CO mg/m³, the rest µg/m³), `null` when missing, `'notMeasured'` for an
 * indicator the station does not measure; keys without a column are absent.
 *
 * @category Air
 * @example
 * ```ts
 * import { AqiRecordValuesSchema, readAqiRecords } from 'eco-targets/air'
 * AqiRecordValuesSchema.parse(readAqiRecords([{ pm25: '80' }])[0]).values //=> { pm25: 80 }
 * ```
 */
export const AqiRecordValuesSchema = z
  .strictObject({
    record: z.number().int().nonnegative().describe('Index of the record in the input'),
    location: z
      .strictObject({
        file: z.string().exactOptional(),
        line: z.number().int().positive().exactOptional(),
      })
      .readonly()
      .exactOptional(),
    values: z
      .partialRecord(
        z.enum([...AQI_RECORD_KEYS.daily, 'o3', 'so2_24h']),
        z.union([z.number().nonnegative(), z.null(), z.literal('notMeasured')]),
      )
      .readonly(),
  })
  .readonly()

/** The inputs of one AQI report read from a record. @category Air */
export type AqiRecordValues = z.output<typeof AqiRecordValuesSchema>

/**
 * A reader of AQI records over several files or batches: `read` each batch with its source,
 * then `finish`. {@link readAqiRecords} is one `read` and `finish`.
 *
 * @category Air
 */
export interface AqiRecordReader {
  /**
   * Reads a batch of records: one entry per record, `null` for a record with a problem.
   *
   * @throws {@link InputError} with the problems so far at a header problem (no pollutant column
   * in a CSV header, a unit that is not the column's, two headers for one column), and once
   * `maxProblems` problems are found
   */
  read(records: readonly unknown[], source?: AqiRecordsSource): (AqiRecordValues | null)[]
  /** @throws {@link InputError} listing every problem found */
  finish(): void
}

const READER = defineOptions('createAqiRecordReader', CreateAqiRecordReaderOptionsSchema, (o) => ({
  report: o.report ?? 'daily',
  ozone: o.ozone ?? 'export',
  maxProblems: o.maxProblems && o.maxProblems > 0 ? o.maxProblems : Number.POSITIVE_INFINITY,
}))
const READ = defineOptions('readAqiRecords', ReadAqiRecordsOptionsSchema, (o) => o)
const SOURCE = defineOptions('createAqiRecordReader source', AqiRecordsSourceSchema, (o) => o)

/** The column each input key is read from. */
function sourceColumns(report: 'daily' | 'realtime', ozone: 'export' | 'archive') {
  const map = new Map<Column, AqiRecordKey>(AQI_RECORD_KEYS[report].map((k) => [k, k]))
  if (report === 'realtime' && ozone === 'archive') {
    map.delete('o3')
    map.delete('o3_8h')
    map.set('o3_24h', 'o3')
    map.set('o3_8h_24h', 'o3_8h')
  }
  return map
}

/**
 * A reader of records of concentrations for AQI reports (CSV rows keyed by header, or JSON
 * objects): headers by the one table {@link AQI_COLUMN_NAMES} (case-insensitive, a unit in
 * brackets must be the column's), the no-value texts of the one table (`--`, `NA`, `na`, … as
 * missing; `/`, `未监测` as not measured), plain decimal numbers, no negative value, and CO above
 * the plausible bound (60 mg/m³ daily, 150 mg/m³ hourly) read as µg/m³ given by mistake. The
 * records are not changed: a caller writes each one back as written beside its AQI.
 *
 * @param options - report, ozone columns, problem limit
 * @returns the reader
 * @throws {@link InputError} on bad options
 * @category Air
 * @see HJ 633-2012 §5.1
 * @example
 * ```ts
 * import { createAqiRecordReader } from 'eco-targets/air'
 * const reader = createAqiRecordReader({ report: 'realtime', ozone: 'archive' })
 * reader.read([{ stationcode: '2197A', o3: '242', o3_24h: '80', pm2_5: '31' }])[0]?.values
 * //=> { o3: 80, pm25: 31 }
 * ```
 */
export function createAqiRecordReader(options?: CreateAqiRecordReaderOptions): AqiRecordReader {
  const { report, ozone, maxProblems } = READER.resolve(options)
  const wanted = sourceColumns(report, ozone)
  const bound = report === 'daily' ? MAX_PLAUSIBLE_CO_24H : MAX_PLAUSIBLE_CO_1H
  const problems: InputIssue[] = []
  let index = 0
  const checkedFiles = new Set<string>()
  const stop = () => new InputError(`readAqiRecords input`, problems)
  const note = (found: InputIssue) => {
    problems.push(found)
    if (problems.length >= maxProblems) throw stop()
  }
  /** Header → key of the columns read, per key list (a CSV has one; JSON records may differ). */
  const layouts = new Map<string, Map<string, AqiRecordKey>>()

  const layoutOf = (
    keys: readonly string[],
    at: (header: string, line: number | undefined) => IssueLocation | undefined,
    line: number | undefined,
    csv: boolean,
  ): Map<string, AqiRecordKey> | InputIssue[] => {
    const id = keys.join('\u0000')
    const known = layouts.get(id)
    if (known) return known
    const out = new Map<string, AqiRecordKey>()
    const seen = new Map<Column, string>()
    const found: InputIssue[] = []
    for (const header of keys) {
      const c = columnOf(header)
      if (c === null) continue
      const location = at(header, line)
      const where = location ? { location } : {}
      const earlier = seen.get(c.column)
      if (earlier !== undefined) {
        found.push(
          issue({
            code: 'duplicate',
            path: [header],
            expected: expect.unique(text(`${c.column} 列`, `${c.column} column`)),
            receivedText: `${JSON.stringify(header)} (${JSON.stringify(earlier)})`,
            ...where,
          }),
        )
        continue
      }
      seen.set(c.column, header)
      if (c.unit !== null && c.unit !== (unitOf(c.column) === 'mg/m³' ? MG : UG)) {
        found.push(
          issue({
            code: 'invalid_value',
            path: [header],
            expected: expect.unit(unitOf(c.column)),
            received: c.unit,
            ...where,
          }),
        )
        continue
      }
      const key = wanted.get(c.column)
      if (key !== undefined) out.set(header, key)
    }
    if (csv && found.length === 0 && seen.size === 0) {
      const names = [...wanted.keys()].map((c) =>
        [...new Set([c, ...AQI_COLUMN_NAMES[c]])].join('/'),
      )
      const location = at('', line)
      found.push(
        issue({
          code: 'missing_column',
          path: [],
          expected: expect.pollutantColumns(names),
          receivedText: keys.map((k) => JSON.stringify(k)).join(', ') || null,
          ...(location?.file !== undefined ? { location: { file: location.file, line: 1 } } : {}),
        }),
      )
    }
    if (found.length) return found
    layouts.set(id, out)
    return out
  }

  const cellValue = (
    raw: unknown,
    key: AqiRecordKey,
    path: readonly IssuePathSegment[],
    where: { location?: IssueLocation },
  ): number | null | 'notMeasured' | InputIssue => {
    const unit = key === 'co' ? 'mg/m³' : 'µg/m³'
    if (raw === null || raw === undefined) return null
    let value: number
    let written: string
    if (typeof raw === 'number') {
      value = raw
      written = String(raw)
    } else if (typeof raw === 'string') {
      written = raw.trim()
      const none = noValueOf(written)
      if (none === 'missing') return null
      if (none === 'notMeasured') return 'notMeasured'
      if (!NUMBER.test(written)) {
        return issue({
          code: 'invalid_type',
          path,
          expected: expect.nonNegative(unit),
          received: written,
          ...(/^[<＜]/.test(written) ? { hint: BELOW_LIMIT } : {}),
          ...where,
        })
      }
      value = Number(written)
    } else {
      return issue({
        code: 'invalid_type',
        path,
        expected: expect.textOrNumber(),
        received: raw,
        ...where,
      })
    }
    if (!Number.isFinite(value) || value < 0) {
      return issue({
        code: value < 0 ? 'too_small' : 'invalid_type',
        path,
        expected: expect.nonNegative(unit),
        receivedText: written,
        ...where,
      })
    }
    if (key === 'co' && value > bound) {
      const found = implausibleCo(path, value, bound, report === 'daily' ? '24h' : '1h')
      return where.location ? { ...found, location: where.location } : found
    }
    return value
  }

  const read: AqiRecordReader['read'] = (records, source) => {
    if (problems.length >= maxProblems) throw stop()
    const where = source === undefined ? null : SOURCE.resolve(source)
    if (!Array.isArray(records)) {
      throw new InputError('readAqiRecords input', [
        issue({ code: 'invalid_type', path: [], expected: expect.array(), received: records }),
      ])
    }
    const file = where?.file ?? null
    const lines = where?.lines ?? null
    const columnNumber = new Map((where?.header ?? []).map((h, k) => [h, k + 1]))
    const csv = where?.header !== undefined
    // With a line, a problem's path is its column alone: the line says which record.
    const at = (header: string, line: number | undefined): IssueLocation | undefined => {
      if (file === null) return undefined
      const column = columnNumber.get(header)
      return {
        file,
        ...(line !== undefined ? { line } : {}),
        ...(column !== undefined ? { column } : {}),
      }
    }
    const firstLine = csv ? 1 : lines?.[0]
    if (file !== null && csv && !checkedFiles.has(file) && records.length > 0) {
      checkedFiles.add(file)
      const first = records[0]
      if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
        const layout = layoutOf(Object.keys(first), at, firstLine, true)
        if (Array.isArray(layout)) {
          for (const p of layout) problems.push(p)
          throw stop()
        }
      }
    }
    return records.map((record, i) => {
      const n = index++
      const line = lines?.[i]
      const prefix: IssuePathSegment[] = line === undefined ? [i] : []
      const recordAt: IssueLocation | undefined =
        file === null ? undefined : { file, ...(line !== undefined ? { line } : {}) }
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        note(
          issue({
            code: 'invalid_type',
            path: prefix,
            expected: expect.jsonObject(),
            received: record,
            ...(recordAt ? { location: recordAt } : {}),
          }),
        )
        return null
      }
      const layout = layoutOf(Object.keys(record), at, csv ? 1 : line, false)
      if (Array.isArray(layout)) {
        for (const p of layout) note(p)
        return null
      }
      const values: Partial<Record<AqiRecordKey, number | null | 'notMeasured'>> = {}
      let bad = false
      for (const [header, key] of layout) {
        const location = at(header, line)
        const v = cellValue((record as Record<string, unknown>)[header], key, [...prefix, header], {
          ...(location ? { location } : {}),
        })
        if (v !== null && typeof v === 'object') {
          note(v)
          bad = true
        } else values[key] = v
      }
      if (bad) return null
      return { record: n, ...(recordAt ? { location: recordAt } : {}), values }
    })
  }
  const finish = () => {
    if (problems.length > 0) throw new InputError('readAqiRecords input', problems)
  }
  return { read, finish }
}

/**
 * Reads records of concentrations (rows of a CSV keyed by header, or JSON objects) into the
 * inputs of AQI reports, with the rules of {@link createAqiRecordReader}: the one header table,
 * the one no-value table, numbers only, no negative value, plausible CO.
 *
 * @param records - the records, in file order
 * @param options - report, ozone columns, problem limit, and where the records were read
 * @returns the inputs of each record, for `dailyAqi` or `realtimeAqi`
 * @throws {@link InputError} listing every problem, each with its path and, with `source`, its
 * file, line and column
 * @category Air
 * @see HJ 633-2012 §5.1
 * @example
 * ```ts
 * import { dailyAqi, readAqiRecords } from 'eco-targets/air'
 * const [row] = readAqiRecords([{ date: '2022-01-01', 'PM2.5(μg/m³)': '80', PM10: 'NA', SO2: '/' }])
 * row?.values                         //=> { pm25: 80, pm10: null, so2: 'notMeasured' }
 * dailyAqi(row?.values ?? {}).aqi     //=> 107
 * ```
 */
export function readAqiRecords(
  records: readonly unknown[],
  options?: ReadAqiRecordsOptions,
): AqiRecordValues[] {
  const { source, ...rest } = READ.resolve(options) as ReadAqiRecordsOptions
  const reader = createAqiRecordReader(rest)
  const out = reader.read(records, source)
  reader.finish()
  return out as AqiRecordValues[]
}
