import { Readable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { inputChunks, rawChunks } from '../../../src/_lib/csv/bytes.js'

const text = 'station,time\n2197A,2022-01-02T01:00\n'
const utf8 = new TextEncoder().encode(text)

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = []
  for await (const c of chunks) parts.push(c)
  return new TextDecoder().decode(Buffer.concat(parts))
}

describe('rawChunks', () => {
  it('returns the bytes of every accepted form of input', async () => {
    const forms = [
      text,
      utf8,
      utf8.buffer.slice(0),
      new Blob([utf8]),
      new Blob([utf8]).stream(),
      [utf8.subarray(0, 5), utf8.subarray(5)],
      Readable.from([Buffer.from(utf8.subarray(0, 3)), Buffer.from(utf8.subarray(3))]),
      (async function* () {
        yield 'station,'
        yield utf8.subarray(8)
      })(),
    ]
    for (const form of forms) expect(await collect(rawChunks(form as never))).toBe(text)
  })

  it('throws a TypeError for anything else', async () => {
    await expect(collect(rawChunks(42 as never))).rejects.toThrow(TypeError)
    await expect(collect(rawChunks([{}] as never))).rejects.toThrow(TypeError)
  })
})

describe('inputChunks', () => {
  it('returns gzip input decompressed, told by its magic bytes even when split', async () => {
    const packed = await gzip(utf8)
    const info = { compressed: false }
    const split = [packed.subarray(0, 1), packed.subarray(1, 7), packed.subarray(7)]
    expect(await collect(inputChunks(split, info))).toBe(text)
    expect(info.compressed).toBe(true)
  })

  it('decompresses with DecompressionStream where zlib is not at hand (browsers)', async () => {
    const spy = vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never)
    try {
      const packed = await gzip(utf8)
      expect(
        await collect(
          inputChunks([packed.subarray(0, 9), packed.subarray(9)], { compressed: false }),
        ),
      ).toBe(text)
      await expect(
        collect(inputChunks(packed.subarray(0, packed.length - 9), { compressed: false })),
      ).rejects.toThrow()
    } finally {
      spy.mockRestore()
    }
  })

  it('rejects damaged gzip data', async () => {
    const packed = await gzip(utf8)
    await expect(
      collect(inputChunks(packed.subarray(0, packed.length - 9), { compressed: false })),
    ).rejects.toThrow()
  })

  it('returns other input as it is, and says it was not compressed', async () => {
    const info = { compressed: false }
    expect(await collect(inputChunks([new Uint8Array(0), utf8], info))).toBe(text)
    expect(info.compressed).toBe(false)
    expect(await collect(inputChunks('', info))).toBe('')
  })
})
