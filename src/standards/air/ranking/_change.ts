import type { LocalizedText } from '../../../_lib/localized-text.js'
import {
  compare,
  div,
  mul,
  type Rational,
  rational,
  roundHalfEven,
  sub,
  toFixed,
} from '../../../_lib/rational.js'
import { actual } from './_actual.js'
import type { PeriodChange, PeriodChangeGap } from './period-change-types.js'

/** The resolved options of a change. */
export interface ChangeSettings {
  readonly kind: 'ratio' | 'concentration' | 'index'
  readonly baseYear: number | null
  readonly compare: 'published' | 'exact'
  readonly decimals: number
}

const HUNDRED = rational(100n)

const WORDS = {
  up: { zh: '上升', en: 'up' },
  down: { zh: '下降', en: 'down' },
  flat: { zh: '持平', en: 'unchanged' },
} as const

function describe(
  direction: 'up' | 'down' | 'flat',
  magnitude: string,
  unit: 'percentagePoints' | 'percent',
  baseYear: number | null,
): LocalizedText {
  const zhReference = baseYear === null ? '同比' : `比${baseYear}年`
  const enReference = baseYear === null ? 'on the same period of last year' : `on ${baseYear}`
  if (direction === 'flat') {
    return {
      zh: baseYear === null ? '同比持平' : `与${baseYear}年持平`,
      en: `unchanged ${enReference}`,
    }
  }
  const zhAmount = unit === 'percent' ? `${magnitude}%` : `${magnitude} 个百分点`
  const enAmount =
    unit === 'percent'
      ? `${magnitude}%`
      : `${magnitude} percentage point${magnitude === '1' || magnitude === '1.0' ? '' : 's'}`
  return {
    zh: `${zhReference}${WORDS[direction].zh} ${zhAmount}`,
    en: `${WORDS[direction].en} ${enAmount} ${enReference}`,
  }
}

const asNumber = (r: Rational | null) => (r === null ? null : Number(toFixed(r, 10)))

/**
 * The change of one figure on an earlier one: percentage points for ratios, percent of the
 * earlier figure otherwise; GB/T 8170 to `decimals`, the direction from the rounded change.
 */
export function changeOf(
  now: Rational | null,
  before: Rational | null,
  opts: ChangeSettings,
): PeriodChange & { readonly exact: Rational | null } {
  const unit = opts.kind === 'ratio' ? ('percentagePoints' as const) : ('percent' as const)
  const none = (gap: PeriodChangeGap) => ({
    unit,
    current: asNumber(now),
    earlier: asNumber(before),
    change: null,
    direction: null,
    word: null,
    text: null,
    gap,
    options: opts,
    exact: null,
  })
  if (now === null) return none('noCurrent')
  if (before === null) return none('noEarlier')
  if (unit === 'percent' && before.num === 0n) return none('earlierZero')
  const delta = sub(now, before)
  const change = unit === 'percentagePoints' ? delta : mul(div(delta, before), HUNDRED)
  // 持平 when the printed change is zero: the direction follows the published figure
  const rounded = roundHalfEven(change, opts.decimals)
  const sign = compare(rounded, rational(0n))
  const direction = sign > 0 ? 'up' : sign < 0 ? 'down' : 'flat'
  const magnitude = toFixed(sign < 0 ? rational(-rounded.num, rounded.den) : rounded, opts.decimals)
  return {
    unit,
    current: asNumber(now),
    earlier: asNumber(before),
    change: actual(change, opts.decimals),
    direction,
    word: WORDS[direction],
    text: describe(direction, magnitude, unit, opts.baseYear),
    gap: null,
    options: opts,
    exact: change,
  }
}
