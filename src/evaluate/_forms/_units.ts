import type { LocalizedText } from '../../schemas/common.js'
import type { Unit } from '../../schemas/vocabulary.js'

const ZH: Readonly<Partial<Record<Unit, string>>> = {
  'µg/m³': '微克/立方米',
  'mg/m³': '毫克/立方米',
  'mg/L': '毫克/升',
  t: '吨',
}

/** A unit written after a figure: `%` and `天` run on, other units after a space in English. */
export function unitWords(unit: Unit): LocalizedText {
  if (unit === '%') return { zh: '%', en: '%' }
  return { zh: ZH[unit] ?? unit, en: ` ${unit}` }
}
