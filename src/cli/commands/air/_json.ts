import type { AqiResult } from '../../../standards/air/index.js'
import type { CityReport } from './_cities.js'

/** The part of a zod schema a check needs. */
interface SafeParser {
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } }
}

/** The part of a zod object schema {@link JsonDocument} needs: its fields' schemas. */
interface ObjectParser {
  readonly shape: Readonly<Record<string, SafeParser & { readonly element?: SafeParser }>>
}

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep, without its frame. */
const nest = (value: unknown, depth: number) => {
  let wrapped = value
  for (let d = 0; d < depth; d++) wrapped = [wrapped]
  return JSON.stringify(wrapped, null, 2)
}
const FRAMES = [1, 2].map((depth) => {
  const text = nest(0, depth)
  return { head: text.indexOf('0'), tail: text.length - text.indexOf('0') - 1 }
})
const at = (value: unknown, depth: 1 | 2) => {
  const text = nest(value, depth)
  const frame = FRAMES[depth - 1] as { head: number; tail: number }
  return text.slice(frame.head, text.length - frame.tail)
}

/**
 * A JSON document written as its parts come, byte for byte the text of `checkedJson` (indented
 * by two spaces): fields in the schema's order, a list field element by element, each part
 * checked against its schema before it is written. Text gathers in {@link JsonDocument.text}
 * until {@link JsonDocument.take} hands it on, so elements can be added where no await is
 * possible.
 */
export class JsonDocument {
  private buffer = '{'
  private fields = 0
  private items = -1
  private list = ''

  constructor(
    private readonly schema: ObjectParser,
    private readonly name: string,
  ) {}

  private check(parser: SafeParser | undefined, value: unknown, path: PropertyKey[]): void {
    const checked = parser?.safeParse(value) ?? { success: false as const, error: { issues: [] } }
    if (checked.success) return
    const where = checked.error.issues
      .slice(0, 3)
      .map((i) => `${[...path, ...i.path].map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ')
    throw new Error(`the JSON output does not match its schema ${this.name}.schema.json: ${where}`)
  }

  private key(key: string): void {
    const expected = Object.keys(this.schema.shape)[this.fields]
    if (key !== expected) {
      throw new Error(
        `the JSON output does not match its schema ${this.name}.schema.json: (root): field ${key}, expected ${expected}`,
      )
    }
    this.buffer += `${this.fields ? ',' : ''}\n  ${JSON.stringify(key)}: `
    this.fields++
  }

  /** A whole field. */
  field(key: string, value: unknown): void {
    this.key(key)
    this.check(this.schema.shape[key], value, [key])
    this.buffer += at(value, 1)
  }

  /** Opens a list field; its elements follow with {@link JsonDocument.item}. */
  open(key: string): void {
    this.key(key)
    this.list = key
    this.items = 0
  }

  /** The next element of the open list. */
  item(value: unknown): void {
    this.check(this.schema.shape[this.list]?.element, value, [this.list, this.items])
    this.buffer += `${this.items ? ',' : '['}\n    ${at(value, 2)}`
    this.items++
  }

  /** Closes the open list. */
  close(): void {
    this.buffer += this.items ? '\n  ]' : '[]'
    this.items = -1
  }

  /** The text gathered so far, taken out (`end`: with the document's end). */
  take(end = false): string {
    const text = end ? `${this.buffer}\n}\n` : this.buffer
    this.buffer = ''
    return text
  }

  /** The length of the text gathered. */
  get size(): number {
    return this.buffer.length
  }
}

/** The AQI report without the health texts, for JSON. */
export function compactAqi(aqi: AqiResult) {
  const { category, ...rest } = aqi
  return {
    ...rest,
    level: category?.level ?? null,
    category: category ? { zh: category.name.zh, en: category.name.en } : null,
  }
}

/** A city of the `air --json` document. */
export function cityJson(report: CityReport) {
  return {
    city: report.city,
    stations: report.stations,
    days: report.days.map(({ aqi, ...day }) => ({ ...day, aqi: compactAqi(aqi) })),
    summary: report.summary,
    compliance: report.compliance,
  }
}
