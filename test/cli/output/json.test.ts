import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkedJson, writeCheckedJson } from '../../../src/cli/output/json.js'
import { AirCommandOutputSchema } from '../../../src/index.js'
import { run } from '../../_helpers/cli.js'

const Schema = z.strictObject({
  options: z.strictObject({ standard: z.string(), dates: z.array(z.string()) }),
  stations: z.array(
    z.strictObject({ station: z.string(), pm25: z.number().nullable(), note: z.string() }),
  ),
  cities: z.array(z.strictObject({ city: z.string(), days: z.array(z.number()) })),
})

async function written(document: Record<string, unknown>, streamed = ['stations']) {
  const pieces: string[] = []
  await writeCheckedJson(
    { write: async (t) => void pieces.push(t) },
    Schema,
    'cli-air',
    document,
    streamed,
  )
  return pieces
}

const stations = [
  { station: '1001A', pm25: 35, note: 'line\nbreak "quoted" 中文' },
  { station: '1002A', pm25: null, note: '' },
]
const document = {
  options: { standard: 'HJ633-2012', dates: ['2022-01-01'] },
  stations,
  cities: [{ city: '乌兰察布', days: [1, 2] }],
}

describe('writeCheckedJson', () => {
  it('writes the text of checkedJson byte for byte, the streamed list from an iterable', async () => {
    const pieces = await written({ ...document, stations: stations.values() })
    expect(pieces.join('')).toBe(checkedJson(Schema, 'cli-air', document))
  })

  it('writes an empty streamed list as JSON.stringify does, and an empty unstreamed one', async () => {
    const empty = { ...document, stations: [], cities: [] }
    expect((await written(empty)).join('')).toBe(checkedJson(Schema, 'cli-air', empty))
  })

  it('writes a long list in pieces instead of one string', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ station: `S${i}`, pm25: i, note: 'x' }))
    const pieces = await written({ ...document, stations: many })
    expect(pieces.length).toBeGreaterThan(2)
    expect(pieces.join('')).toBe(checkedJson(Schema, 'cli-air', { ...document, stations: many }))
  })

  it('stops at the first element that does not match, naming its path, before writing it', async () => {
    const bad = [stations[0], { station: '1003A', pm25: 'high', note: '' }]
    const pieces: string[] = []
    await expect(
      writeCheckedJson(
        { write: async (t) => void pieces.push(t) },
        Schema,
        'cli-air',
        { ...document, stations: bad },
        ['stations'],
      ),
    ).rejects.toThrow(/cli-air\.schema\.json: stations\.1\.pm25: /)
    expect(pieces.join('')).not.toContain('1003A')
  })

  it('rejects a document whose fields are not the schema’s, in its order', async () => {
    const { cities, ...rest } = document
    await expect(written({ cities, ...rest })).rejects.toThrow(
      'fields cities, options, stations, expected options, stations, cities',
    )
  })
})

describe('air --json', () => {
  it('writes the document AirCommandOutputSchema accepts, indented as JSON.stringify does', async () => {
    const csv = [
      'timepoint,stationcode,area,pm2_5',
      ...Array.from({ length: 24 }, (_, h) => {
        const t = new Date(Date.UTC(2022, 0, 1, h + 1)).toISOString().slice(0, 19)
        return `${t},1001A,C1,${30 + h}`
      }),
    ].join('\n')
    const { code, stdout, stderr } = await run(['air', 'h.csv', '--json'], {
      files: { 'h.csv': csv },
    })
    expect(code, stderr).toBe(0)
    const parsed = JSON.parse(stdout)
    expect(AirCommandOutputSchema.safeParse(parsed).success).toBe(true)
    expect(stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
    // PM2.5 30 … 53 over the 24 hours of 2022-01-01: mean 41.5, given as an integer by GB/T 8170
    // (the 5 is followed by nothing and 1 is odd: 42)
    expect(parsed.stations).toHaveLength(1)
    expect(parsed.stations[0]).toMatchObject({ station: '1001A', date: '2022-01-01', pm25: 42 })
  })
})
