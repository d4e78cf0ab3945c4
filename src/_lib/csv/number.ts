/**
 * Decimal numbers read straight from the bytes of a cell, without building a string: the result
 * is the double that `Number(text)` gives for the same text, bit for bit.
 *
 * The grammar is plain decimal notation only, `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`, with
 * spaces and tabs around it ignored; anything else (`1,234`, `12a`, `0x10`, `Infinity`, an
 * empty cell) is not a number and gives `NaN`, which the grammar itself can never produce.
 *
 * Most cells take the exact fast path: at most 15 digits make an integer mantissa below 2^53, and a decimal exponent of at most 22 makes a power of ten that is a double too, so
 * one multiplication or division of two exact doubles is correctly rounded, which is what
 * `Number` computes (Clinger's fast path). Longer or larger numbers are handed to `Number`.
 */

// 10^0 … 10^22, every one exact in binary64.
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
]

/**
 * The number written in `bytes[start, end)`, or `NaN` when the text is not a plain decimal.
 *
 * @param bytes - the buffer holding the cell
 * @param start - first byte of the cell
 * @param end - one past the last byte
 * @returns the double `Number(text)` would give, or `NaN`
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start
  let e = end
  let c = bytes[i] as number
  if (c === 0x20 || c === 0x09 || bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09) {
    while (i < e && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++
    while (e > i && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09)) e--
    c = bytes[i] as number
  }
  if (i >= e) return Number.NaN
  const first = i
  let negative = false
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d
    i++
  }
  // every digit, leading zeros too, goes into the mantissa; more than 15 take the slow path
  let mantissa = 0
  let digits = 0
  let scale = 0
  while (i < e) {
    c = (bytes[i] as number) - 0x30
    if (c < 0 || c > 9) break
    mantissa = mantissa * 10 + c
    digits++
    i++
  }
  if (i < e && bytes[i] === 0x2e) {
    i++
    while (i < e) {
      c = (bytes[i] as number) - 0x30
      if (c < 0 || c > 9) break
      mantissa = mantissa * 10 + c
      digits++
      scale--
      i++
    }
  }
  if (digits === 0) return Number.NaN
  if (i < e) {
    c = bytes[i] as number
    if (c !== 0x65 && c !== 0x45) return Number.NaN
    i++
    let expNegative = false
    if (i < e && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
      expNegative = bytes[i] === 0x2d
      i++
    }
    let exponent = 0
    const expStart = i
    while (i < e) {
      c = (bytes[i] as number) - 0x30
      if (c < 0 || c > 9) break
      if (exponent < 100_000) exponent = exponent * 10 + c
      i++
    }
    if (i === expStart || i !== e) return Number.NaN
    scale += expNegative ? -exponent : exponent
  }
  if (digits > 15 || scale > 22 || scale < -22) return slow(bytes, first, e)
  let value: number
  if (scale === 0 || mantissa === 0) value = mantissa
  else if (scale > 0) value = mantissa * (POW10[scale] as number)
  else value = mantissa / (POW10[-scale] as number)
  return negative ? -value : value
}

// Rare: more than 15 digits or a large exponent. The text is ASCII by the grammar.
function slow(bytes: Uint8Array, start: number, end: number): number {
  let text = ''
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number)
  return Number(text)
}
