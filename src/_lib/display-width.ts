/**
 * The width of text in a terminal's columns, for plain-text tables that mix Chinese and Latin
 * text: `String.prototype.padEnd` counts UTF-16 code units, so a column of Chinese names comes
 * out half as wide as it should. Wide and fullwidth characters (Unicode UAX #11, East Asian
 * Width W and F: CJK ideographs, kana, Hangul, full-width punctuation and forms, most emoji)
 * take two columns; combining marks and zero-width characters none; everything else one.
 * Ambiguous characters (·, …, Ⅲ, µ, ³) count one column, as UAX #11 advises outside an East
 * Asian legacy context and as common terminals draw them.
 *
 * @module
 */

// Ranges of East Asian Width W and F (UAX #11, Unicode 15), merged where adjacent.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
]

// Combining marks (variation selectors among them), zero-width spaces and joiners: no column.
const ZERO = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u

function isWide(code: number): boolean {
  let lo = 0
  let hi = WIDE.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [start, end] = WIDE[mid] as readonly [number, number]
    if (code < start) hi = mid - 1
    else if (code > end) lo = mid + 1
    else return true
  }
  return false
}

/**
 * How many terminal columns a text takes: two for each wide or full-width character (CJK
 * ideographs, full-width punctuation; Unicode UAX #11 W and F), none for a combining mark, one
 * for the others. Plain-text tables pad by it, not by string length, so that columns of Chinese
 * names line up.
 *
 * @param text - the text
 * @returns the width in columns
 * @category Report
 * @example
 * ```ts
 * import { displayWidth } from 'eco-targets'
 * displayWidth('乌兰察布市') //=> 10
 * displayWidth('PM2.5')     //=> 5
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || ZERO.test(char)) continue
    width += isWide(code) ? 2 : 1
  }
  return width
}
