import type { InputSource } from './source.js'
import { unreadable } from './text.js'

/**
 * The input formats: CSV (RFC 4180, with a header row), JSON (an array of records or one
 * object) and JSON Lines (one JSON value a line).
 *
 * @category CLI
 * @example
 * ```ts
 * INPUT_FORMATS //=> ['csv', 'json', 'jsonl']
 * ```
 */
export const INPUT_FORMATS = ['csv', 'json', 'jsonl'] as const

/** An input format. @category CLI */
export type InputFormat = (typeof INPUT_FORMATS)[number]

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
}

/**
 * The format a file name's extension stands for (`.csv`, `.json`, `.jsonl` or `.ndjson`, any
 * case).
 *
 * @param name - a file name or path
 * @returns the format, or undefined for another extension (and for standard input)
 * @category CLI
 * @example
 * ```ts
 * formatFromName('stations.CSV')   //=> 'csv'
 * formatFromName('obs.ndjson')     //=> 'jsonl'
 * formatFromName('<stdin>')        //=> undefined
 * ```
 */
export function formatFromName(name: string): InputFormat | undefined {
  const dot = name.lastIndexOf('.')
  return dot === -1 ? undefined : EXTENSIONS[name.slice(dot + 1).toLowerCase()]
}

/**
 * The format of a text from its start: `[` is JSON; `{` is JSON Lines when the first line is a
 * complete JSON value, JSON otherwise; anything else is CSV.
 *
 * @param text - the start of the input (at least its first line)
 * @returns the format
 * @category CLI
 * @example
 * ```ts
 * sniffFormat('{"kind":"dustDay","date":"2022-03-15"}\n') //=> 'jsonl'
 * sniffFormat('{\n  "kind": "dustDay"\n}')              //=> 'json'
 * sniffFormat('date,pm25\n')                            //=> 'csv'
 * ```
 */
export function sniffFormat(text: string): InputFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('[')) return 'json'
  if (!start.startsWith('{')) return 'csv'
  try {
    JSON.parse(start.split('\n', 1)[0] as string)
    return 'jsonl'
  } catch {
    return 'json'
  }
}

const SNIFF_LIMIT = 1 << 20

/**
 * Reads the start of a source to tell its format ({@link sniffFormat}) and returns a source
 * that replays what was read, so nothing is lost and the rest still streams.
 *
 * @param source - a source whose format the name does not tell (standard input, say)
 * @returns the format and the replaying source
 * @throws {@link InputError} when the source cannot be read
 * @category CLI
 * @example
 * ```ts
 * const { format } = await sniffInput(openInput('-', io)) // standard input: [{"a":1}]
 * format //=> 'json'
 * ```
 */
export async function sniffInput(
  source: InputSource,
): Promise<{ format: InputFormat; source: InputSource }> {
  const iterator = source.open()[Symbol.asyncIterator]()
  const buffered: (Uint8Array | string)[] = []
  const decoder = new TextDecoder()
  let text = ''
  try {
    for (;;) {
      const next = await iterator.next()
      if (next.done) break
      buffered.push(next.value)
      text +=
        typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true })
      const start = text.trimStart()
      if (
        text.length > SNIFF_LIMIT ||
        (start !== '' && (start[0] !== '{' || start.includes('\n')))
      ) {
        break
      }
    }
  } catch (error) {
    throw unreadable(source.name, error)
  }
  return {
    format: sniffFormat(text),
    source: {
      name: source.name,
      async *open() {
        yield* buffered
        for (;;) {
          const next = await iterator.next()
          if (next.done) return
          yield next.value
        }
      },
    },
  }
}
