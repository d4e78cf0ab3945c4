import { defineConfig } from 'vitest/config'

// The tests Stryker runs against each mutant of src/standards and src/evaluate (npm run
// mutation): the unit, golden and property tests of those layers, without type tests and
// coverage, which a mutant cannot change.
export default defineConfig({
  test: {
    include: [
      'test/standards/**/*.test.ts',
      'test/evaluate/**/*.test.ts',
      'test/properties/**/*.test.ts',
      'test/schemas/**/*.test.ts',
    ],
    // every mutant runs the tests that reach it: fewer generated cases per property keep a run
    // of a file within minutes (the fixed seed still makes each run the same)
    env: { ECO_TARGETS_PROPERTY_RUNS: process.env.ECO_TARGETS_PROPERTY_RUNS ?? '40' },
  },
})
