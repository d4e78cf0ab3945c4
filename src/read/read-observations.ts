import type { z } from 'zod'
import * as zm from 'zod/mini'
import { InputError } from '../_lib/errors/input-error.js'
import type { IssueLocation } from '../_lib/errors/issue.js'
import { defineOptions } from '../_lib/options.js'
import { type Observation, ObservationSchema } from '../schemas/observation/index.js'
import { acrossRecords } from './_checks.js'
import { publicReader, readText, TEXT_OPTIONS } from './_public.js'
import { createCoreReader } from './_reader.js'
import { type RecordsReader, RecordsSourceSchema } from './records-reader.js'

const KINDS = ObservationSchema.options.map((o) => o.shape.kind.value) as [string, ...string[]]

/**
 * Options of {@link createObservationReader}: the `kind` of CSV rows without a kind column, how
 * many problems to find before reading stops (`maxProblems`, default no limit), whether a file
 * without records is accepted (`allowEmpty`, default false), and the name of the option that
 * gives the kind, for the hint of a header without a kind column (`kindOption`, e.g. `--kind`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CreateObservationReaderOptionsSchema } from 'eco-targets'
 * Object.keys(CreateObservationReaderOptionsSchema.def.shape)
 * //=> ['kind', 'maxProblems', 'allowEmpty', 'kindOption']
 * ```
 */
export const CreateObservationReaderOptionsSchema = zm.strictObject({
  kind: zm.optional(zm.enum(KINDS)),
  maxProblems: zm.optional(zm.int().check(zm.gte(0))),
  allowEmpty: zm.optional(zm.boolean()),
  kindOption: zm.optional(zm.string()),
})

/** Options of {@link createObservationReader}. @category Schemas */
export type CreateObservationReaderOptions = z.input<typeof CreateObservationReaderOptionsSchema>

/**
 * Options of {@link readObservations}: those of {@link createObservationReader}, the `source`
 * of records already parsed, or, for text or bytes, their `format` (`csv`, `json` or `jsonl`)
 * and the `file` they are named by in messages.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReadObservationsOptionsSchema } from 'eco-targets'
 * Object.keys(ReadObservationsOptionsSchema.def.shape)
 * //=> ['kind', 'maxProblems', 'allowEmpty', 'kindOption', 'source', 'format', 'file']
 * ```
 */
export const ReadObservationsOptionsSchema = zm.strictObject({
  ...CreateObservationReaderOptionsSchema.def.shape,
  source: zm.optional(RecordsSourceSchema),
  ...TEXT_OPTIONS,
})

/** Options of {@link readObservations}. @category Schemas */
export type ReadObservationsOptions = z.input<typeof ReadObservationsOptionsSchema>

const READER = defineOptions(
  'createObservationReader',
  CreateObservationReaderOptionsSchema,
  (o) => o,
)
const READ = defineOptions('readObservations', ReadObservationsOptionsSchema, (o) => o)
/**
 * A reader of observations ({@link ObservationSchema}) over several files, for the flat CSV
 * rows of {@link OBSERVATION_COLUMNS} and for JSON values. CSV headers are mapped by the column
 * names (Chinese or English; a bracketed unit must be the column's), the no-value texts of the
 * one table (`--`, `NA`, `na`, `/`, `无数据`, …) are missing, cells are read by the observation
 * schema's own field types (numbers, booleans, indicator columns into `values`), and every record
 * is checked by the schema. A header that lacks a column is one problem at line 1, with the
 * headers found and the names expected (and the kind option suggested when there is no kind
 * column); a file without records is a problem unless `allowEmpty`. `finish` then checks the
 * whole set as {@link validateObservations} does (a day given twice, contradictory records, the
 * air module's rules), at the file and line of each record. The records are not changed.
 *
 * @param options - the kind of rows without a kind column, the problem limit, empty inputs
 * @returns the reader
 * @throws {@link InputError} on bad options
 * @category Schemas
 * @example
 * ```ts
 * import { createObservationReader } from 'eco-targets'
 * const reader = createObservationReader({ kind: 'dustDay' })
 * reader.read([{ date: '2022-03-15' }], { file: 'jan.csv', lines: [2], header: ['date'] })
 * reader.read([{ kind: 'dustDay', date: '2022-03-32' }], { file: 'feb.jsonl', lines: [1] })
 * const read = reader.finish()
 * read.values.length          //=> 1
 * read.locations[0]           //=> { file: 'jan.csv', line: 2 }
 * read.problems[0]?.location  //=> { file: 'feb.jsonl', line: 1 }
 * read.problems[0]?.path      //=> ['date']
 * ```
 */
export function createObservationReader(
  options?: CreateObservationReaderOptions,
): RecordsReader<Observation> {
  const o = READER.resolve(options)
  const core = createCoreReader<Observation>(ObservationSchema, {
    kind: o.kind,
    kindOption: o.kindOption,
    maxProblems: o.maxProblems ?? 0,
    allowEmpty: o.allowEmpty ?? false,
  })
  return publicReader(core, acrossRecords)
}

/**
 * Reads observations from one file, as {@link createObservationReader} does: from its text or
 * bytes when a `format` is given (CSV, JSON or JSON Lines, parsed as {@link readTextRecords}
 * parses them: quoted cells, CRLF, a byte-order mark, GBK), else from its records already
 * parsed (CSV rows keyed by the header as written, with `source.header`, or JSON values).
 *
 * @param input - the text or bytes of the file (whole or in chunks), or its records in order
 * @param options - the format and file name of text, or the source (file, lines, CSV header) of
 *   records; the kind of rows without a kind column, the problem limit, empty inputs
 * @returns the observations (parsed, defaults filled in) and where each was read
 * @throws {@link InputError} listing every problem (or the first `maxProblems`), each with its
 *   file, line and column; on bad options
 * @category Schemas
 * @example
 * ```ts
 * import { formatInputIssue, InputError, readObservations } from 'eco-targets'
 * const csv = 'date,PM2.5,so2,no2,co,pm10,o3_1h,o3_8h\r\n2022-01-01,27,14,32,0.5,51,80,75\r\n'
 * readObservations(csv, { format: 'csv', file: 'city.csv', kind: 'airDaily' }).observations[0]?.pm25
 * //=> 27
 * const header = ['date', 'PM2.5', 'so2', 'no2', 'co', 'pm10', 'o3_1h', 'o3_8h']
 * const rows = [{ date: '2022-01-01', 'PM2.5': '12a', so2: '14', no2: '32', co: '0.5',
 *   pm10: '51', o3_1h: '80', o3_8h: '75' }]
 * try {
 *   readObservations(rows, { kind: 'airDaily', source: { file: 'city.csv', lines: [2], header } })
 * } catch (e) {
 *   formatInputIssue((e as InputError).issues[0], { lang: 'en' })
 *   //=> 'city.csv:2: ["PM2.5"]: expected a non-negative number (µg/m³), got "12a"'
 * }
 * ```
 */
export function readObservations(
  input: string | Uint8Array | readonly unknown[],
  options?: ReadObservationsOptions,
): { observations: Observation[]; locations: IssueLocation[] } {
  const { source, format, file: named, ...rest } = READ.resolve(options)
  const reader = createObservationReader(rest)
  const file = named ?? source?.file ?? 'readObservations input'
  if (format !== undefined) readText(reader, input, format, file, 'readObservations')
  else reader.read(input as readonly unknown[], source ?? (named ? { file: named } : undefined))
  const read = reader.finish()
  if (read.problems.length > 0) {
    throw new InputError(
      read.stoppedAfter === null
        ? file
        : `${file} (reading stopped after ${read.stoppedAfter} problems)`,
      read.problems,
    )
  }
  return { observations: [...read.values], locations: [...read.locations] }
}
