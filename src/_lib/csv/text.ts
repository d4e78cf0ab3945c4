import { ESCAPED } from './scanner.js'

/**
 * Text of CSV cells in UTF-8 or GBK, decoded only for the cells that are read as text (headers,
 * station codes, names); numbers are read from the bytes. The encoding is told from the bytes:
 * a UTF-8 byte-order mark, or else the buffer that holds the first non-ASCII cell read as text
 * (from a row start on, so from a character boundary): UTF-8 when it decodes as UTF-8, GBK
 * otherwise (exports from Chinese spreadsheet programs). Until then the two read alike.
 */

/** A text encoding of CSV files. */
export type TextEncodingName = 'utf-8' | 'gbk'

/** What the first bytes of an input say about its encoding. */
export type ByteOrderMark = 'utf-8' | 'utf-16le' | 'utf-16be' | null

/**
 * The byte-order mark at the start of the input, if any.
 *
 * @param bytes - the first bytes (at least 3 when the input has them)
 * @returns the encoding the mark announces, or null
 */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Whether the bytes are UTF-8, a multi-byte character cut off at the end allowed. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

/** Thrown by {@link CellText.text} for bytes that are not text in the file's encoding. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError'
}

/** Decodes cells, telling the encoding at the first cell that needs it. */
export class CellText {
  private current: TextEncodingName | null
  private decoder: InstanceType<typeof TextDecoder> | null = null

  /** @param forced - the encoding, when the caller knows it */
  constructor(forced: TextEncodingName | null) {
    this.current = forced
  }

  /** The encoding, once told (`null` while every byte so far was ASCII). */
  get encoding(): TextEncodingName | null {
    return this.current
  }

  /** Fixes the encoding (a byte-order mark said it). */
  fix(encoding: TextEncodingName): void {
    this.current = encoding
  }

  /**
   * The text of a cell, trimmed, with doubled quotes unescaped. `bytes` must start at a
   * character boundary (a row start), for the encoding is told from all of it.
   *
   * @throws {@link EncodingError} for bytes that are not UTF-8 in a UTF-8 file
   */
  text(bytes: Uint8Array, start: number, end: number, flags: number): string {
    let s = start
    let e = end
    while (s < e && (bytes[s] === 0x20 || bytes[s] === 0x09)) s++
    while (e > s && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09)) e--
    let out = ''
    let ascii = e - s <= 64
    if (ascii) {
      for (let i = s; i < e; i++) {
        const c = bytes[i] as number
        if (c >= 0x80) {
          ascii = false
          break
        }
        out += String.fromCharCode(c)
      }
    }
    if (!ascii) {
      this.current ??= isUtf8(bytes) ? 'utf-8' : 'gbk'
      this.decoder ??= new TextDecoder(this.current ?? 'utf-8', {
        fatal: this.current !== 'gbk',
      })
      try {
        out = this.decoder.decode(bytes.subarray(s, e)).trim()
      } catch {
        throw new EncodingError('not UTF-8 text')
      }
    }
    return (flags & ESCAPED) !== 0 ? out.replaceAll('""', '"') : out
  }
}
