import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIO, OutputFile } from '../../io.js'
import { openResultFile } from '../../output/result.js'

/**
 * Where a streamed result goes, all or nothing: the `--out` file (written aside and renamed
 * at `commit`), or standard output through a temporary file that is copied out only at
 * `commit`, so that a problem found late in the input leaves no partial output anywhere.
 *
 * @param io - the process's input and output
 * @param out - the `--out` path, `-` or undefined for standard output
 * @returns the output; `abort` drops what was written
 */
export async function openWholeResult(io: CliIO, out: string | undefined): Promise<OutputFile> {
  if (out !== undefined && out !== '-') return openResultFile(io, out)
  const dir = await mkdtemp(join(tmpdir(), 'eco-targets-air-'))
  const path = join(dir, 'result')
  const file = await open(path, 'w')
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await file.close()
  }
  return {
    write: async (text) => {
      await file.write(text)
    },
    async commit() {
      await close()
      try {
        for await (const chunk of createReadStream(path, {
          encoding: 'utf8',
          highWaterMark: 1 << 20,
        })) {
          await io.stdout.write(chunk as string)
        }
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    async abort() {
      await close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
