import type { PublicSchemaName } from '../../index.js'

/** The part of a zod schema this check needs (a type, so the schemas load only with --json). */
export interface SafeParser {
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } }
}

/**
 * A command's JSON document as text, checked against its public schema before anything is
 * written: a document that does not match is a defect of the command, so it fails (exit 1,
 * nothing written) rather than hand out JSON that its published JSON Schema rejects. The text
 * is the document as built, keys in their order.
 *
 * @param schema - the zod schema of the document (`AqiCommandOutputSchema`, …)
 * @param name - its name in `schemas/` (`cli-aqi`, …), for the message
 * @param document - the document
 * @returns the JSON text, indented by two spaces, with a final newline
 * @throws Error naming the schema and the first paths that do not match
 * @category CLI
 * @example
 * ```ts
 * checkedJson(AqiCommandOutputSchema, 'cli-aqi', { input, units, ...report })
 * ```
 */
export function checkedJson(schema: SafeParser, name: PublicSchemaName, document: unknown): string {
  const checked = schema.safeParse(document)
  if (!checked.success) {
    const where = checked.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ')
    throw new Error(`the JSON output does not match its schema ${name}.schema.json: ${where}`)
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** The part of a zod object schema a document written piece by piece needs: its fields' schemas. */
export interface ObjectParser {
  readonly shape: Readonly<Record<string, SafeParser & { readonly element?: SafeParser }>>
}

// JSON.stringify(document, null, 2): a value at depth d has its inner lines indented by 2d, which
// stringify gives it inside d arrays (faster than indenting its text afterwards); the frame of d
// arrays is measured once on a placeholder
const nest = (value: unknown, depth: number) => {
  let wrapped = value
  for (let d = 0; d < depth; d++) wrapped = [wrapped]
  return JSON.stringify(wrapped, null, 2)
}
const FRAMES = [1, 2].map((depth) => {
  const text = nest(0, depth)
  return { head: text.indexOf('0'), tail: text.length - text.indexOf('0') - 1 }
})

/**
 * `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep in a document, without
 * its frame: the text to write after the value's key or list comma.
 *
 * @category CLI
 * @example
 * ```ts
 * jsonAt({ a: 1 }, 1) //=> '{\n    "a": 1\n  }'
 * ```
 */
export function jsonAt(value: unknown, depth: 1 | 2): string {
  const text = nest(value, depth)
  const frame = FRAMES[depth - 1] as { head: number; tail: number }
  return text.slice(frame.head, text.length - frame.tail)
}
