import { expect, issue } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { WaterPeriod } from './results/section.js'

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) =>
  m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : (DAYS[m - 1] as number)

/**
 * Whether a text is a water period label (`2022`, `2022-Q3`, `2022-07`).
 *
 * @param label - the text
 * @returns true for a year, quarter or month
 * @category Water
 * @example
 * ```ts
 * import { isWaterPeriod } from 'eco-targets/water'
 * isWaterPeriod('2022-Q3') //=> true
 * isWaterPeriod('2022-13') //=> false
 * ```
 */
export function isWaterPeriod(label: unknown): label is string {
  return typeof label === 'string' && PERIOD.test(label)
}

/**
 * Reads a period label (`2022`, `2022-Q3`, `2022-07`) as its first and last day.
 *
 * @param label - a year, quarter or month
 * @returns the period
 * @throws {@link InputError} (`invalid_format`) when the label is none of those forms
 * @category Water
 * @see 环办〔2011〕22号 一(二) 数据统计 (月、季度、年度评价)
 * @example
 * ```ts
 * import { parseWaterPeriod } from 'eco-targets/water'
 * parseWaterPeriod('2022-Q1') //=> { label: '2022-Q1', start: '2022-01-01', end: '2022-03-31' }
 * parseWaterPeriod('2024-02').end //=> '2024-02-29'
 * ```
 */
export function parseWaterPeriod(label: string): WaterPeriod {
  const m = typeof label === 'string' ? PERIOD.exec(label) : null
  if (!m) {
    throw new InputError('water period', [
      issue({
        code: typeof label === 'string' ? 'invalid_format' : 'invalid_type',
        path: ['period'],
        expected: expect.waterPeriod(),
        received: label,
      }),
    ])
  }
  const year = Number(m[1])
  let first = 1
  let last = 12
  if (m[2] !== undefined) {
    first = (Number(m[2]) - 1) * 3 + 1
    last = first + 2
  } else if (m[3] !== undefined) {
    first = Number(m[3])
    last = first
  }
  return {
    label,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  }
}
