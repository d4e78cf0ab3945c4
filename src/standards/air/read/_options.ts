import type * as zm from 'zod/mini'
import { defineOptions } from '../../../_lib/options.js'
import {
  ReadHourlyCsvOptionsSchema as CsvSchema,
  ReadHourlyRowsOptionsSchema,
  StreamHourlyCsvOptionsSchema,
} from './options.js'
import type { ReadHourlyOptionsResolved } from './types.js'

/** Problems collected before reading stops, by default. */
export const DEFAULT_MAX_ISSUES = 50
/** Records per batch, by default. */
export const DEFAULT_BATCH_SIZE = 65_536
// The top of the HJ 633 1-hour CO column (MAX_PLAUSIBLE_CO_1H): readers hold 1-hour values.
const MAX_PLAUSIBLE_CO = 150

const fill = (o: zm.output<typeof CsvSchema>): ReadHourlyOptionsResolved => ({
  file: o.file ?? '<input>',
  layout: o.layout ?? 'auto',
  encoding: o.encoding ?? 'auto',
  timeZone: o.timeZone ?? 'Asia/Shanghai',
  allowEmpty: o.allowEmpty ?? false,
  maxIssues: o.maxIssues ?? DEFAULT_MAX_ISSUES,
  batchSize: o.batchSize ?? DEFAULT_BATCH_SIZE,
  maxPlausibleCo: o.maxPlausibleCo ?? MAX_PLAUSIBLE_CO,
})

/** The options of readHourlyCsv. */
export const readHourlyCsvOptions = defineOptions('readHourlyCsv', CsvSchema, fill)
/** The options of streamHourlyCsv. */
export const streamHourlyCsvOptions = defineOptions(
  'streamHourlyCsv',
  StreamHourlyCsvOptionsSchema,
  fill,
)
/** The options of readHourlyRows. */
export const readHourlyRowsOptions = defineOptions(
  'readHourlyRows',
  ReadHourlyRowsOptionsSchema,
  fill,
)
