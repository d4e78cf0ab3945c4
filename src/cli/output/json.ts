import type { PublicSchemaName } from '../../index.js'

/** The part of a zod schema this check needs (a type, so the schemas load only with --json). */
interface SafeParser {
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
