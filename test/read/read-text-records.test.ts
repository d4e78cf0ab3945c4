import { describe, expect, it } from 'vitest'
import { readTextRecords } from '../../src/index.js'
import { rejectionLines } from '../_helpers/located.js'

type Format = 'csv' | 'json' | 'jsonl'
type Input = string | Uint8Array | (string | Uint8Array)[]

/** The records with their lines, whatever the batches. */
async function collect(format: Format, input: Input, file = `a.${format}`) {
  const out: [unknown, number][] = []
  for await (const batch of readTextRecords(input, { format, file })) {
    batch.records.forEach((r, i) => {
      out.push([r, batch.source.lines[i] as number])
    })
  }
  return out
}

/** The headers of the batches (CSV). */
async function headers(input: Input) {
  const out: (readonly string[] | undefined)[] = []
  for await (const batch of readTextRecords(input, { format: 'csv', file: 'a.csv' })) {
    out.push(batch.source.header)
  }
  return out
}

async function problemOf(text: Input, format: Format = 'json'): Promise<string> {
  return (await rejectionLines(() => collect(format, text))).join('\n')
}

const bytes = (s: string) => new TextEncoder().encode(s)
/** Every byte its own chunk: boundaries fall inside characters, quotes and CRLF. */
const split = (b: Uint8Array) => Array.from(b, (x) => Uint8Array.of(x))

describe('readTextRecords, CSV', () => {
  it('keys cells by the header as written, trimmed, with the line each row starts on', async () => {
    const text = 'name, note \na,1\n\n"b","two\nlines"\nc, 3 \n'
    // Line 1 header, 2 a, 3 blank, 4–5 b (quoted cell spans two lines), 6 c.
    expect(await collect('csv', text)).toEqual([
      [{ name: 'a', note: '1' }, 2],
      [{ name: 'b', note: 'two\nlines' }, 4],
      [{ name: 'c', note: '3' }, 6],
    ])
    expect((await headers(text))[0]).toEqual(['name', 'note'])
  })

  it('reads quoted cells with commas and doubled quotes', async () => {
    expect(await collect('csv', 'a,b\n"x, y","say ""hi"""\n')).toEqual([
      [{ a: 'x, y', b: 'say "hi"' }, 2],
    ])
  })

  it('reads CRLF line endings and a byte-order mark, in chunks split anywhere', async () => {
    const input = bytes('\uFEFFday,pm2_5\r\n2022-01-01,27\r\n"2022-01-02",30\r\n')
    const expected = [
      [{ day: '2022-01-01', pm2_5: '27' }, 2],
      [{ day: '2022-01-02', pm2_5: '30' }, 3],
    ]
    expect(await collect('csv', input)).toEqual(expected)
    expect(await collect('csv', split(input))).toEqual(expected)
  })

  it('reads a GBK export (Chinese headers and cells) as text', async () => {
    // 断面名称 / 富锦路桥 in GBK: B6CF C3E6 C3FB B3C6 / B8BB BDF5 C2B7 C7C5
    const gbk = Uint8Array.from([
      0xb6, 0xcf, 0xc3, 0xe6, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x70, 0x48, 0x0a, 0xb8, 0xbb, 0xbd,
      0xf5, 0xc2, 0xb7, 0xc7, 0xc5, 0x2c, 0x38, 0x2e, 0x31, 0x34, 0x0a,
    ])
    expect(await collect('csv', gbk)).toEqual([[{ 断面名称: '富锦路桥', pH: '8.14' }, 2]])
  })

  it('gives the header and no records for a file with only a header, nothing for an empty one', async () => {
    expect(await collect('csv', 'day,pm2_5\n')).toEqual([])
    expect(await headers('day,pm2_5\n')).toEqual([['day', 'pm2_5']])
    expect(await headers('')).toEqual([])
  })

  it('names the line of a row with too many or too few cells', async () => {
    expect(await problemOf('a,b\n1,2\n3,4,5\n', 'csv')).toBe(
      'a.csv:3: expected 2 cells, as many as the header, got 3',
    )
    expect(await problemOf('a,b\n1\n', 'csv')).toBe(
      'a.csv:2: expected 2 cells, as many as the header, got 1',
    )
  })

  it('names an unclosed quote at the line its cell starts on', async () => {
    expect(await problemOf('a,b\n1,"2\n3,4\n', 'csv')).toBe(
      'a.csv:2: expected a quoted cell closed by a quote, got nothing',
    )
  })

  it('names text after a closing quote', async () => {
    expect(await problemOf('a,b\n1,"2"x\n', 'csv')).toBe(
      'a.csv:2: expected a comma or a line break right after a closing quote, got nothing',
    )
  })

  it('names a UTF-16 file at line 1', async () => {
    expect(await problemOf(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), 'csv')).toBe(
      'a.csv:1: expected UTF-8 or GBK text, got UTF-16LE (save the file as UTF-8)',
    )
  })

  it('hands on the records before a problem, then throws it', async () => {
    const seen: unknown[] = []
    const lines = await rejectionLines(async () => {
      for await (const b of readTextRecords('a\n1\n2\n"x\n', { format: 'csv', file: 'a.csv' })) {
        seen.push(...b.records)
      }
    })
    expect(seen).toEqual([{ a: '1' }, { a: '2' }])
    expect(lines).toEqual(['a.csv:4: expected a quoted cell closed by a quote, got nothing'])
  })

  it('does not change the bytes it is given', async () => {
    const input = bytes('\uFEFFa,b\r\n"1",2\r\n')
    const copy = input.slice()
    await collect('csv', [input])
    expect(input).toEqual(copy)
  })

  it('rejects unknown options and formats', async () => {
    await expect(collect('xml' as Format, 'a\n1\n')).rejects.toThrow(/format/)
  })
})

describe('readTextRecords, input', () => {
  it('rejects what is neither text nor bytes', async () => {
    expect(await rejectionLines(() => collect('csv', 42 as unknown as string))).toEqual([
      'expected text, bytes, a Blob, a ReadableStream or an (async) iterable of chunks, got 42',
    ])
  })
})

describe('readTextRecords, UTF-8 of JSON', () => {
  it('drops a byte-order mark', async () => {
    expect(await collect('jsonl', bytes('\uFEFF{"a":1}\n'))).toEqual([[{ a: 1 }, 1]])
  })

  it('rejects bytes that are not UTF-8, naming the line (a GBK export)', async () => {
    const gbk = Uint8Array.from([0x7b, 0x7d, 0x0a, 0x22, 0xb6, 0xcf, 0x22, 0x0a])
    expect(await problemOf(gbk, 'jsonl')).toBe(
      'a.jsonl:2: expected UTF-8 text, got nothing (a GBK export? save it as UTF-8 and try again)',
    )
  })
})

const ARRAY = `[
  {"kind": "dustDay", "date": "2022-03-15"},
  {"note": "a ] and a , and a \\" inside", "list": [1, [2, {"x": "]"}]]},
  3, "text", null,
  {
    "nested": {"a": [ ]}
  }
]
`

describe('readTextRecords, JSON', () => {
  it('yields each element of a top-level array with the line it starts on', async () => {
    expect(await collect('json', ARRAY)).toEqual([
      [{ kind: 'dustDay', date: '2022-03-15' }, 2],
      [{ note: 'a ] and a , and a " inside', list: [1, [2, { x: ']' }]] }, 3],
      [3, 4],
      ['text', 4],
      [null, 4],
      [{ nested: { a: [] } }, 5],
    ])
  })

  it('gives the same records whatever the chunk boundaries', async () => {
    const whole = await collect('json', ARRAY)
    for (const size of [1, 2, 7]) {
      const chunks = []
      for (let i = 0; i < ARRAY.length; i += size) chunks.push(ARRAY.slice(i, i + size))
      expect(await collect('json', chunks)).toEqual(whole)
    }
  })

  it('reads a top-level object as one record', async () => {
    expect(await collect('json', '\n\n{"a": [1, 2],\n "b": "}"}\n')).toEqual([
      [{ a: [1, 2], b: '}' }, 3],
    ])
  })

  it('reads an empty array as no records', async () => {
    expect(await collect('json', ' [ ] ')).toEqual([])
  })

  it.each([
    ['', 'a.json:1: expected a JSON array or object, got nothing'],
    ['\n"text"', 'a.json:2: expected a JSON array or object, got "\\""'],
    ['[1,,2]', 'a.json:1: expected a value before ",", got nothing'],
    ['[,1]', 'a.json:1: expected a value before ",", got nothing'],
    ['[1,\n]', 'a.json:2: expected a value before "]", got nothing'],
    ['[1, 2', 'a.json:1: expected a JSON array closed by "]", got nothing'],
    ['[1]\nx', 'a.json:2: expected nothing after the closing "]", got "x"'],
  ])('names the line of malformed JSON %j', async (text, message) => {
    expect(await problemOf(text)).toBe(message)
  })

  it('names the line of an element that is not valid JSON', async () => {
    expect(await problemOf('[\n {"a": 1},\n {"a": tru}\n]')).toBe(
      'a.json:3: expected valid JSON, got expected a value, found "t"',
    )
  })

  it('names the line of a syntax error inside a multi-line object', async () => {
    expect(await problemOf('{\n "a": 1,\n "b": nope\n}')).toBe(
      'a.json:3: expected valid JSON, got expected a value, found "n"',
    )
  })
})

describe('readTextRecords, JSON Lines', () => {
  it('yields one record a line with its line number, skipping blank lines', async () => {
    const text = '{"a":1}\r\n\n  \n{"a":2}\n[3]'
    expect(await collect('jsonl', text)).toEqual([
      [{ a: 1 }, 1],
      [{ a: 2 }, 4],
      [[3], 5],
    ])
  })

  it('gives the same records whatever the chunk boundaries', async () => {
    const text = '{"a":"x"}\n{"a":"y"}\n\n{"a":"z"}\n'
    for (const size of [1, 3, 5]) {
      const chunks = []
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size))
      expect(await collect('jsonl', chunks)).toEqual([
        [{ a: 'x' }, 1],
        [{ a: 'y' }, 2],
        [{ a: 'z' }, 4],
      ])
    }
  })

  it('names the line that is not valid JSON', async () => {
    const source = '{"a":1}\n{"a":\n'
    expect(await rejectionLines(() => collect('jsonl', source, 'obs.jsonl'))).toEqual([
      'obs.jsonl:2: expected valid JSON, got expected a value, found the end of the input',
    ])
  })

  it('reads nothing from an empty input', async () => {
    expect(await collect('jsonl', '')).toEqual([])
  })
})
