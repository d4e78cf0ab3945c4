import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/_lib/errors/input-error.js'
import type { InputIssue } from '../../../src/_lib/errors/issue.js'
import { defineOptions } from '../../../src/_lib/options.js'
import { resolveDailyOptions } from '../../../src/standards/air/_daily-core.js'
import { parseAirInput } from '../../../src/standards/air/_input.js'
import {
  DAILY_INPUT_SHAPE,
  DAILY_OPTION_RULES,
  dailyInputIssues,
  optionsIssues,
} from '../../../src/standards/air/_input-check.js'
import {
  DailyAqiInputSchema,
  DailyAqiOptionsSchema,
  dailyAqi,
} from '../../../src/standards/air/index.js'
import { PARAMS, TIMEOUT } from '../../properties/_laws.js'

// The hand checks of dailyAqi against its zod schemas, which stay the public boundary: every
// value gets the same issues (code, path, expected, received, message, hint, order) both ways.

function issuesOf(call: () => unknown): readonly InputIssue[] {
  try {
    call()
  } catch (e) {
    if (e instanceof InputError) return e.issues
    throw e
  }
  return []
}

const bySchema = (input: unknown) =>
  issuesOf(() => parseAirInput(DailyAqiInputSchema, input, 'dailyAqi input'))

const OPTIONS = defineOptions('dailyAqi', DailyAqiOptionsSchema, (o) => resolveDailyOptions(o))
const optionsBySchema = (options: unknown) => issuesOf(() => OPTIONS.resolve(options as never))

/** Anything a caller might pass as one value. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, 5e-324, 0.1, 35.5),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('80', '', 'HJ633-2012', 'HJ633-2026', 'computeFromOthers'),
  fc.constantFrom('withholdUnlessAbove100', 'withhold'),
  fc.boolean(),
  fc.bigInt({ min: -5n, max: 5n }),
  fc.constant(new Date(Date.UTC(2022, 0, 1))),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
)

const inputKeys = fc.constantFrom(
  ...DAILY_INPUT_SHAPE.map(([key]) => key),
  'PM25',
  'pm2_5',
  'o3',
  'co_24h',
  'so',
  'x',
  '__proto__',
)
const optionKeys = fc.constantFrom(
  ...DAILY_OPTION_RULES.map(([key]) => key),
  'standrad',
  'roundConcentration',
  'maxCo',
  'timeZone',
)

const objectOf = (keys: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(keys, anyValue), { maxLength: 9 }).map((entries) => {
    const out: Record<string, unknown> = {}
    for (const [k, v] of entries)
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    return out
  })

/** An object whose keys are partly inherited, as a class instance or `Object.create` gives. */
const withPrototype = (keys: fc.Arbitrary<string>) =>
  fc
    .tuple(objectOf(keys), objectOf(keys))
    .map(([own, proto]) => Object.assign(Object.create(proto), own))

const anyInput = (keys: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: objectOf(keys) },
    { weight: 1, arbitrary: withPrototype(keys) },
    { weight: 1, arbitrary: anyValue },
  )

describe('the input check of dailyAqi', () => {
  it(
    'gives the issues of DailyAqiInputSchema for any value',
    () => {
      fc.assert(
        fc.property(anyInput(inputKeys), (input) => {
          expect(dailyInputIssues(input)).toEqual(bySchema(input))
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it(
    'gives them through dailyAqi, and computes what the schema accepts',
    () => {
      fc.assert(
        fc.property(anyInput(inputKeys), (input) => {
          const expected = bySchema(input)
          let error: unknown
          try {
            dailyAqi(input as never, { maxPlausibleCo: Number.MAX_VALUE })
          } catch (e) {
            error = e
          }
          if (expected.length === 0) expect(error).toBeUndefined()
          else {
            expect(error).toBeInstanceOf(InputError)
            expect((error as InputError).context).toBe('dailyAqi input')
            expect((error as InputError).issues).toEqual(expected)
          }
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it('reads the cases zod reads in its own way alike', () => {
    const cases: unknown[] = [
      null,
      [],
      [1, 2],
      'pm25',
      42,
      Number.NaN,
      -Infinity,
      { pm25: -0 },
      { pm25: -1, PM25: 3, so2: '8', co: Number.NaN, o3_8h: -Infinity },
      JSON.parse('{"__proto__": 1, "pm25": 3}'),
      Object.create({ pm25: -4 }),
      Object.create({ pm2_5: 4 }),
    ]
    for (const input of cases) expect(dailyInputIssues(input)).toEqual(bySchema(input))
    expect(dailyInputIssues({ PM25: 3 })[0]?.message.en).toBe(
      'expected only the known keys "so2", "no2", "co", "pm10", "pm25", "o3_1h", "o3_8h", got "PM25" (did you mean pm25?)',
    )
  })
})

describe('the options check of dailyAqi', () => {
  it(
    'gives the issues of DailyAqiOptionsSchema for any value',
    () => {
      fc.assert(
        fc.property(anyInput(optionKeys), (options) => {
          expect(optionsIssues(options, DAILY_OPTION_RULES)).toEqual(optionsBySchema(options))
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it(
    'gives them through dailyAqi, and resolves what the schema accepts alike',
    () => {
      fc.assert(
        fc.property(anyInput(optionKeys), (options) => {
          if (options === undefined) return
          const expected = optionsBySchema(options)
          let error: unknown
          let result: ReturnType<typeof dailyAqi> | undefined
          try {
            result = dailyAqi({ pm25: 76, so2: 8 }, options as never)
          } catch (e) {
            error = e
          }
          if (expected.length === 0) {
            expect(error).toBeUndefined()
            const resolved = OPTIONS.resolve(options as never)
            expect(result?.standard).toBe(resolved.standard)
            expect(result?.options).toEqual({
              roundConcentrations: resolved.roundConcentrations,
              missingIndicators: resolved.missingIndicators,
              notMeasured: resolved.notMeasured,
            })
          } else {
            expect(error).toBeInstanceOf(InputError)
            expect((error as InputError).context).toBe('dailyAqi options')
            expect((error as InputError).issues).toEqual(expected)
          }
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it('reads the cases zod reads in its own way alike', () => {
    const cases: unknown[] = [
      null,
      [],
      'HJ633-2026',
      { standard: null },
      { roundConcentrations: Number.NaN, maxPlausibleCo: -0 },
      { maxPlausibleCo: Infinity, standard: 'HJ633-2020', missingIndicators: 'drop' },
      { standrad: 'HJ633-2026', standard: 5 },
      Object.create({ standard: 'HJ633-2020' }),
      Object.assign(Object.create({ extra: 1 }), { standard: 'HJ633-2026' }),
    ]
    for (const options of cases) {
      expect(optionsIssues(options, DAILY_OPTION_RULES)).toEqual(optionsBySchema(options))
    }
  })
})
