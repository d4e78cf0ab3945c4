import type { CliIO } from '../io.js'

/** Options of {@link trackProgress}. @category CLI */
export interface TrackProgressOptions {
  /** Show the line every this many records (default 50,000): short inputs show nothing. */
  readonly every?: number
}

/**
 * Passes records through and, when standard error is a terminal, keeps a progress line there
 * (`stations.csv: 150,000 records`) for long inputs, erased at the end. Silent when standard
 * error is not a terminal (pipes, CI logs) or the input is short.
 *
 * @param records - the records
 * @param io - the process's input and output
 * @param label - what is being read (the file name)
 * @param options - how often to update
 * @returns the same records
 * @category CLI
 * @example
 * ```ts
 * for await (const r of trackProgress(readRecords(source), io, source.name)) count++
 * ```
 */
export async function* trackProgress<T>(
  records: AsyncIterable<T>,
  io: CliIO,
  label: string,
  options: TrackProgressOptions = {},
): AsyncGenerator<T> {
  if (!io.isTTY) {
    yield* records
    return
  }
  const every = options.every ?? 50_000
  let count = 0
  try {
    for await (const record of records) {
      yield record
      count++
      if (count % every === 0) {
        await io.stderr.write(`\r${label}: ${count.toLocaleString('en-US')} records`)
      }
    }
  } finally {
    if (count >= every) await io.stderr.write('\r\x1b[K')
  }
}
