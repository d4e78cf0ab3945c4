import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../_lib/errors/issue.js'
import { closestKey } from '../../_lib/options.js'

// Input and options checks of the AQI functions without zod: the rules of their zod schemas
// (which stay the public boundary, `DailyAqiInputSchema`, `DailyAqiOptionsSchema`) with the
// issues `parseAirInput` and `defineOptions` build from zod's, in the same order, so that an
// app that imports only `dailyAqi` does not bundle zod. A test parses random values through
// both and compares the issues.

/** The keys of an air input object with the unit of each, in the schema's order. */
export type ConcentrationShape = readonly (readonly [key: string, unit: string])[]

const UG = 'µg/m³'
const MG = 'mg/m³'

/** The keys of `DailyAqiInputSchema`. */
export const DAILY_INPUT_SHAPE: ConcentrationShape = [
  ['so2', UG],
  ['no2', UG],
  ['co', MG],
  ['pm10', UG],
  ['pm25', UG],
  ['o3_1h', UG],
  ['o3_8h', UG],
]

const keysOf = (shape: ConcentrationShape): readonly string[] => shape.map(([key]) => key)
const DAILY_INPUT_KEYS = keysOf(DAILY_INPUT_SHAPE)

/** Not an object; as zod's issue reads, an infinite or NaN number is `not_finite`. */
function notAnObject(value: unknown, path: readonly string[], byZod: boolean): InputIssue {
  const code =
    byZod && typeof value === 'number' && !Number.isFinite(value) ? 'not_finite' : 'invalid_type'
  return issue({ code, path, expected: expect.object(), received: value })
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The issues of a concentration: `z.number().min(0).nullable().optional()` accepts `undefined`,
 * `null` and finite numbers ≥ 0 (-0 included); anything else is one issue.
 */
function concentrationIssue(value: unknown, key: string, unit: string): InputIssue | null {
  if (value === undefined || value === null) return null
  const code =
    typeof value !== 'number'
      ? 'invalid_type'
      : !Number.isFinite(value)
        ? 'not_finite'
        : value < 0
          ? 'too_small'
          : null
  return code === null
    ? null
    : issue({ code, path: [key], expected: expect.nonNegative(unit), received: value })
}

/**
 * Every issue of an air input object against a strict object schema of concentrations: not an
 * object; each bad value, in the schema's order; then each unknown key (enumerable, own or
 * inherited, as zod reads them) with a did-you-mean hint. Empty when the schema accepts it.
 */
export function concentrationInputIssues(
  input: unknown,
  shape: ConcentrationShape,
  known: readonly string[] = keysOf(shape),
): InputIssue[] {
  if (!isRecord(input)) return [notAnObject(input, [], true)]
  const issues: InputIssue[] = []
  for (const [key, unit] of shape) {
    const found = concentrationIssue(input[key], key, unit)
    if (found) issues.push(found)
  }
  for (const key in input) {
    if (known.includes(key)) continue
    const near = closestKey(key, known)
    issues.push(
      issue({
        code: 'unrecognized_keys',
        path: [key],
        expected: expect.knownKeys(known),
        receivedText: JSON.stringify(key),
        ...(near ? { hint: text(`是否指 ${near}？`, `did you mean ${near}?`) } : {}),
      }),
    )
  }
  return issues
}

/** Every issue of a `dailyAqi` input, as `parseAirInput(DailyAqiInputSchema, …)` gives them. */
export const dailyInputIssues = (input: unknown): InputIssue[] =>
  concentrationInputIssues(input, DAILY_INPUT_SHAPE, DAILY_INPUT_KEYS)

/** One option's rule: the issue of a value other than `undefined`, or `null` when it is accepted. */
type OptionRule = (value: unknown, path: readonly string[]) => InputIssue | null

/** `z.enum(values).optional()`. */
export const oneOfOption =
  (values: readonly string[]): OptionRule =>
  (value, path) =>
    values.includes(value as string)
      ? null
      : issue({ code: 'invalid_value', path, expected: expect.oneOf(values), received: value })

/** `z.boolean().optional()`. */
export const booleanOption: OptionRule = (value, path) =>
  typeof value === 'boolean'
    ? null
    : issue({
        code: typeof value === 'number' && !Number.isFinite(value) ? 'not_finite' : 'invalid_type',
        path,
        expected: expect.boolean(),
        received: value,
      })

/** `z.number().positive().optional()`. */
export const positiveNumberOption: OptionRule = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return issue({
      code: typeof value === 'number' ? 'not_finite' : 'invalid_type',
      path,
      expected: expect.number(),
      received: value,
    })
  }
  return value > 0
    ? null
    : issue({ code: 'too_small', path, expected: expect.greaterThan('0'), received: value })
}

/** The rules of a strict options object, by key in the schema's order. */
export type OptionRules = readonly (readonly [key: string, rule: OptionRule])[]

/**
 * Every issue of an options object, as `defineOptions(name, z.strictObject(…), …).resolve`
 * gives them: none for `undefined` (the defaults); not an object; else each unknown own key with a did-you-mean hint, and only
 * those; else each bad value in the schema's order, then any unknown inherited key (which
 * zod, not the own-key check, finds). Empty when the options are accepted.
 */
export function optionsIssues(options: unknown, rules: OptionRules): InputIssue[] {
  if (options === undefined) return []
  if (!isRecord(options)) return [notAnObject(options, ['options'], false)]
  const known = rules.map(([key]) => key)
  const own = Object.keys(options)
  const unknown = own.filter((k) => !known.includes(k))
  if (unknown.length > 0) {
    return unknown.map((key) => {
      const near = closestKey(key, known)
      return issue({
        code: 'unrecognized_keys',
        path: ['options', key],
        expected: expect.knownKeys(known),
        receivedText: JSON.stringify(key),
        ...(near ? { hint: text(`是否指 ${near}？`, `did you mean ${near}?`) } : {}),
      })
    })
  }
  const issues: InputIssue[] = []
  for (const [key, rule] of rules) {
    const value = options[key]
    const found = value === undefined ? null : rule(value, ['options', key])
    if (found) issues.push(found)
  }
  const inherited: string[] = []
  for (const key in options) if (!known.includes(key) && !own.includes(key)) inherited.push(key)
  for (const key of inherited) {
    issues.push(
      issue({
        code: 'unrecognized_keys',
        path: ['options', key],
        // zod's issue names the other keys of the value as the known ones
        expected: expect.knownKeys(own),
        receivedText: JSON.stringify(key),
      }),
    )
  }
  return issues
}

/** The rules of `DailyAqiOptionsSchema` (`DAILY_AQI_OPTIONS`). */
export const DAILY_OPTION_RULES: OptionRules = [
  ['standard', oneOfOption(['HJ633-2012', 'HJ633-2026'])],
  ['roundConcentrations', booleanOption],
  ['missingIndicators', oneOfOption(['computeFromOthers', 'withholdUnlessAbove100'])],
  ['notMeasured', oneOfOption(['platform', 'text'])],
  ['maxPlausibleCo', positiveNumberOption],
]
