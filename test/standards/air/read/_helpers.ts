import { InputError } from '../../../../src/_lib/errors/input-error.js'

/** The InputError a reading rejects with. */
export async function rejection(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

/** The InputError a call throws. */
export function thrown(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

/** The bytes of a text split into chunks of `size` bytes. */
export function chunked(text: string | Uint8Array, size: number): Uint8Array[] {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const out: Uint8Array[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** China Standard Time wall clock to epoch ms. */
export const cst = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8)
