import { describe, expect, it } from 'vitest'
import { InputError } from '../../../../src/_lib/errors/input-error.js'
import { streamHourlyCsv } from '../../../../src/standards/air/read/stream-hourly-csv.js'
import type { HourlyBatch } from '../../../../src/standards/air/read/types.js'
import { chunked } from './_helpers.js'

const CSV =
  'station,time,pm25\nA,2022-01-02T01:00,1\nB,2022-01-02T01:00,2\nA,2022-01-02T02:00,3\nC,2022-01-02T02:00,4\nB,2022-01-02T03:00,5\n'

describe('streamHourlyCsv', () => {
  it('returns batches of batchSize records, with station indices that stay the same', async () => {
    const batches: HourlyBatch[] = []
    for await (const b of streamHourlyCsv(chunked(CSV, 4), { batchSize: 2 })) batches.push(b)
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1])
    expect(batches.map((b) => b.stations)).toEqual([
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['A', 'B', 'C'],
    ])
    const codes = batches.flatMap((b) => Array.from(b.station, (s) => b.stations[s]))
    expect(codes).toEqual(['A', 'B', 'A', 'C', 'B'])
    expect(batches.flatMap((b) => Array.from(b.pm25))).toEqual([1, 2, 3, 4, 5])
    expect(batches.flatMap((b) => Array.from(b.source.lines))).toEqual([2, 3, 4, 5, 6])
  })

  it('hands out no batch once a problem is found, and throws every problem at the end', async () => {
    const bad = `${CSV}A,2022-01-02T04:00,x\nA,2022-01-02T05:00,6\nA,2022-01-02T06:00,y\n`
    const seen: number[] = []
    let error: unknown
    try {
      for await (const b of streamHourlyCsv(bad, { batchSize: 2 })) seen.push(b.length)
    } catch (e) {
      error = e
    }
    expect(seen).toEqual([2, 2])
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues.map((i) => i.location?.line)).toEqual([7, 9])
  })

  it('stops reading the input at a problem in the header', async () => {
    let pulled = 0
    async function* source() {
      yield 'site,when,pm25\n'
      for (let i = 0; i < 100; i++) {
        pulled++
        yield 'A,2022-01-02T01:00,1\n'
      }
    }
    await expect(async () => {
      for await (const _ of streamHourlyCsv(source())) {
        // nothing
      }
    }).rejects.toThrow(InputError)
    expect(pulled).toBeLessThanOrEqual(1)
  })

  it('rejects a misspelt option at the call, before any batch', () => {
    expect(() => streamHourlyCsv(CSV, { batchsize: 2 } as never)).toThrow(InputError)
  })

  it('reads a web ReadableStream and a Blob', async () => {
    let n = 0
    for await (const b of streamHourlyCsv(new Blob([CSV]).stream())) n += b.length
    for await (const b of streamHourlyCsv(new Blob([CSV]))) n += b.length
    expect(n).toBe(10)
  })
})
