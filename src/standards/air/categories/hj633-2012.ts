import { deepFreeze } from '../_freeze.js'
import {
  COLORS,
  EXCELLENT,
  GOOD,
  HEAVY,
  I,
  II,
  III,
  IV,
  L1_ADVICE,
  L1_HEALTH,
  L2_ADVICE,
  L2_HEALTH,
  L6_HEALTH,
  LIGHT,
  MODERATE,
  SEVERE,
  V,
  VI,
} from './_shared.js'
import type { AqiCategory } from './types.js'

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
  {
    level: 1,
    levelName: I,
    name: EXCELLENT,
    range: [0, 50],
    color: COLORS.green,
    healthEffects: L1_HEALTH,
    advice: L1_ADVICE,
  },
  {
    level: 2,
    levelName: II,
    name: GOOD,
    range: [51, 100],
    color: COLORS.yellow,
    healthEffects: L2_HEALTH,
    advice: L2_ADVICE,
  },
  {
    level: 3,
    levelName: III,
    name: LIGHT,
    range: [101, 150],
    color: COLORS.orange,
    healthEffects: {
      zh: '易感人群症状有轻度加剧，健康人群出现刺激症状',
      en: 'Symptoms of susceptible people are mildly aggravated; healthy people show signs of irritation.',
    },
    advice: {
      zh: '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      en: 'Children, the elderly and people with heart or respiratory disease should reduce prolonged or strenuous outdoor exercise.',
    },
  },
  {
    level: 4,
    levelName: IV,
    name: MODERATE,
    range: [151, 200],
    color: COLORS.red,
    healthEffects: {
      zh: '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
      en: 'Symptoms of susceptible people are further aggravated; the heart and respiratory system of healthy people may be affected.',
    },
    advice: {
      // quoted as printed in the standard (锻练)
      zh: '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
      en: 'Children, the elderly and people with heart or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should moderately reduce outdoor activity.',
    },
  },
  {
    level: 5,
    levelName: V,
    name: HEAVY,
    range: [201, 300],
    color: COLORS.purple,
    healthEffects: {
      zh: '心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
      en: 'Symptoms of people with heart or lung disease are markedly aggravated and exercise tolerance falls; healthy people commonly show symptoms.',
    },
    advice: {
      zh: '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动',
      en: 'Children, the elderly and people with heart or lung disease should stay indoors and stop outdoor activity; everyone else should reduce outdoor activity.',
    },
  },
  {
    level: 6,
    levelName: VI,
    name: SEVERE,
    range: [301, null],
    color: COLORS.maroon,
    healthEffects: L6_HEALTH,
    advice: {
      zh: '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
      en: 'Children, the elderly and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.',
    },
  },
] satisfies readonly AqiCategory[])
