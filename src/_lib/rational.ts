/**
 * Exact rational arithmetic on `bigint`, used wherever a standard rounds a decimal result
 * (HJ 633-2012 §6.2 rounds IAQI up; GB/T 8170 rounds half to even). Binary floating point
 * cannot represent most decimal inputs, so `Math.ceil(2.2 * 25 ...)` style code is wrong at
 * dozens of table points; these helpers keep every intermediate value exact.
 *
 * @internal
 * @module
 */

/** A fraction `num / den` in lowest terms with `den > 0`. */
export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

const TEN = 10n

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) {
    const t = x % y
    x = y
    y = t
  }
  return x
}

/** Builds a normalised rational; throws on a zero denominator. */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('rational: denominator is zero')
  if (den < 0n) {
    num = -num
    den = -den
  }
  const g = gcd(num, den)
  return g > 1n ? { num: num / g, den: den / g } : { num, den }
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

/**
 * The exact value of a decimal written as a string (`"2.2"`, `"-0.015"`, `"1e-7"`) or of a
 * finite number taken as its shortest round-trip decimal (`String(2.2) === "2.2"`), which is
 * the decimal a person wrote or a monitoring system published.
 */
export function decimal(value: number | string): Rational {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`decimal: ${value} is not a finite number`)
  }
  const text = typeof value === 'number' ? String(value) : value.trim()
  const match = DECIMAL.exec(text)
  if (!match) throw new RangeError(`decimal: "${text}" is not a decimal number`)
  const [, sign = '', intPart = '0', fracPart = '', expPart] = match
  const exp = (expPart ? Number(expPart) : 0) - fracPart.length
  let num = BigInt(intPart + fracPart)
  if (sign === '-') num = -num
  return exp >= 0 ? rational(num * TEN ** BigInt(exp)) : rational(num, TEN ** BigInt(-exp))
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den)
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den)
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den)
}

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('rational: division by zero')
  return rational(a.num * b.den, a.den * b.num)
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den
  return d < 0n ? -1 : d > 0n ? 1 : 0
}

/** The smallest integer not less than `a`. */
export function ceil(a: Rational): bigint {
  const q = a.num / a.den
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q
}

/** The largest integer not greater than `a`. */
export function floor(a: Rational): bigint {
  const q = a.num / a.den
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q
}

/**
 * Rounds to `digits` decimal places, half to even on the exact value, keeping the sign
 * (GB/T 8170-2008 §3.2.1–3.2.5: 拟舍弃数字 > 5 进一, < 5 舍去, = 5 且其后皆零 则奇进偶舍; negative
 * numbers are rounded on their absolute value). Returns the rounded value as a rational.
 */
export function roundHalfEven(a: Rational, digits: number): Rational {
  const negative = a.num < 0n
  const abs = negative ? rational(-a.num, a.den) : a
  const scale = digits >= 0 ? rational(TEN ** BigInt(digits)) : rational(1n, TEN ** BigInt(-digits))
  const scaled = mul(abs, scale)
  const whole = floor(scaled)
  const rest = sub(scaled, rational(whole))
  const half = compare(rest, rational(1n, 2n))
  const up = half > 0 || (half === 0 && whole % 2n === 1n)
  const rounded = div(rational(up ? whole + 1n : whole), scale)
  return negative ? rational(-rounded.num, rounded.den) : rounded
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** The nearest double to `a`. */
export function toNumber(a: Rational): number {
  const absNum = a.num < 0n ? -a.num : a.num
  // Both parts are exact doubles here, and IEEE division rounds correctly.
  if (absNum <= SAFE && a.den <= SAFE) return Number(a.num) / Number(a.den)
  return Number(toFixed(a, 20))
}

/**
 * `a` written with exactly `digits` decimals after rounding half to even; for display only
 * after a standard's own rounding has been applied.
 */
export function toFixed(a: Rational, digits: number): string {
  const d = Math.max(0, digits)
  const r = roundHalfEven(a, d)
  const negative = r.num < 0n
  const scaled = ((negative ? -r.num : r.num) * TEN ** BigInt(d)) / r.den
  const text = scaled.toString().padStart(d + 1, '0')
  const body = d === 0 ? text : `${text.slice(0, -d)}.${text.slice(-d)}`
  return negative && scaled !== 0n ? `-${body}` : body
}
