export * from './batch-aqi.js'
