import { describe, expect, it } from 'vitest'
import { parseJsonText, readJsonRecords } from '../../../src/cli/input/json.js'
import { type InputSource, textInput } from '../../../src/cli/input/source.js'
import { isInputError } from '../../../src/index.js'
import { locatedLines, thrownText } from '../../_helpers/located.js'

async function collect(source: InputSource) {
  const out: [unknown, number][] = []
  for await (const r of readJsonRecords(source)) out.push([r.value, r.origin.line])
  return out
}

async function problemOf(text: string): Promise<string> {
  try {
    await collect(textInput('a.json', text))
  } catch (error) {
    if (isInputError(error)) return locatedLines(error).join('\n')
    throw error
  }
  throw new Error('no error')
}

const ARRAY = `[
  {"kind": "dustDay", "date": "2022-03-15"},
  {"note": "a ] and a , and a \\" inside", "list": [1, [2, {"x": "]"}]]},
  3, "text", null,
  {
    "nested": {"a": [ ]}
  }
]
`

describe('readJsonRecords', () => {
  it('yields each element of a top-level array with the line it starts on', async () => {
    expect(await collect(textInput('a.json', ARRAY))).toEqual([
      [{ kind: 'dustDay', date: '2022-03-15' }, 2],
      [{ note: 'a ] and a , and a " inside', list: [1, [2, { x: ']' }]] }, 3],
      [3, 4],
      ['text', 4],
      [null, 4],
      [{ nested: { a: [] } }, 5],
    ])
  })

  it('gives the same records whatever the chunk boundaries', async () => {
    const whole = await collect(textInput('a.json', ARRAY))
    for (const size of [1, 2, 7]) {
      const chunks = []
      for (let i = 0; i < ARRAY.length; i += size) chunks.push(ARRAY.slice(i, i + size))
      expect(await collect(textInput('a.json', ...chunks))).toEqual(whole)
    }
  })

  it('reads a top-level object as one record', async () => {
    expect(await collect(textInput('a.json', '\n\n{"a": [1, 2],\n "b": "}"}\n'))).toEqual([
      [{ a: [1, 2], b: '}' }, 3],
    ])
  })

  it('reads an empty array as no records', async () => {
    expect(await collect(textInput('a.json', ' [ ] '))).toEqual([])
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

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a":1}', 'a.json', 1)).toEqual({ a: 1 })
  })

  it('counts lines from the start line up to the error position', () => {
    expect(thrownText(() => parseJsonText('{\n\n "a": x}', 'a.json', 10))).toContain(
      'a.json:12: expected valid JSON, got expected a value, found "x"',
    )
  })
})
