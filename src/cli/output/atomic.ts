import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { link, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * A file being written atomically: nothing appears at its path until `commit`, and `abort`
 * leaves the path as it was.
 *
 * @category CLI
 */
export interface OutputFile {
  /** Appends text to the (hidden) temporary file. */
  write(text: string): Promise<void>
  /** Moves the finished file to its path, replacing any file there. */
  commit(): Promise<void>
  /** Removes the temporary file; the path is left untouched. */
  abort(): Promise<void>
}

/** The temporary files being written, removed if the process is stopped by a signal. */
const pending = new Set<string>()
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
let guarded = false

function removePending(): void {
  for (const path of pending) rmSync(path, { force: true })
  pending.clear()
}

/**
 * Removes the temporary files on SIGINT, SIGTERM and SIGHUP, then lets the signal end the
 * process as it would have (exit status 128 + the signal number), and on any exit.
 */
function guardSignals(): void {
  if (guarded) return
  guarded = true
  const handlers = new Map<NodeJS.Signals, () => void>()
  for (const signal of SIGNALS) {
    handlers.set(signal, () => {
      removePending()
      for (const [s, handler] of handlers) process.removeListener(s, handler)
      // without listeners of its own the signal now ends the process as it would have
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
  for (const [signal, handler] of handlers) process.on(signal, handler)
  process.once('exit', removePending)
}

/** How {@link openAtomicFile} creates a file. @category CLI */
export interface CreateFileOptions {
  /** Whether `commit` may replace a file already at the path (default true). */
  readonly overwrite?: boolean | undefined
}

/**
 * Opens a file for atomic writing: text goes to a hidden temporary file beside `path`
 * (same folder, so the final rename stays on one file system), and only `commit` moves it to
 * `path`. A failed or aborted write leaves `path` as it was: bad input never leaves a partial
 * result behind, and neither does a stop by SIGINT (Ctrl-C), SIGTERM or SIGHUP: the temporary
 * files are removed before the signal ends the process.
 *
 * @param path - absolute path of the file to create or replace
 * @param options - `overwrite: false` makes `commit` fail with `EEXIST` when the path exists
 * @returns the open file
 * @throws the file-system error when the temporary file cannot be created (missing folder, …)
 * @category CLI
 * @example
 * ```ts
 * const file = await openAtomicFile('/tmp/report.md')
 * await file.write('# Report\n')
 * await file.commit() // /tmp/report.md now holds '# Report\n'
 * ```
 */
export async function openAtomicFile(
  path: string,
  options: CreateFileOptions = {},
): Promise<OutputFile> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  )
  guardSignals()
  // registered before the file exists, so that no signal finds it unregistered
  pending.add(temp)
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(temp, 'wx')
  } catch (error) {
    pending.delete(temp)
    throw error
  }
  let open_ = true
  const close = async () => {
    if (open_) {
      open_ = false
      await handle.close()
    }
  }
  return {
    async write(text) {
      await handle.write(text)
    },
    async commit() {
      try {
        await handle.sync()
        await close()
        if (options.overwrite === false) {
          // link fails with EEXIST when the path exists: no window in which it could be replaced
          await link(temp, path)
          await rm(temp, { force: true })
        } else await rename(temp, path)
        pending.delete(temp)
      } catch (error) {
        await close().catch(() => undefined)
        await rm(temp, { force: true })
        pending.delete(temp)
        throw error
      }
    },
    async abort() {
      await close().catch(() => undefined)
      await rm(temp, { force: true })
      pending.delete(temp)
    },
  }
}
