import type { InputIssue } from '../_lib/errors/issue.js'

/**
 * What a chunk of a file gave: the records it completed with their lines, the CSV header (once
 * read) and the file's first problem of syntax or encoding, after which nothing more is read.
 */
export interface TextBatch {
  readonly records: unknown[]
  readonly lines: number[]
  header?: string[]
  readonly problems: InputIssue[]
}

/** A parser of one file's text, fed chunk by chunk. */
export interface TextParser {
  push(chunk: Uint8Array | string): TextBatch
  end(): TextBatch
}
