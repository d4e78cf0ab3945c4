import { createReadStream, rmSync } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIO, OutputFile } from '../../io.js'
import { openResultFile } from '../../output/result.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Removes `dir` when the process is stopped by SIGINT, SIGTERM or SIGHUP (the signal then ends
 * the process as it would have: exit status 128 + its number) or exits before the result is
 * copied out.
 *
 * @returns the function that takes the guard off
 */
function removeOnSignal(dir: string): () => void {
  const remove = () => rmSync(dir, { recursive: true, force: true })
  const handlers = new Map<NodeJS.Signals, () => void>()
  const release = () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler)
    process.removeListener('exit', remove)
  }
  for (const signal of SIGNALS) {
    handlers.set(signal, () => {
      remove()
      release()
      // without listeners of its own the signal now ends the process as it would have
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
  for (const [signal, handler] of handlers) process.on(signal, handler)
  process.once('exit', remove)
  return release
}

/**
 * Where a streamed result goes, all or nothing: the `--out` file (written aside and renamed
 * at `commit`), or standard output through a temporary file that is copied out only at
 * `commit`, so that a problem found late in the input leaves no partial output anywhere; the
 * temporary file is removed on abort, after the copy, and when a signal stops the process.
 *
 * @param io - the process's input and output
 * @param out - the `--out` path, `-` or undefined for standard output
 * @returns the output; `abort` drops what was written
 */
export async function openWholeResult(io: CliIO, out: string | undefined): Promise<OutputFile> {
  if (out !== undefined && out !== '-') return openResultFile(io, out)
  const dir = await mkdtemp(join(tmpdir(), 'eco-targets-air-'))
  const path = join(dir, 'result')
  const release = removeOnSignal(dir)
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
        release()
      }
    },
    async abort() {
      await close()
      await rm(dir, { recursive: true, force: true })
      release()
    },
  }
}
