export { OBSERVATION_COLUMNS, type ObservationColumn } from './observation-columns.js'
export * from './read-observations.js'
export * from './read-task-status.js'
export * from './records-reader.js'
