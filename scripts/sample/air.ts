import type { ObservationInput } from '../../src/index.js'
import { isoDate, mulberry32, normal, type Random, round } from './prng.js'

type AirDaily = Extract<ObservationInput, { kind: 'airDaily' }>
type DustDay = Extract<ObservationInput, { kind: 'dustDay' }>

/** Monthly background levels (January … December) of a synthetic Ulanqab central city. */
const BACKGROUND = {
  // Winter heating lifts PM2.5, SO2, NO2 and CO; summer sun lifts O3.
  pm25: [34, 30, 23, 18, 15, 12, 13, 12, 14, 18, 26, 33],
  so2: [28, 24, 17, 12, 9, 8, 7, 7, 9, 13, 20, 26],
  no2: [38, 33, 28, 24, 20, 17, 16, 17, 22, 28, 34, 38],
  co: [1.0, 0.9, 0.7, 0.5, 0.4, 0.4, 0.4, 0.4, 0.5, 0.6, 0.8, 1.0],
  // Spring wind raises coarse dust: PM10 / PM2.5 is highest in April–May.
  pm10Ratio: [1.8, 1.9, 2.6, 3.2, 3.3, 2.8, 2.5, 2.4, 2.3, 2.1, 1.9, 1.8],
  o3_8h: [62, 74, 92, 110, 124, 138, 140, 128, 108, 86, 66, 58],
} as const

/**
 * Ceilings for ordinary days, each just under the HJ 633-2012 breakpoint at IAQI 100
 * (PM2.5 75, PM10 150, O3-8h 160, O3-1h 200, NO2 80, SO2 150, CO 4): only the episodes below
 * make a day worse than 良, so the count of non-good days is exactly the episode count.
 */
const GOOD_CEILING = { pm25: 68, pm10: 145, o3_8h: 155, o3_1h: 195, no2: 75, so2: 60, co: 3 }

/** PM2.5 episodes of the heating season (µg/m³): 16 days above 75, two of them above 150. */
const PM25_EPISODES: Readonly<Record<string, number>> = {
  '2022-01-08': 88,
  '2022-01-14': 79,
  '2022-01-21': 96,
  '2022-02-01': 118, // Spring Festival fireworks
  '2022-02-24': 84,
  '2022-03-03': 81,
  '2022-11-20': 86,
  '2022-11-21': 104,
  '2022-11-30': 78,
  '2022-12-04': 92,
  '2022-12-05': 83,
  '2022-12-17': 112,
  '2022-12-18': 163, // heavy: PM2.5 IAQI 213
  '2022-12-19': 178, // heavy: PM2.5 IAQI 228
  '2022-12-20': 121,
  '2022-12-28': 89,
}

/** Sand and dust days (PM10, PM2.5 in µg/m³); 04-10 is heavy (PM10 IAQI 323), 03-16 stays good. */
export const DUST_EPISODES: Readonly<Record<string, { pm10: number; pm25: number }>> = {
  '2022-03-16': { pm10: 128, pm25: 30 },
  '2022-03-27': { pm10: 286, pm25: 62 },
  '2022-04-10': { pm10: 438, pm25: 88 },
  '2022-04-11': { pm10: 212, pm25: 46 },
  '2022-05-06': { pm10: 247, pm25: 41 },
  '2022-05-20': { pm10: 173, pm25: 35 },
}

/** A windy day with PM10 above 150 that the monitoring authority did not flag as dust. */
const PM10_EPISODES: Readonly<Record<string, { pm10: number; pm25: number }>> = {
  '2022-04-25': { pm10: 168, pm25: 38 },
}

/** Summer ozone days: daily maximum 8-hour O3 above 160 µg/m³. */
const O3_EPISODES: Readonly<Record<string, number>> = {
  '2022-06-12': 172,
  '2022-06-13': 166,
  '2022-06-26': 181,
  '2022-07-09': 169,
  '2022-07-10': 188,
  '2022-07-23': 163,
  '2022-07-24': 171,
  '2022-08-05': 165,
}

/** Monitor outages: these indicators have no valid daily value, so the day is not valid. */
const OUTAGES: Readonly<Record<string, readonly (keyof AirDaily)[]>> = {
  '2022-09-14': ['pm10', 'pm25'],
  '2022-10-09': ['o3_1h', 'o3_8h'],
}

/** Autocorrelated noise: weather persists for a few days. */
function weather(random: Random): () => number {
  let state = 0
  return () => {
    state = 0.6 * state + 0.8 * normal(random)
    return state
  }
}

const factor = (noise: number, spread: number) => Math.max(0.35, 1 + spread * noise)

/**
 * A synthetic year of daily central-city air values and the dust days, deterministic for a
 * seed: seasonal backgrounds with persistent day-to-day noise, capped below the IAQI-100
 * breakpoints, plus the listed episodes and outages.
 *
 * @param seed - the generator seed
 * @returns the daily values (365) and the dust days
 */
export function generateAir(seed: number): { daily: AirDaily[]; dust: DustDay[] } {
  const random = mulberry32(seed)
  const particles = weather(random)
  const gases = weather(random)
  const ozone = weather(random)
  const daily: AirDaily[] = []
  for (let day = 0; day < 365; day++) {
    const date = isoDate(day)
    const month = Number(date.slice(5, 7)) - 1
    const p = particles()
    const g = gases()
    const o = ozone()
    const at = (series: readonly number[]) => series[month] as number
    let pm25 = Math.min(GOOD_CEILING.pm25, at(BACKGROUND.pm25) * factor(p, 0.4))
    let pm10 = Math.min(
      GOOD_CEILING.pm10,
      pm25 * at(BACKGROUND.pm10Ratio) * factor(normal(random), 0.12),
    )
    let so2 = Math.min(GOOD_CEILING.so2, at(BACKGROUND.so2) * factor(g, 0.3))
    let no2 = Math.min(GOOD_CEILING.no2, at(BACKGROUND.no2) * factor(g, 0.25))
    let co = Math.min(GOOD_CEILING.co, at(BACKGROUND.co) * factor(g, 0.25))
    let o3_8h = Math.min(GOOD_CEILING.o3_8h, at(BACKGROUND.o3_8h) * factor(o, 0.15))
    let o3_1h = Math.min(GOOD_CEILING.o3_1h, o3_8h * (1.12 + 0.1 * random()))
    const episode = PM25_EPISODES[date]
    if (episode !== undefined) {
      // Stagnant winter air: the gases build up with the particles, PM10 follows PM2.5.
      pm25 = episode
      pm10 = episode * 1.4
      so2 = Math.min(GOOD_CEILING.so2, so2 * 1.4)
      no2 = Math.min(GOOD_CEILING.no2, no2 * 1.4)
      co = Math.min(GOOD_CEILING.co, co * 1.5)
    }
    const coarse = DUST_EPISODES[date] ?? PM10_EPISODES[date]
    if (coarse) ({ pm10, pm25 } = coarse)
    const o3 = O3_EPISODES[date]
    if (o3 !== undefined) {
      o3_8h = o3
      o3_1h = o3 * 1.18
    }
    const record: AirDaily = {
      kind: 'airDaily',
      date,
      scope: 'central-city',
      so2: round(so2),
      no2: round(no2),
      co: round(co, 1),
      pm10: Math.max(round(pm10), round(pm25) + 1),
      pm25: round(pm25),
      o3_1h: Math.max(round(o3_1h), round(o3_8h)),
      o3_8h: round(o3_8h),
    }
    for (const key of OUTAGES[date] ?? []) (record as Record<string, unknown>)[key] = null
    daily.push(record)
  }
  const dust = Object.keys(DUST_EPISODES).map(
    (date): DustDay => ({ kind: 'dustDay', date, scope: 'central-city', authority: 'CNEMC' }),
  )
  return { daily, dust }
}
