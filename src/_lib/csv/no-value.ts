import { MISSING_TEXTS, NOT_MEASURED_TEXTS, type NoValue } from '../missing-values.js'

/**
 * The no-value texts of `missing-values.ts` matched on bytes, for the ASCII ones (`NA`, `--`,
 * `/`, …; case-insensitive, spaces around ignored), so that the common no-value cells of an
 * export are recognised without decoding text. Non-ASCII texts (`无数据`, `未监测`) are left to
 * `noValueOf` after decoding.
 */

const ascii = (texts: readonly string[]) =>
  texts.filter((t) => t !== '' && /^[\x20-\x7e]+$/.test(t)).map((t) => t.toLowerCase())

const TOKENS: readonly (readonly [Uint8Array, NoValue])[] = [
  ...ascii(MISSING_TEXTS).map((t) => [new TextEncoder().encode(t), 'missing'] as const),
  ...ascii(NOT_MEASURED_TEXTS).map((t) => [new TextEncoder().encode(t), 'notMeasured'] as const),
]
const LONGEST = Math.max(...TOKENS.map(([t]) => t.length))

/**
 * Which no-value text the bytes are, if an ASCII one.
 *
 * @returns `'missing'`, `'notMeasured'`, or null when the bytes are none of the ASCII texts
 */
export function noValueOfBytes(bytes: Uint8Array, start: number, end: number): NoValue | null {
  let s = start
  let e = end
  while (s < e && (bytes[s] === 0x20 || bytes[s] === 0x09)) s++
  while (e > s && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09)) e--
  const length = e - s
  if (length === 0) return 'missing'
  if (length > LONGEST) return null
  for (const [token, kind] of TOKENS) {
    if (token.length !== length) continue
    let k = 0
    while (k < length) {
      let c = bytes[s + k] as number
      if (c >= 0x41 && c <= 0x5a) c += 0x20
      if (c !== token[k]) break
      k++
    }
    if (k === length) return kind
  }
  return null
}
