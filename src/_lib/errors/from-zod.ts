import { type $ZodIssue, type $ZodType, safeParse } from 'zod/v4/core'
import type { LocalizedText } from '../localized-text.js'
import { expect, type IssueSpec, issue, relocate, text } from './catalogue.js'
import { InputError } from './input-error.js'
import type { InputIssue, InputIssueCode, IssueLocation, IssuePathSegment } from './issue.js'

// A schema's own `error` returns a string; a bilingual expectation travels through it encoded
// behind this mark and is decoded when the zod issues become input issues.
const MARK = '\u0001eco\u0001'
// Parses run with this as the message of zod's own issues, so that a schema's own plain-text
// message (which takes precedence) can be told from zod's defaults.
const DEFAULT = '\u0001default\u0001'
const defaultMessage = () => DEFAULT

export interface Encoded {
  readonly code?: InputIssueCode
  readonly expected: LocalizedText
  readonly hint?: LocalizedText
}

/**
 * The `error` of a zod schema or check, so that its issue carries a bilingual expectation:
 * `z.number({ error: zodMessage(expect.nonNegative('µg/m³')) })`.
 */
export function zodMessage(
  expected: LocalizedText,
  extra: { readonly code?: InputIssueCode; readonly hint?: LocalizedText } = {},
): () => string {
  // The message zod shows to a caller who uses the schema directly is plain English; the
  // bilingual expectation is found again by that text.
  const message = `expected ${expected.en}`
  const encoded: Encoded = { expected, ...extra }
  const known = MESSAGES.get(message)
  MESSAGES.set(
    message,
    known && JSON.stringify(known) !== JSON.stringify(encoded) ? AMBIGUOUS : encoded,
  )
  return () => (MESSAGES.get(message) === AMBIGUOUS ? MARK + JSON.stringify(encoded) : message)
}

// Plain-English messages of `zodMessage`, with the expectation each stands for; a text that two
// different expectations share travels encoded instead.
const MESSAGES = new Map<string, Encoded>()
const AMBIGUOUS: Encoded = { expected: { zh: '', en: '' } }

function decode(message: string): Encoded | null {
  const known = MESSAGES.get(message)
  if (known && known !== AMBIGUOUS) return known
  if (!message.startsWith(MARK)) return null
  try {
    return JSON.parse(message.slice(MARK.length)) as Encoded
  } catch {
    return null
  }
}

/**
 * The bilingual expectation a refinement attached to a custom issue as `params.eco`, so that the
 * issue's own message can stay plain English for callers who use the zod schema directly.
 */
export function ecoParams(
  expected: LocalizedText,
  extra: { readonly code?: InputIssueCode; readonly hint?: LocalizedText } = {},
): { readonly eco: Encoded } {
  return { eco: { expected, ...extra } }
}

const PATTERNS = new Map<string, Encoded>()

/**
 * Gives a regular-expression check a bilingual expectation while its zod message stays plain
 * English: `z.string().regex(describePattern(/^…$/, expect.id()), { message: 'expected …' })`.
 * The issues of the pattern then read from the catalogue through {@link InputError}.
 */
export function describePattern(
  pattern: RegExp,
  expected: LocalizedText,
  extra: { readonly code?: InputIssueCode; readonly hint?: LocalizedText } = {},
): RegExp {
  PATTERNS.set(String(pattern), { expected, ...extra })
  return pattern
}

function fromPattern(z: $ZodIssue): Encoded | null {
  if (z.code !== 'invalid_format' || z.format !== 'regex') return null
  return PATTERNS.get(String((z as { pattern?: unknown }).pattern)) ?? null
}

function fromParams(z: $ZodIssue): Encoded | null {
  if (z.code !== 'custom') return null
  const eco = (z.params as { eco?: Partial<Encoded> } | undefined)?.eco
  return eco?.expected ? (eco as Encoded) : null
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  number: expect.number(),
  string: expect.text(),
  boolean: expect.boolean(),
  array: expect.array(),
  object: expect.object(),
  date: text('Date 日期对象', 'a Date'),
  bigint: text('大整数', 'a bigint'),
  int: expect.integer(),
  nan: text('NaN', 'NaN'),
}

const FORMAT_NAMES: Readonly<Record<string, LocalizedText>> = {
  date: expect.isoDate(),
  datetime: expect.timestamp(),
  regex: text('符合格式的文本', 'a text of the required form'),
}

/** One zod issue as an input issue. `input` is the value that was parsed. */
function fromZodIssue(z: $ZodIssue, input: unknown): InputIssue[] {
  const path = z.path.filter((p): p is IssuePathSegment => typeof p !== 'symbol')
  const at = valueAt(input, path)
  const encoded = decode(z.message) ?? fromParams(z) ?? fromPattern(z)
  if (z.code === 'invalid_union' && !encoded) {
    // the branch whose issues go deepest says most about what the value should have been
    const branches = z.errors.map((b) =>
      b.flatMap((i) => fromZodIssue({ ...i, path: [...z.path, ...i.path] }, input)),
    )
    const best = branches.sort((a, b) => depth(b) - depth(a))[0]
    if (best && best.length > 0 && depth(best) > path.length) return best
  }
  let spec: IssueSpec
  if (z.code === 'unrecognized_keys') {
    const known = knownKeys(at, z.keys)
    return z.keys.map((key) =>
      issue({
        code: 'unrecognized_keys',
        path: [...path, key],
        expected: encoded?.expected ?? expect.knownKeys(known),
        receivedText: JSON.stringify(key),
        ...(encoded?.hint ? { hint: encoded.hint } : {}),
      }),
    )
  }
  if (encoded) {
    spec = {
      code: encoded.code ?? codeOf(z, at),
      path,
      expected: encoded.expected,
      received: at,
      ...(encoded.hint ? { hint: encoded.hint } : {}),
    }
  } else if (z.message !== DEFAULT && z.message !== '') {
    // a schema's own message in plain text: it says what was expected
    const en = z.message.replace(/^expected /, '')
    spec = { code: codeOf(z, at), path, expected: text(en, en), received: at }
  } else {
    spec = { code: codeOf(z, at), path, expected: expectationOf(z), received: at }
  }
  return [issue(spec)]
}

function depth(issues: readonly InputIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length))
}

function knownKeys(value: unknown, unknown: readonly string[]): string[] {
  if (value === null || typeof value !== 'object') return []
  return Object.keys(value).filter((k) => !unknown.includes(k))
}

function codeOf(z: $ZodIssue, value: unknown): InputIssueCode {
  if (z.code === 'invalid_type' && typeof value === 'number' && !Number.isFinite(value)) {
    return 'not_finite'
  }
  switch (z.code) {
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'unrecognized_keys':
      return z.code
    case 'invalid_union':
      return (z as { options?: readonly unknown[] }).options?.length ? 'invalid_value' : 'custom'
    default:
      return 'custom'
  }
}

function expectationOf(z: $ZodIssue): LocalizedText {
  switch (z.code) {
    case 'invalid_type':
      return TYPE_NAMES[z.expected] ?? text(z.expected, z.expected)
    case 'invalid_value':
      return expect.oneOf(z.values.map((v) => (typeof v === 'number' ? v : String(v))))
    case 'invalid_format':
      return FORMAT_NAMES[z.format] ?? text(`${z.format} 格式`, `the ${z.format} format`)
    case 'too_small': {
      const min = String(z.minimum)
      if (z.origin === 'array' || z.origin === 'set') {
        return text(`至少 ${min} 项`, `at least ${min} items`)
      }
      if (z.origin === 'string') return text(`至少 ${min} 个字符`, `at least ${min} characters`)
      return z.inclusive ? expect.atLeast(min) : expect.greaterThan(min)
    }
    case 'too_big': {
      const max = String(z.maximum)
      if (z.origin === 'array' || z.origin === 'set') {
        return text(`至多 ${max} 项`, `at most ${max} items`)
      }
      if (z.origin === 'string') return text(`至多 ${max} 个字符`, `at most ${max} characters`)
      return z.inclusive ? expect.atMost(max) : text(`小于 ${max} 的数值`, `a number < ${max}`)
    }
    case 'invalid_union': {
      // a discriminated union whose discriminator matches no branch lists its values
      const options = (z as { options?: readonly unknown[] }).options
      return options?.length
        ? expect.oneOf(options.map((v) => (typeof v === 'number' ? v : String(v))))
        : text('符合规则的值', 'a value that satisfies the rule')
    }
    case 'not_multiple_of':
      return text(`${String(z.divisor)} 的整数倍`, `a multiple of ${String(z.divisor)}`)
    default:
      return text('符合规则的值', 'a value that satisfies the rule')
  }
}

/**
 * zod's issues as input issues, with the received value of each read from `input`.
 *
 * @param issues - `error.issues` of a failed parse
 * @param input - the value that was parsed
 */
export function inputIssuesFromZod(issues: readonly $ZodIssue[], input: unknown): InputIssue[] {
  return issues.flatMap((i) => fromZodIssue(i, input))
}

/** Where the issues of a parse go: a path prefix and a file location. */
export interface ParseTarget {
  readonly prefix?: readonly IssuePathSegment[]
  readonly location?: IssueLocation
}

/**
 * zod at the boundary without throwing: the parsed value, or every problem as an input issue
 * (paths as zod gives them), for a caller that adds something to each (a file location).
 *
 * @param schema - a zod (classic or mini) schema
 * @param value - the input
 */
export function safeParseInput<S extends $ZodType>(
  schema: S,
  value: unknown,
):
  | { readonly success: true; readonly data: S['_zod']['output'] }
  | { readonly success: false; readonly issues: InputIssue[] } {
  const result = safeParse(schema, value, { error: defaultMessage })
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: inputIssuesFromZod(result.error.issues, value) }
}

/**
 * zod at the boundary: parse or throw one {@link InputError} naming every bad field.
 *
 * @param schema - a zod (classic or mini) schema
 * @param value - the input
 * @param context - what is being read, e.g. "dailyAqi input"
 * @param target - a path prefix for every issue, and a file location
 */
export function parseOrThrow<S extends $ZodType>(
  schema: S,
  value: unknown,
  context: string,
  target: ParseTarget = {},
): S['_zod']['output'] {
  const result = safeParse(schema, value, { error: defaultMessage })
  if (result.success) return result.data
  const issues = inputIssuesFromZod(result.error.issues, value)
  throw new InputError(
    context,
    target.prefix || target.location ? issues.map((i) => relocate(i, target)) : issues,
  )
}
