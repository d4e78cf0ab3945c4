import type { AqiColor } from './types.js'

export const COLORS = {
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

export const L1_HEALTH = {
  zh: '空气质量令人满意，基本无空气污染',
  en: 'Air quality is satisfactory; there is little or no air pollution.',
}
export const L1_ADVICE = {
  zh: '各类人群可正常活动',
  en: 'Everyone can carry on normal activities.',
}
export const L2_HEALTH = {
  zh: '空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响',
  en: 'Air quality is acceptable, but some pollutants may slightly affect the health of a very small number of unusually sensitive people.',
}
export const L2_ADVICE = {
  zh: '极少数异常敏感人群应减少户外活动',
  en: 'The very small number of unusually sensitive people should reduce outdoor activity.',
}
export const L6_HEALTH = {
  zh: '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
  en: 'Healthy people have reduced exercise tolerance and marked, strong symptoms; some diseases appear early.',
}

export const I = { zh: '一级', en: 'Level I' }
export const II = { zh: '二级', en: 'Level II' }
export const III = { zh: '三级', en: 'Level III' }
export const IV = { zh: '四级', en: 'Level IV' }
export const V = { zh: '五级', en: 'Level V' }
export const VI = { zh: '六级', en: 'Level VI' }
export const EXCELLENT = { zh: '优', en: 'Excellent' }
export const GOOD = { zh: '良', en: 'Good' }
export const LIGHT = { zh: '轻度污染', en: 'Lightly polluted' }
export const MODERATE = { zh: '中度污染', en: 'Moderately polluted' }
export const HEAVY = { zh: '重度污染', en: 'Heavily polluted' }
export const SEVERE = { zh: '严重污染', en: 'Severely polluted' }
