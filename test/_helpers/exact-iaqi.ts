/**
 * An exact IAQI written for the tests only, independent of the library's rational module:
 * a decimal string becomes an integer numerator over a power of ten, and 式(1) is evaluated as
 * one fraction of BigInts and rounded up by integer division.
 */
export function referenceIaqi(
  breakpoints: readonly number[],
  indices: readonly number[],
  text: string,
): number | 'above' {
  const [whole = '0', frac = ''] = text.split('.')
  const scale = 10n ** BigInt(frac.length)
  const num = BigInt(whole + frac)
  const top = breakpoints[breakpoints.length - 1] as number
  if (num > BigInt(top) * scale) return 'above'
  let i = 0
  while (num > BigInt(breakpoints[i + 1] as number) * scale) i++
  const bLo = BigInt(breakpoints[i] as number)
  const bHi = BigInt(breakpoints[i + 1] as number)
  const iLo = BigInt(indices[i] as number)
  const iHi = BigInt(indices[i + 1] as number)
  // IAQI = iLo + (iHi − iLo)(C − bLo)/(bHi − bLo), C = num/scale, all over (bHi − bLo)·scale
  const n = iLo * (bHi - bLo) * scale + (iHi - iLo) * (num - bLo * scale)
  const d = (bHi - bLo) * scale
  const q = n / d
  return Number(q * d === n ? q : q + 1n)
}
