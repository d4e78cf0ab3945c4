import * as zm from 'zod/mini'
import { expect } from '../../../_lib/errors/catalogue.js'
import { zodMessage } from '../../../_lib/errors/from-zod.js'

const LAYOUTS = ['auto', 'plain', 'cnemc', 'cnemc-archive', 'cnemc-2026', 'wide'] as const

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const shared = {
  /** The name of the input in problem locations (default `'<input>'`). */
  file: zm.optional(zm.string().check(zm.minLength(1))),
  layout: zm.optional(zm.enum(LAYOUTS)),
  timeZone: zm.optional(
    zm.string().check(zm.refine(isTimeZone, { error: zodMessage(expect.timeZone()) })),
  ),
  allowEmpty: zm.optional(zm.boolean()),
  maxIssues: zm.optional(zm.int().check(zm.gte(1))),
  maxPlausibleCo: zm.optional(zm.number().check(zm.gt(0))),
}

/**
 * Options of {@link readHourlyCsv} and {@link streamHourlyCsv}; every key is optional:
 *
 * - `file`: the name problems are located in (default `'<input>'`);
 * - `layout`: `'auto'` (default: told from the header, and for the CNEMC layouts from the
 *   ozone columns' data) or one {@link HourlyLayout} to force it (`'cnemc'` reads an archive
 *   file as the export, `'cnemc-archive'` the other way round);
 * - `encoding`: `'auto'` (default: a UTF-8 byte-order mark, else UTF-8 unless the bytes are not
 *   UTF-8, then GBK), `'utf-8'` or `'gbk'`;
 * - `timeZone`: the IANA zone of stamps without offset (default `'Asia/Shanghai'`);
 * - `allowEmpty`: read an empty or header-only input as no records instead of an
 *   `empty_input` problem (default false);
 * - `maxIssues`: reading stops after this many problems (default 50);
 * - `batchSize`: records per batch (default 65,536);
 * - `maxPlausibleCo`: the largest CO accepted, mg/m³ (default 150; above is a unit error).
 *
 * @category Air
 */
export const ReadHourlyCsvOptionsSchema = zm.strictObject({
  ...shared,
  encoding: zm.optional(zm.enum(['auto', 'utf-8', 'gbk'])),
  batchSize: zm.optional(zm.int().check(zm.gte(1), zm.lte(16_777_216))),
})

/** Options of {@link readHourlyCsv}. @category Air */
export type ReadHourlyCsvOptions = zm.input<typeof ReadHourlyCsvOptionsSchema>

/**
 * Options of {@link streamHourlyCsv}: the same as {@link ReadHourlyCsvOptionsSchema}.
 *
 * @category Air
 */
export const StreamHourlyCsvOptionsSchema = ReadHourlyCsvOptionsSchema

/** Options of {@link streamHourlyCsv}. @category Air */
export type StreamHourlyCsvOptions = ReadHourlyCsvOptions

/**
 * Options of {@link readHourlyRows}: those of {@link ReadHourlyCsvOptionsSchema} without
 * `encoding` and `batchSize` (the rows are text already, and come back as one table).
 *
 * @category Air
 */
export const ReadHourlyRowsOptionsSchema = zm.strictObject(shared)

/** Options of {@link readHourlyRows}. @category Air */
export type ReadHourlyRowsOptions = zm.input<typeof ReadHourlyRowsOptionsSchema>
