import type { WaterBody, WaterClass, WaterQualityStatusKey } from './water-class.js'

/** Every class in order from best to worst. */
export const WATER_CLASSES: readonly WaterClass[] = [1, 2, 3, 4, 5, 6]

/** The quality-status word of each class (22号: Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度, Ⅴ 中度, 劣Ⅴ 重度污染). */
export const STATUS_OF_CLASS: Readonly<Record<WaterClass, WaterQualityStatusKey>> = {
  1: 'excellent',
  2: 'excellent',
  3: 'good',
  4: 'slightlyPolluted',
  5: 'moderatelyPolluted',
  6: 'heavilyPolluted',
}

/** True for lakes and reservoirs (湖、库). */
export function isLakeOrReservoir(body: WaterBody): boolean {
  return body === 'lake' || body === 'reservoir'
}
