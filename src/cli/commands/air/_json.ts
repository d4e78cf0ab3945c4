import type { AqiResult } from '../../../standards/air/index.js'
import { jsonAt, type ObjectParser, type SafeParser } from '../../output/json.js'
import type { CityReport } from './_cities.js'

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
    this.buffer += jsonAt(value, 1)
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
    this.buffer += `${this.items ? ',' : '['}\n    ${jsonAt(value, 2)}`
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
