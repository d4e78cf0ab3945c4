// The reader of station daily values: records of one station and day into typed values.
export * from './read-station-day-records.js'
export * from './schemas.js'
