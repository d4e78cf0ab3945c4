/**
 * The bytes of an input, whatever form it comes in, as one stream of chunks; gzip-compressed
 * input (`.csv.gz`, told by its magic bytes, not by its name) is decompressed as it streams.
 * In Node.js that is zlib, reached through `process.getBuiltinModule` (no import, so a bundle
 * for the browser never meets `node:zlib`); elsewhere the web-standard `DecompressionStream`,
 * which in Node.js 20 is about five times slower than zlib.
 */

/**
 * Input a reader accepts: bytes in memory, text already decoded, a `Blob` or `File`, a web
 * `ReadableStream`, or any (async) iterable of chunks, such as a Node.js stream.
 *
 * @category Air
 */
export type ByteInput =
  | Uint8Array
  | ArrayBuffer
  | string
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>

const encoder = new TextEncoder()

function asBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (typeof chunk === 'string') return encoder.encode(chunk)
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk)
  if (ArrayBuffer.isView(chunk)) {
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  }
  throw new TypeError(`expected bytes or text, got ${typeof chunk}`)
}

async function* fromReadable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield asBytes(value)
    }
  } finally {
    reader.releaseLock()
  }
}

/**
 * The raw chunks of an input, in order.
 *
 * @param input - any {@link ByteInput}
 * @returns the chunks as bytes (text is encoded as UTF-8)
 * @throws TypeError when the input is none of the accepted forms
 */
export async function* rawChunks(input: ByteInput): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    yield asBytes(input)
    return
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    yield* fromReadable(input.stream() as ReadableStream<Uint8Array>)
    return
  }
  if (typeof (input as ReadableStream).getReader === 'function') {
    yield* fromReadable(input as ReadableStream<Uint8Array>)
    return
  }
  if (Symbol.asyncIterator in (input as object)) {
    for await (const chunk of input as AsyncIterable<unknown>) yield asBytes(chunk)
    return
  }
  if (Symbol.iterator in (input as object)) {
    for (const chunk of input as Iterable<unknown>) yield asBytes(chunk)
    return
  }
  throw new TypeError('expected bytes, text, a Blob, a ReadableStream or an iterable of chunks')
}

/** What {@link inputChunks} found out about the input while reading it. */
export interface InputInfo {
  /** The input was gzip-compressed. */
  compressed: boolean
}

function startsWithGzip(chunk: Uint8Array): boolean {
  return chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b
}

interface NodeGunzip {
  write(chunk: Uint8Array): boolean
  end(): void
  destroy(error?: Error): void
  once(event: 'drain' | 'close', listener: () => void): void
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array>
}

function nodeZlib(): { createGunzip(): NodeGunzip } | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const zlib = proc?.getBuiltinModule?.('node:zlib') as { createGunzip?: () => NodeGunzip }
  return typeof zlib?.createGunzip === 'function' ? (zlib as { createGunzip(): NodeGunzip }) : null
}

async function* gunzipWithZlib(
  zlib: { createGunzip(): NodeGunzip },
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const gunzip = zlib.createGunzip()
  let stop = false
  const feed = (async () => {
    try {
      let chunk: Uint8Array | null = first
      while (chunk !== null && !stop) {
        if (!gunzip.write(chunk)) await new Promise<void>((r) => gunzip.once('drain', r))
        const next: IteratorResult<Uint8Array> = await rest.next()
        chunk = next.done ? null : next.value
      }
      gunzip.end()
    } catch (error) {
      gunzip.destroy(error as Error)
    }
  })()
  try {
    for await (const out of gunzip) yield out
  } finally {
    stop = true
    gunzip.destroy()
    await feed
    await rest.return?.()
  }
}

async function* gunzip(first: Uint8Array, rest: AsyncIterator<Uint8Array>) {
  const zlib = nodeZlib()
  if (zlib) {
    yield* gunzipWithZlib(zlib, first, rest)
    return
  }
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(first)
    },
    async pull(controller) {
      const next = await rest.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      await rest.return?.()
    },
  })
  yield* fromReadable(
    source.pipeThrough(
      new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
    ),
  )
}

/**
 * The bytes of an input, decompressed when it is gzip (magic bytes 1F 8B).
 *
 * @param input - any {@link ByteInput}
 * @param info - filled in as the input is read
 * @returns the (decompressed) chunks
 */
export async function* inputChunks(input: ByteInput, info: InputInfo): AsyncGenerator<Uint8Array> {
  const chunks = rawChunks(input)
  let first: Uint8Array = new Uint8Array(0)
  // the magic bytes may be split over the first chunks
  while (first.length < 2) {
    const next = await chunks.next()
    if (next.done) break
    if (first.length === 0) first = next.value
    else {
      const joined = new Uint8Array(first.length + next.value.length)
      joined.set(first)
      joined.set(next.value, first.length)
      first = joined
    }
  }
  if (startsWithGzip(first)) {
    info.compressed = true
    yield* gunzip(first, chunks)
    return
  }
  if (first.length > 0) yield first
  yield* chunks
}
