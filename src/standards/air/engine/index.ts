export * from './batch-aqi.js'
export * from './stream.js'
