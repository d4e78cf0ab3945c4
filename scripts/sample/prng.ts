/**
 * A tiny seeded pseudo-random generator for the synthetic sample. Only +, −, ×, ÷ and integer
 * operations are used (no Math.exp, Math.log or Math.cos, whose last bits may differ between
 * engines), so the same seed gives byte-identical files everywhere.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number

/**
 * mulberry32: a 32-bit generator with a 2^32 period, plenty for a year of synthetic values.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving the next number in [0, 1)
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * FNV-1a hash of a text, to derive a per-item seed (a task's statuses then do not change when
 * other tasks are added).
 *
 * @param text - the text
 * @returns a 32-bit unsigned integer
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const SQRT3 = 1.7320508075688772

/**
 * An approximately standard-normal number: the Irwin–Hall sum of four uniforms, centred and
 * scaled to unit variance (bounded to ±3.46, which suits concentrations).
 *
 * @param random - the generator
 * @returns a number with mean 0 and variance 1
 */
export function normal(random: Random): number {
  return (random() + random() + random() + random() - 2) * SQRT3
}

/**
 * A uniform number in [low, high).
 *
 * @param random - the generator
 * @param low - lower bound
 * @param high - upper bound
 * @returns the number
 */
export function between(random: Random, low: number, high: number): number {
  return low + (high - low) * random()
}

/**
 * Rounds to a number of decimals the way published tables show values (`toFixed`, exact and
 * engine-independent).
 *
 * @param value - the value
 * @param digits - decimals
 * @returns the rounded number
 */
export function round(value: number, digits = 0): number {
  return Number(value.toFixed(digits))
}

/**
 * The ISO date of a day of 2022 (0 = 1 January), computed without a clock or time zone.
 *
 * @param dayOfYear - 0-based day of the year
 * @param year - the year (default 2022)
 * @returns `YYYY-MM-DD`
 */
export function isoDate(dayOfYear: number, year = 2022): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10)
}

/**
 * The ISO date of a month's day.
 *
 * @param month - 1–12
 * @param day - 1–31
 * @param year - the year (default 2022)
 * @returns `YYYY-MM-DD`
 */
export function monthDate(month: number, day: number, year = 2022): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
