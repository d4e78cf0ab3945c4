/**
 * A count ratio as a percentage, exactly rounded by GB/T 8170 (round half to even on the exact
 * value) to `digits` decimals, as the figures are published: `1063 / 1145` → `92.8`.
 *
 * @param numerator - the count
 * @param denominator - the total (positive)
 * @param digits - decimals (default 1)
 * @returns the percentage as text, or `—` when the total is 0
 */
export function formatPercent(numerator: number, denominator: number, digits = 1): string {
  if (denominator === 0) return '—'
  const scale = 10n ** BigInt(digits)
  const n = BigInt(numerator) * 100n * scale
  const d = BigInt(denominator)
  let q = n / d
  const twice = (n % d) * 2n
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n
  const whole = (q / scale).toString()
  const fraction = (q % scale).toString().padStart(digits, '0')
  return digits > 0 ? `${whole}.${fraction}` : whole
}

/** An integer with thousands separators (`1,145`). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}
