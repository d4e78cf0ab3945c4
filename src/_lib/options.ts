import type { $ZodObject, $ZodShape } from 'zod/v4/core'
import { expect, issue, text } from './errors/catalogue.js'
import { parseOrThrow } from './errors/from-zod.js'
import { InputError } from './errors/input-error.js'

/**
 * The options of one public function: a strict zod object (unknown keys are an error, so a
 * misspelt option never silently falls back to a default) and a function that fills in the
 * defaults. The resolved options are what results echo.
 */
export interface OptionsDefinition<Input, Resolved> {
  /** The function the options belong to, for messages. */
  readonly name: string
  /** Reads the caller's options: validates them and fills in every default. */
  readonly resolve: (options: Input | undefined) => Resolved
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
      )
      prev = cur
    }
  }
  return row[b.length] as number
}

/** The known key closest to a misspelt one, if it is close enough to be a likely typo. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const k of known) {
    const d = editDistance(key, k)
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3))
    ? best
    : undefined
}

/**
 * Defines the options of a function.
 *
 * @param name - the function's name ("dailyAqi")
 * @param schema - a strict zod object of the options, every key optional
 * @param fill - fills in the defaults of parsed options
 */
export function defineOptions<Shape extends $ZodShape, Resolved>(
  name: string,
  schema: $ZodObject<Shape>,
  fill: (parsed: $ZodObject<Shape>['_zod']['output']) => Resolved,
): OptionsDefinition<$ZodObject<Shape>['_zod']['input'], Resolved> {
  const known = Object.keys(schema._zod.def.shape)
  const context = `${name} options`
  let defaults: Resolved | undefined
  return {
    name,
    resolve(options) {
      if (options === undefined) {
        defaults ??= fill(parseOrThrow(schema, {}, context))
        return defaults
      }
      if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        throw new InputError(context, [
          issue({
            code: 'invalid_type',
            path: ['options'],
            expected: expect.object(),
            received: options,
          }),
        ])
      }
      const unknown = Object.keys(options).filter((k) => !known.includes(k))
      if (unknown.length > 0) {
        throw new InputError(
          context,
          unknown.map((key) => {
            const near = closestKey(key, known)
            return issue({
              code: 'unrecognized_keys',
              path: ['options', key],
              expected: expect.knownKeys(known),
              receivedText: JSON.stringify(key),
              ...(near ? { hint: text(`是否指 ${near}？`, `did you mean ${near}?`) } : {}),
            })
          }),
        )
      }
      return fill(parseOrThrow(schema, options, context, { prefix: ['options'] }))
    },
  }
}
