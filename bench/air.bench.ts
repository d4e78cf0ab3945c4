import { bench, describe } from 'vitest'
import {
  aggregateStationDays,
  dailyAqi,
  type HourlyRecord,
  iaqi,
  summarizeAirPeriod,
} from '../src/standards/air/index.js'

// A small deterministic generator, so every run measures the same inputs.
function generator(seed: number) {
  let s = seed >>> 0
  return (max: number) => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s % max
  }
}

const next = generator(2022)
const RECORDS = 1000
const days = Array.from({ length: RECORDS }, () => ({
  so2: next(120),
  no2: next(150),
  co: next(40) / 10,
  pm10: next(400),
  pm25: next(250),
  o3_1h: next(300),
  o3_8h: next(250),
}))

const STATIONS = 4
const DAYS = 31
const hourly: HourlyRecord[] = []
for (let st = 0; st < STATIONS; st++) {
  for (let h = 0; h < DAYS * 24; h++) {
    hourly.push({
      station: `S${st}`,
      time: new Date(Date.UTC(2021, 11, 31, 17 + h)),
      so2: next(60),
      no2: next(90),
      co: next(30) / 10,
      o3: next(200),
      pm10: next(300),
      pm25: next(200),
    })
  }
}
const STATION_HOURS = hourly.length

const year = Array.from({ length: 365 }, (_, i) => {
  const date = new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10)
  return { date, ...(days[i] as (typeof days)[number]) }
})

describe(`daily AQI, exact path (${RECORDS} records per iteration: records/s = hz × ${RECORDS})`, () => {
  bench('dailyAqi', () => {
    for (const d of days) dailyAqi(d)
  })
})

describe('IAQI of one value', () => {
  bench('iaqi pm25_24h', () => {
    iaqi('pm25_24h', 80.5)
  })
})

describe(`hourly → daily (${STATION_HOURS} station-hours per iteration: station-hours/s = hz × ${STATION_HOURS})`, () => {
  bench('aggregateStationDays, 4 stations × 31 days', () => {
    aggregateStationDays(hourly)
  })
})

describe('period statistics', () => {
  bench('summarizeAirPeriod, 365 days', () => {
    summarizeAirPeriod(year)
  })
})
