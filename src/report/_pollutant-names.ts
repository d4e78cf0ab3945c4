import type { Lang } from './labels.js'

const NAMES: Readonly<Record<string, string>> = {
  so2: 'SO2',
  no2: 'NO2',
  co: 'CO',
  pm10: 'PM10',
  pm25: 'PM2.5',
  o3_1h: 'O3 1-hour',
  o3_8h: 'O3 8-hour',
}
const NAMES_ZH: Readonly<Record<string, string>> = { o3_1h: 'O3 1小时', o3_8h: 'O3 8小时' }

/** The names of air pollutants as people read them (`pm25` → `PM2.5`), joined as the language joins a list. */
export function pollutantNames(keys: readonly string[], lang: Lang): string {
  if (lang === 'zh') return keys.map((k) => NAMES_ZH[k] ?? NAMES[k] ?? k).join('、')
  return keys.map((k) => NAMES[k] ?? k).join(', ')
}
