// Readers of hourly air data: monitoring exports (CSV, gzip, UTF-8 or GBK) into columns.
export type { ByteInput } from '../../../_lib/csv/bytes.js'
export * from './names.js'
export * from './options.js'
export * from './read-hourly-csv.js'
export * from './read-hourly-rows.js'
export * from './stream-hourly-csv.js'
export type * from './types.js'
