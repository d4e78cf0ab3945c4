import { describe, expect, it } from 'vitest'
import { formatFromName, sniffFormat, sniffInput } from '../../../src/cli/input/format.js'
import type { InputSource } from '../../../src/cli/input/source.js'
import { textInput } from '../../_helpers/input-source.js'
import { rejectionLines } from '../../_helpers/located.js'

async function all(source: InputSource): Promise<string> {
  let out = ''
  const decoder = new TextDecoder()
  for await (const c of source.open()) out += typeof c === 'string' ? c : decoder.decode(c)
  return out
}

describe('formatFromName', () => {
  it.each([
    ['stations.csv', 'csv'],
    ['STATIONS.CSV', 'csv'],
    ['obs.json', 'json'],
    ['obs.jsonl', 'jsonl'],
    ['obs.ndjson', 'jsonl'],
    ['obs.txt', undefined],
    ['<stdin>', undefined],
    ['data/obs', undefined],
  ])('%s → %s', (name, format) => {
    expect(formatFromName(name)).toBe(format)
  })
})

describe('sniffFormat', () => {
  it.each([
    ['[{"a":1}]', 'json'],
    ['  \n[', 'json'],
    ['{"kind":"dustDay"}\n{"kind":"dustDay"}', 'jsonl'],
    ['\uFEFF{"kind":"dustDay"}', 'jsonl'],
    ['{\n  "kind": "dustDay"\n}', 'json'],
    ['date,pm25\n', 'csv'],
    ['', 'csv'],
  ])('%j → %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format)
  })
})

describe('sniffInput', () => {
  it('tells the format and replays everything it read', async () => {
    const text = '{"a":1}\n{"a":2}\n'
    const { format, source } = await sniffInput(textInput('<stdin>', '{"a"', ':1}\n{"a":2}', '\n'))
    expect(format).toBe('jsonl')
    expect(await all(source)).toBe(text)
    expect(source.name).toBe('<stdin>')
  })

  it('decides on bytes too', async () => {
    const { format, source } = await sniffInput(
      textInput('-', new TextEncoder().encode('a,b\n1,2\n')),
    )
    expect(format).toBe('csv')
    expect(await all(source)).toBe('a,b\n1,2\n')
  })

  it('reports a source that cannot be read', async () => {
    const broken: InputSource = {
      name: 'x',
      // biome-ignore lint/correctness/useYield: the source fails before yielding anything
      async *open() {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      },
    }
    expect(await rejectionLines(() => sniffInput(broken))).toEqual([
      'x: expected a file that can be read, got nothing (permission denied)',
    ])
  })
})
