import { describe, expect, it } from 'vitest'
import { ESCAPED, QUOTED } from '../../../src/_lib/csv/scanner.js'
import { byteOrderMark, CellText, EncodingError } from '../../../src/_lib/csv/text.js'

// 乌兰察布市 in GBK, as a Chinese spreadsheet program saves it
const GBK = new Uint8Array([0xce, 0xda, 0xc0, 0xbc, 0xb2, 0xec, 0xb2, 0xbc, 0xca, 0xd0])
const utf8 = (t: string) => new TextEncoder().encode(t)

describe('byteOrderMark', () => {
  it('returns the encoding a byte-order mark announces', () => {
    expect(byteOrderMark(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8')
    expect(byteOrderMark(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le')
    expect(byteOrderMark(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be')
    expect(byteOrderMark(utf8('abc'))).toBeNull()
  })
})

describe('CellText', () => {
  it('returns ASCII cells trimmed, with doubled quotes unescaped', () => {
    const cells = new CellText(null)
    const b = utf8(' 2197A ,say ""hi""')
    expect(cells.text(b, 0, 7, 0)).toBe('2197A')
    expect(cells.text(b, 8, b.length, QUOTED | ESCAPED)).toBe('say "hi"')
    expect(cells.encoding).toBeNull()
  })

  it('tells UTF-8 from the first non-ASCII cell', () => {
    const cells = new CellText(null)
    const b = utf8('乌兰察布市')
    expect(cells.text(b, 0, b.length, 0)).toBe('乌兰察布市')
    expect(cells.encoding).toBe('utf-8')
  })

  it('tells GBK from bytes that are not UTF-8 and decodes them', () => {
    const cells = new CellText(null)
    expect(cells.text(GBK, 0, GBK.length, 0)).toBe('乌兰察布市')
    expect(cells.encoding).toBe('gbk')
  })

  it('throws an EncodingError for bytes that are not UTF-8 in a UTF-8 file', () => {
    const cells = new CellText('utf-8')
    expect(() => cells.text(GBK, 0, GBK.length, 0)).toThrow(EncodingError)
  })

  it('decodes as forced, and after a fix', () => {
    expect(new CellText('gbk').text(GBK, 0, GBK.length, 0)).toBe('乌兰察布市')
    const cells = new CellText(null)
    cells.fix('gbk')
    expect(cells.encoding).toBe('gbk')
  })
})
