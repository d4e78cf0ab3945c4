import type { LocalizedText } from '../../schemas/common.js'
import { deepFreeze } from './_freeze.js'
import { type AqiStandard, DEFAULT_AQI_STANDARD } from './tables.js'

/** A display colour of HJ 633 附录A 表A.1 (RGB for screens, CMYK for print). @category Air */
export interface AqiColor {
  readonly name: LocalizedText
  readonly rgb: readonly [number, number, number]
  /** `#RRGGBB`, upper case. */
  readonly hex: string
  readonly cmyk: readonly [number, number, number, number]
}

/**
 * An AQI category (级别 and 类别) with its colour and the health information of HJ 633-2012
 * 表2 / HJ 633-2026 表1. The Chinese texts are quoted from the standard; the English texts are
 * this library's translation.
 *
 * @category Air
 */
export interface AqiCategory {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6
  readonly levelName: LocalizedText
  readonly name: LocalizedText
  /** Lowest and highest AQI of the category; `null` for no upper end (> 300). */
  readonly range: readonly [number, number | null]
  readonly color: AqiColor
  readonly healthEffects: LocalizedText
  readonly advice: LocalizedText
}

const COLORS = {
  green: {
    name: { zh: '绿色', en: 'green' },
    rgb: [0, 228, 0],
    hex: '#00E400',
    cmyk: [40, 0, 100, 0],
  },
  yellow: {
    name: { zh: '黄色', en: 'yellow' },
    rgb: [255, 255, 0],
    hex: '#FFFF00',
    cmyk: [0, 0, 100, 0],
  },
  orange: {
    name: { zh: '橙色', en: 'orange' },
    rgb: [255, 126, 0],
    hex: '#FF7E00',
    cmyk: [0, 52, 100, 0],
  },
  red: {
    name: { zh: '红色', en: 'red' },
    rgb: [255, 0, 0],
    hex: '#FF0000',
    cmyk: [0, 100, 100, 0],
  },
  purple: {
    name: { zh: '紫色', en: 'purple' },
    rgb: [153, 0, 76],
    hex: '#99004C',
    cmyk: [10, 100, 40, 30],
  },
  maroon: {
    name: { zh: '褐红色', en: 'maroon' },
    rgb: [126, 0, 35],
    hex: '#7E0023',
    cmyk: [30, 100, 100, 30],
  },
} as const satisfies Record<string, AqiColor>

const L1_HEALTH = {
  zh: '空气质量令人满意，基本无空气污染',
  en: 'Air quality is satisfactory; there is little or no air pollution.',
}
const L1_ADVICE = { zh: '各类人群可正常活动', en: 'Everyone can carry on normal activities.' }
const L2_HEALTH = {
  zh: '空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响',
  en: 'Air quality is acceptable, but some pollutants may slightly affect the health of a very small number of unusually sensitive people.',
}
const L2_ADVICE = {
  zh: '极少数异常敏感人群应减少户外活动',
  en: 'The very small number of unusually sensitive people should reduce outdoor activity.',
}
const L6_HEALTH = {
  zh: '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
  en: 'Healthy people have reduced exercise tolerance and marked, strong symptoms; some diseases appear early.',
}

function category(
  level: AqiCategory['level'],
  levelName: LocalizedText,
  name: LocalizedText,
  range: AqiCategory['range'],
  color: AqiColor,
  healthEffects: LocalizedText,
  advice: LocalizedText,
): AqiCategory {
  return { level, levelName, name, range, color, healthEffects, advice }
}

const I = { zh: '一级', en: 'Level I' }
const II = { zh: '二级', en: 'Level II' }
const III = { zh: '三级', en: 'Level III' }
const IV = { zh: '四级', en: 'Level IV' }
const V = { zh: '五级', en: 'Level V' }
const VI = { zh: '六级', en: 'Level VI' }
const EXCELLENT = { zh: '优', en: 'Excellent' }
const GOOD = { zh: '良', en: 'Good' }
const LIGHT = { zh: '轻度污染', en: 'Lightly polluted' }
const MODERATE = { zh: '中度污染', en: 'Moderately polluted' }
const HEAVY = { zh: '重度污染', en: 'Heavily polluted' }
const SEVERE = { zh: '严重污染', en: 'Severely polluted' }

/**
 * HJ 633-2012 表2 空气质量指数及相关信息 with the colours of 附录A 表A.1.
 *
 * @category Air
 * @see HJ 633-2012 §4.3 表2, 附录A 表A.1
 * @example
 * ```ts
 * import { HJ633_2012_CATEGORIES } from 'eco-targets/air'
 * HJ633_2012_CATEGORIES[4].name.zh    //=> '重度污染'
 * HJ633_2012_CATEGORIES[4].color.hex  //=> '#99004C'
 * ```
 */
export const HJ633_2012_CATEGORIES: readonly AqiCategory[] = deepFreeze([
  category(1, I, EXCELLENT, [0, 50], COLORS.green, L1_HEALTH, L1_ADVICE),
  category(2, II, GOOD, [51, 100], COLORS.yellow, L2_HEALTH, L2_ADVICE),
  category(
    3,
    III,
    LIGHT,
    [101, 150],
    COLORS.orange,
    {
      zh: '易感人群症状有轻度加剧，健康人群出现刺激症状',
      en: 'Symptoms of susceptible people are mildly aggravated; healthy people show signs of irritation.',
    },
    {
      zh: '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      en: 'Children, the elderly and people with heart or respiratory disease should reduce prolonged or strenuous outdoor exercise.',
    },
  ),
  category(
    4,
    IV,
    MODERATE,
    [151, 200],
    COLORS.red,
    {
      zh: '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
      en: 'Symptoms of susceptible people are further aggravated; the heart and respiratory system of healthy people may be affected.',
    },
    {
      // quoted as printed in the standard (锻练)
      zh: '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
      en: 'Children, the elderly and people with heart or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should moderately reduce outdoor activity.',
    },
  ),
  category(
    5,
    V,
    HEAVY,
    [201, 300],
    COLORS.purple,
    {
      zh: '心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
      en: 'Symptoms of people with heart or lung disease are markedly aggravated and exercise tolerance falls; healthy people commonly show symptoms.',
    },
    {
      zh: '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动',
      en: 'Children, the elderly and people with heart or lung disease should stay indoors and stop outdoor activity; everyone else should reduce outdoor activity.',
    },
  ),
  category(6, VI, SEVERE, [301, null], COLORS.maroon, L6_HEALTH, {
    zh: '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
    en: 'Children, the elderly and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.',
  }),
])

/**
 * HJ 633-2026 表1 空气质量指数及相关信息 with the colours of 附录A 表A.1 (unchanged from 2012).
 * The texts name 敏感人群 and 心血管系统 where 2012 said 易感人群 and 心脏; the first category
 * reads 1～50.
 *
 * @category Air
 * @see HJ 633-2026 §4.1.1 表1, 附录A 表A.1
 * @example
 * ```ts
 * import { HJ633_2026_CATEGORIES } from 'eco-targets/air'
 * HJ633_2026_CATEGORIES[0].range //=> [1, 50]
 * ```
 */
export const HJ633_2026_CATEGORIES: readonly AqiCategory[] = deepFreeze([
  category(1, I, EXCELLENT, [1, 50], COLORS.green, L1_HEALTH, L1_ADVICE),
  category(2, II, GOOD, [51, 100], COLORS.yellow, L2_HEALTH, L2_ADVICE),
  category(
    3,
    III,
    LIGHT,
    [101, 150],
    COLORS.orange,
    {
      zh: '敏感人群症状有轻度加剧，健康人群出现刺激症状',
      en: 'Symptoms of sensitive people are mildly aggravated; healthy people show signs of irritation.',
    },
    {
      zh: '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      en: 'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should reduce prolonged or strenuous outdoor exercise.',
    },
  ),
  category(
    4,
    IV,
    MODERATE,
    [151, 200],
    COLORS.red,
    {
      zh: '进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响',
      en: 'Symptoms of sensitive people are further aggravated; the cardiovascular and respiratory systems of healthy people may be affected.',
    },
    {
      zh: '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动',
      en: 'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should moderately reduce outdoor activity.',
    },
  ),
  category(
    5,
    V,
    HEAVY,
    [201, 300],
    COLORS.purple,
    {
      zh: '心血管系统和呼吸系统患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
      en: 'Symptoms of people with cardiovascular or respiratory disease are markedly aggravated and exercise tolerance falls; healthy people commonly show symptoms.',
    },
    {
      zh: '青少年儿童、老年人和心血管系统疾病、呼吸系统疾病患者应停留在室内，停止户外运动，一般人群减少户外运动',
      en: 'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should stay indoors and stop outdoor activity; everyone else should reduce outdoor activity.',
    },
  ),
  category(6, VI, SEVERE, [301, null], COLORS.maroon, L6_HEALTH, {
    zh: '青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
    en: 'Children and adolescents, the elderly and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.',
  }),
])

/** Options of {@link aqiCategory}. @category Air */
export interface AqiCategoryOptions {
  /** Edition whose texts to return (default HJ 633-2012). */
  readonly standard?: AqiStandard
}

/**
 * The category of an AQI: ≤ 50 优, ≤ 100 良, ≤ 150 轻度污染, ≤ 200 中度污染, ≤ 300 重度污染,
 * above 300 严重污染. AQIs are integers (§6.2), so a value between two ranges belongs to the
 * higher one (50.2 is rounded up to 51, 良).
 *
 * @param aqi - a non-negative AQI
 * @param options - the edition (default HJ 633-2012)
 * @returns the category with its colour, health effects and advice
 * @throws RangeError when `aqi` is negative or not a finite number
 * @category Air
 * @see HJ 633-2012 §4.3 表2; HJ 633-2026 §4.1.1 表1
 * @example
 * ```ts
 * import { aqiCategory } from 'eco-targets/air'
 * aqiCategory(100).name.zh   //=> '良'
 * aqiCategory(101).level     //=> 3
 * aqiCategory(201).color.rgb //=> [153, 0, 76]
 * ```
 */
export function aqiCategory(aqi: number, options: AqiCategoryOptions = {}): AqiCategory {
  if (!Number.isFinite(aqi) || aqi < 0) {
    throw new RangeError(`aqiCategory: expected a non-negative AQI, got ${aqi}`)
  }
  const table =
    (options.standard ?? DEFAULT_AQI_STANDARD) === 'HJ633-2026'
      ? HJ633_2026_CATEGORIES
      : HJ633_2012_CATEGORIES
  const index =
    aqi <= 50 ? 0 : aqi <= 100 ? 1 : aqi <= 150 ? 2 : aqi <= 200 ? 3 : aqi <= 300 ? 4 : 5
  return table[index] as AqiCategory
}
