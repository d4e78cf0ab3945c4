export * from './read.js'
export * from './starter.js'
export * from './write.js'
