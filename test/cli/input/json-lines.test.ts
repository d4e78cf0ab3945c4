import { describe, expect, it } from 'vitest'
import { readJsonLinesRecords } from '../../../src/cli/input/json-lines.js'
import { type InputSource, textInput } from '../../../src/cli/input/source.js'
import { rejectionLines } from '../../_helpers/located.js'

async function collect(source: InputSource) {
  const out: [unknown, number][] = []
  for await (const r of readJsonLinesRecords(source)) out.push([r.value, r.origin.line])
  return out
}

describe('readJsonLinesRecords', () => {
  it('yields one record a line with its line number, skipping blank lines', async () => {
    const text = '{"a":1}\r\n\n  \n{"a":2}\n[3]'
    expect(await collect(textInput('a.jsonl', text))).toEqual([
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
      expect(await collect(textInput('a.jsonl', ...chunks))).toEqual([
        [{ a: 'x' }, 1],
        [{ a: 'y' }, 2],
        [{ a: 'z' }, 4],
      ])
    }
  })

  it('names the line that is not valid JSON', async () => {
    const source = textInput('obs.jsonl', '{"a":1}\n{"a":\n')
    expect(await rejectionLines(() => collect(source))).toEqual([
      'obs.jsonl:2: expected valid JSON, got expected a value, found the end of the input',
    ])
  })

  it('reads nothing from an empty input', async () => {
    expect(await collect(textInput('a.jsonl', ''))).toEqual([])
  })
})
