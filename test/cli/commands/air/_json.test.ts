import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { JsonDocument } from '../../../../src/cli/commands/air/_json.js'
import { checkedJson } from '../../../../src/cli/output/json.js'

const Schema = z.strictObject({
  options: z.strictObject({ standard: z.string(), dates: z.array(z.string()) }),
  stations: z.array(
    z.strictObject({ station: z.string(), pm25: z.number().nullable(), note: z.string() }),
  ),
  cities: z.array(z.strictObject({ city: z.string(), days: z.array(z.number()) })),
})

type Doc = z.output<typeof Schema>

/** The document written as `air --json` writes it, taken out every `every` stations. */
function written(document: Doc, every = Number.POSITIVE_INFINITY): string[] {
  const doc = new JsonDocument(Schema, 'cli-air')
  const pieces: string[] = []
  doc.field('options', document.options)
  doc.open('stations')
  document.stations.forEach((s, i) => {
    doc.item(s)
    if ((i + 1) % every === 0) pieces.push(doc.take())
  })
  doc.close()
  doc.open('cities')
  for (const c of document.cities) doc.item(c)
  doc.close()
  pieces.push(doc.take(true))
  return pieces
}

const stations = [
  { station: '1001A', pm25: 35, note: 'line\nbreak "quoted" 中文' },
  { station: '1002A', pm25: null, note: '' },
]
const document: Doc = {
  options: { standard: 'HJ633-2012', dates: ['2022-01-01'] },
  stations,
  cities: [{ city: '乌兰察布', days: [1, 2] }],
}

describe('JsonDocument', () => {
  it('writes the text of checkedJson byte for byte, the lists element by element', () => {
    expect(written(document).join('')).toBe(checkedJson(Schema, 'cli-air', document))
  })

  it('writes an empty list as JSON.stringify does', () => {
    const empty = { ...document, stations: [], cities: [] }
    expect(written(empty).join('')).toBe(checkedJson(Schema, 'cli-air', empty))
  })

  it('hands a long list on in pieces instead of one string', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ station: `S${i}`, pm25: i, note: 'x' }))
    const pieces = written({ ...document, stations: many }, 1000)
    expect(pieces.length).toBe(6)
    expect(pieces.join('')).toBe(checkedJson(Schema, 'cli-air', { ...document, stations: many }))
  })

  it('stops at the first element that does not match, naming its path, before writing it', () => {
    const doc = new JsonDocument(Schema, 'cli-air')
    doc.field('options', document.options)
    doc.open('stations')
    doc.item(stations[0])
    expect(() => doc.item({ station: '1003A', pm25: 'high', note: '' })).toThrow(
      /cli-air\.schema\.json: stations\.1\.pm25: /,
    )
    expect(doc.take()).not.toContain('1003A')
  })

  it('rejects a field out of the schema’s order', () => {
    const doc = new JsonDocument(Schema, 'cli-air')
    expect(() => doc.field('cities', [])).toThrow('field cities, expected options')
  })
})
