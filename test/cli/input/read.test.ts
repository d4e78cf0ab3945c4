import { describe, expect, it } from 'vitest'
import { isCsvRecord, readRecords } from '../../../src/cli/input/read.js'
import type { InputSource } from '../../../src/cli/input/source.js'
import { textInput } from '../../_helpers/input-source.js'

async function collect(source: InputSource, format?: 'csv' | 'json' | 'jsonl') {
  const out = []
  for await (const r of readRecords(source, { format })) out.push(r)
  return out
}

describe('readRecords', () => {
  it('chooses the reader by extension', async () => {
    const [csv] = await collect(textInput('a.csv', 'x\n1\n'))
    expect(csv?.value).toEqual({ x: '1' })
    const [json] = await collect(textInput('a.json', '[{"x":1}]'))
    expect(json?.value).toEqual({ x: 1 })
    const [jsonl] = await collect(textInput('a.jsonl', '{"x":1}\n'))
    expect(jsonl?.value).toEqual({ x: 1 })
  })

  it('lets the format override the extension', async () => {
    const records = await collect(textInput('a.txt', '{"x":1}\n{"x":2}\n'), 'jsonl')
    expect(records.map((r) => r.value)).toEqual([{ x: 1 }, { x: 2 }])
  })

  it('sniffs the format of standard input', async () => {
    expect((await collect(textInput('<stdin>', '[1,2]'))).map((r) => r.value)).toEqual([1, 2])
    expect((await collect(textInput('<stdin>', 'x\n1\n')))[0]?.value).toEqual({ x: '1' })
  })
})

describe('isCsvRecord', () => {
  it('tells CSV rows from JSON records', async () => {
    const [csv] = await collect(textInput('a.csv', 'x\n1\n'))
    const [json] = await collect(textInput('a.json', '[{"x":1}]'))
    expect(csv && isCsvRecord(csv)).toBe(true)
    expect(json && isCsvRecord(json)).toBe(false)
  })
})
