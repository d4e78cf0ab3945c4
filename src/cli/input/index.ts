export { notANumber, numberCell, parseDecimal } from './cells.js'
export { type ReadCsvRecordsOptions, readCsvRecords } from './csv.js'
export { createFieldReader, type RecordFields } from './fields.js'
export {
  formatFromName,
  INPUT_FORMATS,
  type InputFormat,
  sniffFormat,
  sniffInput,
} from './format.js'
export * from './headers/index.js'
export { parseJsonText, readJsonRecords } from './json.js'
export { readJsonLinesRecords } from './json-lines.js'
export { inputError, issueAt, locateIssue, type Where } from './located.js'
export { isMissingCell, MISSING_CELLS } from './no-value.js'
export { isCsvRecord, type ReadRecordsOptions, readRecords, resolveInputFormat } from './read.js'
export type { CsvRecord, InputRecord, RecordOrigin } from './records.js'
export { type InputSource, openInput, STDIN_NAME, textInput } from './source.js'
export { decodeText } from './text.js'
