import { expect, text } from '../_lib/errors/catalogue.js'
import type { InputIssue, InputIssueCode } from '../_lib/errors/issue.js'
import type { LocalizedText } from '../_lib/localized-text.js'
import { issueAt } from './_header.js'
import { locateJsonError } from './_json-error.js'
import type { TextBatch, TextParser } from './_text-batch.js'

/**
 * JSON and JSON Lines text, pushed chunk by chunk: UTF-8 (a leading byte-order mark dropped),
 * each record with the line it starts on, and the first syntax problem at its line, after the
 * records before it.
 */

/** Raised inside a parser to end the input at its first problem. */
class Stop {
  constructor(readonly issue: InputIssue) {}
}

const BOM = '\uFEFF'

/** UTF-8 text of pushed bytes, counting lines so that a byte that is not UTF-8 is located. */
class Utf8 {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })
  private first = true
  private lines = 1

  constructor(private readonly file: string) {}

  decode(chunk: Uint8Array | string, final: boolean): string {
    let out: string
    try {
      out =
        typeof chunk === 'string'
          ? chunk
          : this.decoder.decode(chunk, { stream: !final }) + (final ? this.decoder.decode() : '')
    } catch {
      // the failing chunk is read leniently to find the line of the first bad byte
      const lenient = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')))
      throw new Stop(
        issueAt(this.file, this.lines + before.split('\n').length - 1, undefined, {
          code: 'invalid_format',
          expected: expect.utf8Text(),
          receivedText: null,
          hint: text(
            '可能是 GBK 导出的文件；请另存为 UTF-8 后重试',
            'a GBK export? save it as UTF-8 and try again',
          ),
        }),
      )
    }
    if (this.first && out.length > 0) {
      this.first = false
      if (out.startsWith(BOM)) out = out.slice(1)
    }
    for (let i = out.indexOf('\n'); i !== -1; i = out.indexOf('\n', i + 1)) this.lines++
    return out
  }
}

/**
 * Parses JSON text and, on a syntax error, names its line: the error's offset is turned into a
 * line counted from `startLine`.
 *
 * @throws Stop with the issue `file:line: expected valid JSON, got …`
 */
function parseJson(source: string, file: string, startLine: number): unknown {
  try {
    return JSON.parse(source)
  } catch (error) {
    const located = locateJsonError(source)
    const before = source.slice(0, located?.offset ?? 0)
    const line = startLine + (before.match(/\n/g)?.length ?? 0)
    throw new Stop(
      issueAt(file, line, undefined, {
        code: 'invalid_format',
        expected: expect.jsonText(),
        receivedText: located?.message ?? (error as Error).message,
      }),
    )
  }
}

/** A parser that turns a {@link Stop} into the batch's problem and reads nothing after it. */
function guarded(file: string, step: (chunk: string, final: boolean, out: TextBatch) => void) {
  const utf8 = new Utf8(file)
  let done = false
  const run = (chunk: Uint8Array | string, final: boolean): TextBatch => {
    const out: TextBatch = { records: [], lines: [], problems: [] }
    if (done) return out
    try {
      step(utf8.decode(chunk, final), final, out)
    } catch (error) {
      if (!(error instanceof Stop)) throw error
      done = true
      out.problems.push(error.issue)
    }
    if (final) done = true
    return out
  }
  return { push: (chunk: Uint8Array | string) => run(chunk, false), end: () => run('', true) }
}

/**
 * JSON Lines: one JSON value a line, blank lines skipped, `\r\n` accepted.
 *
 * @param file - the file for messages
 */
export function jsonLinesParser(file: string): TextParser {
  let pending = ''
  let line = 0
  return guarded(file, (chunk, final, out) => {
    const all = pending + chunk
    let start = 0
    for (let end = all.indexOf('\n'); ; end = all.indexOf('\n', start)) {
      if (end === -1) {
        if (!final) {
          pending = all.slice(start)
          return
        }
        end = all.length
      }
      line++
      const content = all.slice(start, end).trim()
      if (content !== '') {
        out.records.push(parseJson(content, file, line))
        out.lines.push(line)
      }
      start = end + 1
      if (start > all.length) break
    }
    pending = ''
  })
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n'])

/**
 * A JSON file: each element of a top-level array is a record, cut out of the text one at a time
 * (a large array never sits in memory whole); a top-level object is one record.
 *
 * @param file - the file for messages
 */
export function jsonParser(file: string): TextParser {
  const fail = (
    line: number,
    expected: LocalizedText,
    receivedText: string | null,
    code: InputIssueCode = 'invalid_format',
  ) => new Stop(issueAt(file, line, undefined, { code, expected, receivedText }))
  let state: 'start' | 'array' | 'object' | 'done' = 'start'
  let line = 1
  let buffer = ''
  let startLine = 0
  let collecting = false
  let depth = 0
  let inString = false
  let escaped = false
  let afterComma = false
  return guarded(file, (chunk, final, out) => {
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
        } else throw fail(line, expect.jsonArrayOrObject(), JSON.stringify(c))
        continue
      }
      if (state === 'done') {
        if (!WHITESPACE.has(c)) throw fail(line, expect.nothingAfterArray(), JSON.stringify(c))
        continue
      }
      if (!collecting) {
        if (WHITESPACE.has(c)) continue
        // Elements end at "," or "]", so a comma here, or "]" right after a comma, lacks a value.
        if (c === ',' || (c === ']' && afterComma)) throw fail(line, expect.valueBefore(c), null)
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
        const element = buffer + chunk.slice(segment, i)
        buffer = ''
        collecting = false
        afterComma = c === ','
        if (c === ']') state = 'done'
        out.records.push(parseJson(element, file, startLine))
        out.lines.push(startLine)
      }
    }
    if (state === 'object' || collecting) buffer += chunk.slice(segment)
    if (!final) return
    if (state === 'start') throw fail(line, expect.jsonArrayOrObject(), null, 'empty_input')
    if (state === 'array') throw fail(line, expect.closedArray(), null)
    if (state === 'object') {
      out.records.push(parseJson(buffer, file, startLine))
      out.lines.push(startLine)
    }
  })
}
