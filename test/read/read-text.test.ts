import { describe, expect, it } from 'vitest'
import { readText } from '../../src/index.js'
import { rejectionLines } from '../_helpers/located.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
// 断面 / 富锦路桥 in GBK: B6CF C3E6 / B8BB BDF5 C2B7 C7C5
const GBK_LINES = Uint8Array.from([
  0xb6, 0xcf, 0xc3, 0xe6, 0x0a, 0xb8, 0xbb, 0xbd, 0xf5, 0xc2, 0xb7, 0xc7, 0xc5, 0x0a,
])

describe('readText', () => {
  it('drops a leading byte-order mark, given as bytes or as text', async () => {
    expect(await readText(utf8('\uFEFF断面名称\n'))).toBe('断面名称\n')
    expect(await readText('\uFEFF断面名称\n')).toBe('断面名称\n')
  })

  it('keeps a byte-order mark that is not at the start', async () => {
    expect(await readText(['x', '\uFEFFy'])).toBe('x\uFEFFy')
  })

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = utf8('溶解氧')
    expect(await readText([bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4)])).toBe('溶解氧')
  })

  it('reads a GBK file, whole or in chunks split inside a character', async () => {
    expect(await readText(GBK_LINES)).toBe('断面\n富锦路桥\n')
    expect(await readText([GBK_LINES.slice(0, 1), GBK_LINES.slice(1)])).toBe('断面\n富锦路桥\n')
  })

  it('names a UTF-16 file at line 1, as the CSV readers do', async () => {
    const lines = await rejectionLines(() =>
      readText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), { file: 'a.txt' }),
    )
    expect(lines).toEqual([
      'a.txt:1: expected UTF-8 or GBK text, got UTF-16LE (save the file as UTF-8)',
    ])
  })

  it('names the line of bytes that are not UTF-8 after a UTF-8 byte-order mark', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x62, 0x0a, 0xb6, 0xcf, 0x0a])
    expect(await rejectionLines(() => readText(bytes, { file: 'a.txt' }))).toEqual([
      'a.txt:3: expected UTF-8 or GBK text, got bytes that are not UTF-8 (the file starts with a UTF-8 byte-order mark)',
    ])
  })

  it('rejects an unknown option', async () => {
    const lines = await rejectionLines(() => readText('a', { fil: 'a.txt' } as never))
    expect(lines.join('\n')).toContain('fil')
  })
})
