import { type CsvRow, CsvScanner, TEXT_AFTER_QUOTE, UNCLOSED } from '../_lib/csv/scanner.js'
import { byteOrderMark, CellText, EncodingError } from '../_lib/csv/text.js'
import { expect, text } from '../_lib/errors/catalogue.js'
import type { InputIssue } from '../_lib/errors/issue.js'
import { issueAt } from './_header.js'
import type { TextBatch, TextParser } from './_text-batch.js'

/**
 * CSV text, pushed chunk by chunk, through the byte scanner of `_lib/csv`: quoted cells (with
 * commas, doubled quotes and line breaks), LF, CRLF or CR line ends, blank lines skipped, UTF-8
 * with or without a byte-order mark or GBK (told from the bytes). The first row is the header;
 * each later row is a record keyed by the header as written, its cells trimmed, with the line it
 * starts on. The first problem of syntax or encoding ends the file.
 */

const encoder = new TextEncoder()

/**
 * A parser of one CSV file.
 *
 * @param file - the file for messages
 */
export function csvParser(file: string): TextParser {
  const cells = new CellText(null)
  let header: string[] | undefined
  let head: Uint8Array | null = new Uint8Array(0)
  let out: TextBatch = { records: [], lines: [], problems: [] }
  let done = false

  const stop = (problem: InputIssue) => {
    out.problems.push(problem)
    done = true
    return false
  }

  const cellText = (row: CsvRow, i: number): string | null => {
    try {
      return cells.text(
        row.bytes,
        row.starts[i] as number,
        row.ends[i] as number,
        row.flags[i] as number,
      )
    } catch (error) {
      if (!(error instanceof EncodingError)) throw error
      stop(
        issueAt(file, row.line, undefined, {
          code: 'invalid_format',
          expected: expect.textEncoding(),
          receivedText: 'bytes that are not UTF-8',
          hint: text('文件前面的部分是 UTF-8', 'the file reads as UTF-8 before this cell'),
        }),
      )
      return null
    }
  }

  const onRow = (row: CsvRow): boolean => {
    for (let i = 0; i < row.count; i++) {
      const flags = row.flags[i] as number
      if (flags & UNCLOSED) {
        return stop(
          issueAt(file, row.line, undefined, {
            code: 'invalid_format',
            expected: expect.closedQuote(),
            receivedText: null,
          }),
        )
      }
      if (flags & TEXT_AFTER_QUOTE) {
        return stop(
          issueAt(file, row.line, undefined, {
            code: 'invalid_format',
            expected: expect.delimiterAfterQuote(),
            receivedText: null,
          }),
        )
      }
    }
    if (header === undefined) {
      const names: string[] = []
      for (let i = 0; i < row.count; i++) {
        const name = cellText(row, i)
        if (name === null) return false
        names.push(name)
      }
      header = names
      out.header = header
      return true
    }
    if (row.count !== header.length) {
      return stop(
        issueAt(file, row.line, undefined, {
          code: 'invalid_format',
          expected: expect.cells(header.length),
          receivedText: String(row.count),
        }),
      )
    }
    const record: Record<string, string> = {}
    for (let i = 0; i < row.count; i++) {
      const cell = cellText(row, i)
      if (cell === null) return false
      record[header[i] as string] = cell
    }
    out.records.push(record)
    out.lines.push(row.line)
    return true
  }

  const scanner = new CsvScanner(onRow)

  /** The first bytes: a UTF-8 byte-order mark is dropped, a UTF-16 one is a problem. */
  const start = (bytes: Uint8Array): Uint8Array | null => {
    const mark = byteOrderMark(bytes)
    if (mark === 'utf-8') {
      cells.fix('utf-8')
      return bytes.subarray(3)
    }
    if (mark === null) return bytes
    stop(
      issueAt(file, 1, undefined, {
        code: 'invalid_format',
        expected: expect.textEncoding(),
        receivedText: mark.toUpperCase(),
        hint: text('请另存为 UTF-8', 'save the file as UTF-8'),
      }),
    )
    return null
  }

  const feed = (bytes: Uint8Array, final: boolean) => {
    let data: Uint8Array | null = bytes
    if (head !== null) {
      // the byte-order mark may be split over the first chunks
      const joined = new Uint8Array(head.length + bytes.length)
      joined.set(head)
      joined.set(bytes, head.length)
      if (joined.length < 3 && !final) {
        head = joined
        return
      }
      head = null
      data = start(joined)
    }
    if (data !== null && !done) scanner.push(data)
    if (final && !done) scanner.end()
  }

  const run = (chunk: Uint8Array | string, final: boolean): TextBatch => {
    out = { records: [], lines: [], problems: [], ...(header ? { header } : {}) }
    if (!done) {
      feed(typeof chunk === 'string' ? encoder.encode(chunk) : chunk, final)
      if (header && !out.header) out.header = header
    }
    if (final) done = true
    return out
  }

  return { push: (chunk) => run(chunk, false), end: () => run(new Uint8Array(0), true) }
}
