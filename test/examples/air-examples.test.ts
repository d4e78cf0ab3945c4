import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')

/** Runs an example program with tsx and returns its output lines. */
function run(name: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name)], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return out.trimEnd().split('\n')
}

describe('examples/air-exact-iaqi.ts', () => {
  it('prints the exact IAQIs and the floating-point ones beside them', () => {
    expect(run('air-exact-iaqi.ts')).toEqual([
      // 50 + (2.2 − 2)×50/2 = 55 exactly; doubles give 55.000…01
      'CO 24-hour 2.2 mg/m³: 55 (floating point: 56)',
      // 4.9×50/35 = 7 exactly; doubles give 7.000…001
      'PM2.5 4.9 µg/m³: 7 (floating point: 8)',
      // 100 + 5×50/40 = 106.25 → 107; 2026: 100 + 20×50/55 = 118.2 → 119
      'PM2.5 80 µg/m³, HJ 633-2012: 107',
      'PM2.5 80 µg/m³, HJ 633-2026: 119',
      // 2012 note (3): not indexed; 2026 note c: 300
      'O3 8-hour 801 µg/m³, HJ 633-2012: null',
      'O3 8-hour 801 µg/m³, HJ 633-2026: 300',
    ])
  }, 30_000)
})

describe('examples/air-daily-and-realtime.ts', () => {
  it('prints the daily and real-time reports', () => {
    expect(run('air-daily-and-realtime.ts')).toEqual([
      // PM2.5 76 → 100 + 1×50/40 = 101.25 → 102
      'daily AQI: 102',
      'primary: pm25',
      'category: 三级 轻度污染 (Lightly polluted)',
      'colour: #FF7E00',
      'advice: 儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      // SO2 22; NO2 50 + 8×50/40 = 60; CO 1.4×25 = 35; PM10 50 + 54×50/100 = 77; O3 36×50/160
      // = 11.25 → 12; O3-8h 28×50/100 = 14
      'IAQI: {"so2":22,"no2":60,"co":35,"pm10":77,"pm25":102,"o3_1h":12,"o3_8h":14}',
      // 2026: PM2.5 76 → 100 + 16×50/55 = 114.5 → 115
      'daily AQI under HJ 633-2026: 115',
      // PM2.5 163 → 200 + 13×100/100 = 213, as published
      'real-time AQI: 213',
      'real-time primary: pm25',
    ])
  }, 30_000)
})

describe('examples/air-hourly-to-city.ts', () => {
  it('prints station days, the city day and its AQI', () => {
    expect(run('air-hourly-to-city.ts')).toEqual([
      // A: 20 valid hours of 70 (the minimum); B: 24 of 80; O3 40 in every window
      'station A 2022-01-21: PM2.5 70 from 20 hours, O3-8h 40',
      'station B 2022-01-21: PM2.5 80 from 24 hours, O3-8h 40',
      'station BG 2022-01-21: PM2.5 10 from 24 hours, O3-8h 40',
      // (70 + 80)/2 = 75; (100 + 110)/2 = 105; (1.0 + 1.2)/2 = 1.1
      'city PM2.5: 75',
      'city PM10: 105',
      'city CO: 1.1',
      // PM2.5 75 → 100, PM10 105 → 77.5 → 78: AQI 100, 良, PM2.5 primary
      'city AQI: 100 良, primary pm25',
      // with BG: PM2.5 160/3 = 53.3 → 53 → 50 + 18×50/40 = 72.5 → 73; PM10 240/3 = 80 → 65
      'city AQI with the background station: 73',
    ])
  }, 30_000)
})

describe('examples/air-period-summary.ts', () => {
  it('prints raw and dust-deducted figures', () => {
    expect(run('air-period-summary.ts')).toEqual([
      // 30 days; 2022-04-20 lacks O3-8h → 29 valid; dust days 10 and 11: PM10 400 → 200 +
      // 50×100/70 = 271.4 → 272 (heavy); the other 27 days are at most 69 (PM2.5 50 → 68.75)
      'raw valid days: 29, good: 27, heavy: 2',
      'raw good-days ratio: 93.1 %', // 27/29 = 93.10 %
      'raw heavy-pollution ratio: 6.9 %', // 2/29 = 6.90 %
      // Σ(21…50) = 1065, less 30 and 31 (days 10, 11), plus 2 × 120 = 1244; 1244/30 = 41.5 → 41
      'raw PM2.5 mean: 41 (sum 1244 over 30 days)',
      // k = 1 + 29×0.95 = 28.55: X28 = 50, X29 = 120 → 50 + 70×0.55 = 88.5 → 88 (half to even)
      'raw PM2.5 P95: 88 (exact 88.5)',
      'deducted valid days: 27, good: 27, heavy: 0',
      'deducted good-days ratio: 100.0 %',
      'deducted heavy-pollution ratio: 0.0 %',
      // 1244 − 240 = 1004 over 28 days = 35.9 → 36
      'deducted PM2.5 mean: 36 (sum 1004 over 28 days)',
      // k = 1 + 27×0.95 = 26.65: X26 = 48, X27 = 49 → 48.65 → 49
      'deducted PM2.5 P95: 49 (exact 48.65)',
      'verdict uses: deducted',
      'left out: missingIndicator 2022-04-20',
      // PM2.5 mean 36 > 35 (Grade II annual); everything else within
      'not within Grade II: pm25',
    ])
  }, 30_000)
})
