import type { z } from 'zod'
import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import { safeParseInput } from '../../_lib/errors/from-zod.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { InputIssue, IssuePathSegment } from '../../_lib/errors/issue.js'
import { closestKey } from '../../_lib/options.js'

// The unit of every concentration key of the air inputs (CO mg/m³, the rest µg/m³).
const UNITS: Readonly<Record<string, string>> = {
  so2: 'µg/m³',
  no2: 'µg/m³',
  co: 'mg/m³',
  o3: 'µg/m³',
  o3_1h: 'µg/m³',
  o3_8h: 'µg/m³',
  pm10: 'µg/m³',
  pm25: 'µg/m³',
  so2_24h: 'µg/m³',
  pm10_24h: 'µg/m³',
  pm25_24h: 'µg/m³',
}

const VALUE_CODES = new Set(['invalid_type', 'too_small', 'not_finite'])

/**
 * A concentration issue read from the catalogue: what the value should be, with its unit, so
 * that a bad value reads the same through every air function.
 */
function withUnit(original: InputIssue, value: unknown): InputIssue {
  const key = original.path.at(-1)
  const unit = typeof key === 'string' ? UNITS[key] : undefined
  if (unit === undefined || !VALUE_CODES.has(original.code)) return original
  return issue({
    code: original.code,
    path: original.path,
    expected: expect.nonNegative(unit),
    received: value,
  })
}

/** An unknown key of an input object, against the keys of its schema, with a did-you-mean hint. */
function unknownKey(original: InputIssue, known: readonly string[]): InputIssue {
  const key = String(original.path.at(-1))
  const near = closestKey(key, known)
  return issue({
    code: 'unrecognized_keys',
    path: original.path,
    expected: expect.knownKeys(known),
    receivedText: JSON.stringify(key),
    ...(near ? { hint: text(`是否指 ${near}？`, `did you mean ${near}?`) } : {}),
  })
}

function valueAt(input: unknown, path: readonly IssuePathSegment[]): unknown {
  let v = input
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

/**
 * zod at the boundary of an air function: the parsed value, or one {@link InputError} naming
 * every bad field, concentrations with their unit.
 */
export function parseAirInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: string,
): z.output<S> {
  const result = safeParseInput(schema, value)
  if (result.success) return result.data as z.output<S>
  const known = keysOf(schema)
  throw new InputError(
    context,
    result.issues.map((i) =>
      i.code === 'unrecognized_keys' && known
        ? unknownKey(i, known)
        : withUnit(i, valueAt(value, i.path)),
    ),
  )
}

/** Throws an input error when there are issues. */
export function throwIfAny(context: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new InputError(context, issues)
}

// The keys of an object schema, or of the elements of an array schema.
function keysOf(schema: z.ZodType): readonly string[] | null {
  const def = schema._zod.def as { shape?: object; element?: z.ZodType }
  if (def.shape) return Object.keys(def.shape)
  return def.element ? keysOf(def.element) : null
}
