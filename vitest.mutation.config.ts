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
  },
})
