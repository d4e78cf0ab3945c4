// The platform's real-time moving values (滑动值) from hourly records.
export * from './options.js'
export * from './realtime-series.js'
export type * from './types.js'
