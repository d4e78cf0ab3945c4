export { CNEMC_COLUMNS } from './cnemc-columns.js'
export { type CsvHeaderMapping, mapCsvHeaders } from './csv-headers.js'
export { OBSERVATION_COLUMNS, type ObservationColumn } from './observation-columns.js'
export * from './read-observations.js'
export * from './read-task-status.js'
export {
  type ReadTextOptions,
  ReadTextOptionsSchema,
  readText,
} from './read-text.js'
export {
  type ReadTextRecordsOptions,
  ReadTextRecordsOptionsSchema,
  readTextRecords,
  type TextRecords,
} from './read-text-records.js'
export * from './records-reader.js'
