/** The names of primary pollutants as people read them (`pm25` → `PM2.5`). */
export function pollutantNames(keys: readonly string[], lang: 'zh' | 'en' = 'en'): string {
  const zh: Record<string, string> = { o3_1h: 'O3 1小时', o3_8h: 'O3 8小时' }
  const names: Record<string, string> = {
    so2: 'SO2',
    no2: 'NO2',
    co: 'CO',
    pm10: 'PM10',
    pm25: 'PM2.5',
    o3_1h: 'O3 1-hour',
    o3_8h: 'O3 8-hour',
  }
  if (lang === 'zh') return keys.map((k) => zh[k] ?? names[k] ?? k).join('、')
  return keys.map((k) => names[k] ?? k).join(', ')
}
