import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CsvScanner,
  ESCAPED,
  QUOTED,
  TEXT_AFTER_QUOTE,
  UNCLOSED,
} from '../../../src/_lib/csv/scanner.js'

interface Scanned {
  readonly cells: string[]
  readonly flags: number[]
  readonly line: number
}

/** Scans the text in the given chunks and decodes every cell. */
function scan(text: string, cuts: readonly number[] = []): Scanned[] {
  const bytes = new TextEncoder().encode(text)
  const out: Scanned[] = []
  const decoder = new TextDecoder()
  const scanner = new CsvScanner((row) => {
    const cells: string[] = []
    const flags: number[] = []
    for (let i = 0; i < row.count; i++) {
      const raw = decoder.decode(row.bytes.subarray(row.starts[i], row.ends[i]))
      cells.push((row.flags[i] as number) & ESCAPED ? raw.replaceAll('""', '"') : raw)
      flags.push(row.flags[i] as number)
    }
    out.push({ cells, flags, line: row.line })
    return true
  })
  let at = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    // a copy, overwritten after the call, proves the scanner keeps no reference to it
    const chunk = bytes.slice(at, cut)
    scanner.push(chunk)
    chunk.fill(0x58)
    at = cut
  }
  scanner.push(bytes.slice(at))
  scanner.end()
  return out
}

const cellsOf = (text: string, cuts?: number[]) => scan(text, cuts).map((r) => r.cells)

/** RFC 4180 by the letter, on text: the reference the scanner is checked against. */
function reference(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endRow = () => {
    row.push(field)
    if (!(row.length === 1 && row[0] === '' && !quoted)) rows.push(row)
    row = []
    field = ''
    quoted = false
  }
  while (i < text.length) {
    const c = text[i] as string
    if (field === '' && !quoted && c === '"') {
      quoted = true
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (text[q + 1] === '"') {
          field += text.slice(i, q + 1)
          i = q + 2
        } else {
          field += text.slice(i, q)
          i = q + 1
          break
        }
      }
      continue
    }
    if (c === ',') {
      row.push(field)
      field = ''
      quoted = false
    } else if (c === '\r' || c === '\n') {
      endRow()
      if (c === '\r' && text[i + 1] === '\n') i++
    } else field += c
    i++
  }
  if (field !== '' || row.length > 0 || quoted) endRow()
  return rows
}

describe('CsvScanner', () => {
  it('returns the cells of rows ended by LF, CRLF or a lone CR, the last without one', () => {
    expect(cellsOf('a,b\nc,d\r\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ])
  })

  it('returns quoted cells with commas, doubled quotes and line breaks inside', () => {
    const rows = scan('x,"a,b","say ""hi""","two\r\nlines"\n')
    expect(rows[0]?.cells).toEqual(['x', 'a,b', 'say "hi"', 'two\r\nlines'])
    expect(rows[0]?.flags).toEqual([0, QUOTED, QUOTED | ESCAPED, QUOTED])
  })

  it('returns the line each row starts on, counting line breaks inside quoted cells', () => {
    expect(scan('h\n"a\nb"\n\nc\r\nd').map((r) => [r.cells[0], r.line])).toEqual([
      ['h', 1],
      ['a\nb', 2],
      ['c', 5],
      ['d', 6],
    ])
  })

  it('skips blank lines but keeps a row of empty cells', () => {
    expect(cellsOf('a\n\n\r\n,\n""\n')).toEqual([['a'], ['', ''], ['']])
  })

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(cellsOf('ab"c,d\n')).toEqual([['ab"c', 'd']])
  })

  it('flags text after a closing quote and a quote never closed', () => {
    expect(scan('"ab"c,d\n')[0]?.flags[0]).toBe(QUOTED | TEXT_AFTER_QUOTE)
    expect(scan('"ab"  ,d\n')[0]?.flags[0]).toBe(QUOTED)
    const open = scan('a,"never closed\nb')
    expect(open[0]?.cells).toEqual(['a', 'never closed\nb'])
    expect(open[0]?.flags[1]).toBe(QUOTED | UNCLOSED)
  })

  it('reads alike whatever the chunks: inside a cell, a doubled quote, a CRLF', () => {
    const text = 'a,"b""c",d\r\ne,"f\r\ng",h\r\n'
    const whole = cellsOf(text)
    const bytes = new TextEncoder().encode(text).length
    for (let cut = 1; cut < bytes; cut++)
      expect(cellsOf(text, [cut]), `cut at ${cut}`).toEqual(whole)
    expect(
      cellsOf(
        text,
        Array.from({ length: bytes - 1 }, (_, i) => i + 1),
      ),
    ).toEqual(whole)
  })

  it('reads many cells in a row', () => {
    const row = Array.from({ length: 1000 }, (_, i) => String(i))
    expect(cellsOf(`${row.join(',')}\n`)).toEqual([row])
  })

  it('stops when the sink says so', () => {
    let rows = 0
    const scanner = new CsvScanner(() => ++rows < 2)
    expect(scanner.push(new TextEncoder().encode('a\nb\nc\n'))).toBe(false)
    expect(scanner.done).toBe(true)
    expect(scanner.push(new TextEncoder().encode('d\n'))).toBe(false)
    scanner.end()
    expect(rows).toBe(2)
  })

  it('agrees with an RFC 4180 reference on random CSV in random chunks', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '1', '.', ' ', ',', '"', '\n', '\r\n', '中', '𝄞'),
      maxLength: 6,
    })
    const csv = fc
      .tuple(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
      )
      .map(([rows, eol, last]) => {
        const quote = (c: string) =>
          /[",\r\n]/.test(c) || c.startsWith(' ') ? `"${c.replaceAll('"', '""')}"` : c
        const text = rows.map((r) => r.map(quote).join(',')).join(eol)
        return last ? text + eol : text
      })
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 6 }), (text, picks) => {
        const size = new TextEncoder().encode(text).length
        const cuts = picks.map((p) => (size === 0 ? 0 : p % size))
        expect(cellsOf(text, cuts)).toEqual(reference(text))
      }),
      { seed: 4180, numRuns: 1500 },
    )
  })
})
