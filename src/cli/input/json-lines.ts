import { parseJsonText } from './json.js'
import type { InputRecord } from './records.js'
import type { InputSource } from './source.js'
import { decodeText } from './text.js'

/**
 * Streams the records of a JSON Lines file: one JSON value a line, blank lines skipped, `\r\n`
 * accepted. Each record carries its line number.
 *
 * @param source - the file or standard input
 * @returns the records, in file order
 * @throws {@link InputError} `file:line: not valid JSON: …` on a malformed line
 * @category CLI
 * @example
 * ```ts
 * for await (const r of readJsonLinesRecords(textInput('a.jsonl', '{"a":1}\n\n{"a":2}\n'))) {
 *   r.origin.line //=> 1, then 3
 * }
 * ```
 */
export async function* readJsonLinesRecords(source: InputSource): AsyncGenerator<InputRecord> {
  let pending = ''
  let line = 0
  function* lines(text: string, final: boolean): Generator<InputRecord> {
    let start = 0
    for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
      if (end === -1) {
        if (!final) {
          pending = text.slice(start)
          return
        }
        end = text.length
      }
      line++
      const content = text.slice(start, end).trim()
      if (content !== '') {
        yield {
          origin: { file: source.name, line },
          value: parseJsonText(content, source.name, line),
        }
      }
      start = end + 1
      if (start > text.length) return
    }
  }
  for await (const chunk of decodeText(source)) {
    const text = pending + chunk
    pending = ''
    yield* lines(text, false)
  }
  if (pending !== '') yield* lines(pending, true)
}
