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
  {
    level: 1,
    levelName: I,
    name: EXCELLENT,
    range: [1, 50],
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
      zh: '敏感人群症状有轻度加剧，健康人群出现刺激症状',
      en: 'Symptoms of sensitive people are mildly aggravated; healthy people show signs of irritation.',
    },
    advice: {
      zh: '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      en: 'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should reduce prolonged or strenuous outdoor exercise.',
    },
  },
  {
    level: 4,
    levelName: IV,
    name: MODERATE,
    range: [151, 200],
    color: COLORS.red,
    healthEffects: {
      zh: '进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响',
      en: 'Symptoms of sensitive people are further aggravated; the cardiovascular and respiratory systems of healthy people may be affected.',
    },
    advice: {
      zh: '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动',
      en: 'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should moderately reduce outdoor activity.',
    },
  },
  {
    level: 5,
    levelName: V,
    name: HEAVY,
    range: [201, 300],
    color: COLORS.purple,
    healthEffects: {
      zh: '心血管系统和呼吸系统患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
      en: 'Symptoms of people with cardiovascular or respiratory disease are markedly aggravated and exercise tolerance falls; healthy people commonly show symptoms.',
    },
    advice: {
      zh: '青少年儿童、老年人和心血管系统疾病、呼吸系统疾病患者应停留在室内，停止户外运动，一般人群减少户外运动',
      en: 'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should stay indoors and stop outdoor activity; everyone else should reduce outdoor activity.',
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
      zh: '青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
      en: 'Children and adolescents, the elderly and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.',
    },
  },
] satisfies readonly AqiCategory[])
