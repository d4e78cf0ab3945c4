export * from './batch-aqi.js'
export * from './collect-cities.js'
export * from './stream.js'
