import type { InputSource } from '../../src/cli/input/source.js'

/** A source over text or bytes in memory, whole or in chunks, named `name` in messages. */
export function textInput(name: string, ...chunks: (string | Uint8Array)[]): InputSource {
  return {
    name,
    async *open() {
      yield* chunks
    },
  }
}
