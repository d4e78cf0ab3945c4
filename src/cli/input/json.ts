import { locateJsonError } from './_json-error.js'
import { expectations, type InputIssueCode, inputError, issueAt } from './located.js'
import type { InputRecord } from './records.js'
import type { InputSource } from './source.js'
import { decodeText } from './text.js'

/**
 * Parses JSON text and, on a syntax error, names the line: the error position is converted to
 * a line counted from `startLine`.
 *
 * @param text - the JSON text
 * @param file - the file name for messages
 * @param startLine - the line `text` starts on
 * @returns the parsed value
 * @throws {@link InputError} `file:line: not valid JSON: …`
 * @category CLI
 * @example
 * ```ts
 * parseJsonText('{"a": 1}', 'a.json', 1) //=> { a: 1 }
 * ```
 */
export function parseJsonText(text: string, file: string, startLine: number): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const located = locateJsonError(text)
    const before = text.slice(0, located?.offset ?? 0)
    const line = startLine + (before.match(/\n/g)?.length ?? 0)
    const reason = located?.message ?? (error as Error).message
    throw inputError([
      issueAt(
        { file, line },
        { code: 'invalid_format', expected: expectations.jsonText(), receivedText: reason },
      ),
    ])
  }
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n'])

/**
 * Streams the records of a JSON file: each element of a top-level array is a record (read one
 * at a time, so a large array never sits in memory whole); a top-level object is one record.
 * Each record carries the line its element starts on.
 *
 * @param source - the file or standard input
 * @returns the records, in file order
 * @throws {@link InputError} on malformed JSON, naming the line
 * @category CLI
 * @example
 * ```ts
 * for await (const r of readJsonRecords(textInput('a.json', '[\n {"a": 1},\n {"a": 2}\n]'))) {
 *   r.origin.line //=> 2, then 3
 * }
 * ```
 */
export async function* readJsonRecords(source: InputSource): AsyncGenerator<InputRecord> {
  const file = source.name
  const fail = (
    line: number,
    expected: ReturnType<typeof expectations.jsonText>,
    receivedText: string | null,
    code: InputIssueCode = 'invalid_format',
  ) => inputError([issueAt({ file, line }, { code, expected, receivedText })])
  let state: 'start' | 'array' | 'object' | 'done' = 'start'
  let line = 1
  let buffer = ''
  let startLine = 0
  let collecting = false
  let depth = 0
  let inString = false
  let escaped = false
  let afterComma = false
  for await (const chunk of decodeText(source)) {
    let segment = 0
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string
      if (state === 'object') break
      if (c === '\n') line++
      if (state === 'start') {
        if (WHITESPACE.has(c)) continue
        if (c === '[') state = 'array'
        else if (c === '{') {
          state = 'object'
          startLine = line
          segment = i
        } else throw fail(line, expectations.jsonArrayOrObject(), JSON.stringify(c))
        continue
      }
      if (state === 'done') {
        if (!WHITESPACE.has(c))
          throw fail(line, expectations.nothingAfterArray(), JSON.stringify(c))
        continue
      }
      if (!collecting) {
        if (WHITESPACE.has(c)) continue
        // Elements end at "," or "]", so a comma here, or "]" right after a comma, lacks a value.
        if (c === ',' || (c === ']' && afterComma)) {
          throw fail(line, expectations.valueBefore(c), null)
        }
        if (c === ']') {
          state = 'done'
          continue
        }
        collecting = true
        startLine = line
        segment = i
        depth = 0
      }
      if (inString) {
        if (escaped) escaped = false
        else if (c === '\\') escaped = true
        else if (c === '"') inString = false
        continue
      }
      if (c === '"') inString = true
      else if (c === '{' || c === '[') depth++
      else if ((c === '}' || c === ']') && depth > 0) depth--
      else if ((c === ',' || c === ']') && depth === 0) {
        const text = buffer + chunk.slice(segment, i)
        buffer = ''
        collecting = false
        afterComma = c === ','
        if (c === ']') state = 'done'
        yield { origin: { file, line: startLine }, value: parseJsonText(text, file, startLine) }
      }
    }
    if (state === 'object' || collecting) buffer += chunk.slice(segment)
  }
  if (state === 'start') throw fail(line, expectations.jsonArrayOrObject(), null, 'empty_input')
  if (state === 'array') throw fail(line, expectations.closedArray(), null)
  if (state === 'object') {
    yield { origin: { file, line: startLine }, value: parseJsonText(buffer, file, startLine) }
  }
}
