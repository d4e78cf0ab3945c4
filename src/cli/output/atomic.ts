import { randomBytes } from 'node:crypto'
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

/** How {@link openAtomicFile} creates a file. @category CLI */
export interface CreateFileOptions {
  /** Whether `commit` may replace a file already at the path (default true). */
  readonly overwrite?: boolean | undefined
}

/**
 * Opens a file for atomic writing: text goes to a hidden temporary file beside `path`
 * (same folder, so the final rename stays on one file system), and only `commit` moves it to
 * `path`. A failed or aborted write leaves `path` as it was: bad input never leaves a partial
 * result behind.
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
  const handle = await open(temp, 'wx')
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
      } catch (error) {
        await close().catch(() => undefined)
        await rm(temp, { force: true })
        throw error
      }
    },
    async abort() {
      await close().catch(() => undefined)
      await rm(temp, { force: true })
    },
  }
}
