// From hourly station records to station days, a city day and its AQI.
import {
  aggregateCityDays,
  aggregateStationDays,
  type HourlyRecord,
} from '../src/standards/air/index.js'

// Hour-ending stamps of 2022-01-21: 01:00 … 23:00, then 2022-01-22T00:00 for 23:00–24:00.
const stamps = Array.from({ length: 24 }, (_, h) =>
  h < 23 ? `2022-01-21T${String(h + 1).padStart(2, '0')}:00:00` : '2022-01-22T00:00:00',
)
const station = (
  code: string,
  values: Omit<HourlyRecord, 'station' | 'time'>,
  gaps = 0,
): HourlyRecord[] =>
  stamps.map((time, h) => ({ station: code, time, ...values, pm25: h < gaps ? null : values.pm25 }))

const records = [
  ...station('A', { so2: 20, no2: 40, co: 1.0, o3: 40, pm10: 100, pm25: 70 }, 4), // 4 hours missing
  ...station('B', { so2: 20, no2: 40, co: 1.2, o3: 40, pm10: 110, pm25: 80 }),
  ...station('BG', { so2: 20, no2: 40, co: 1.1, o3: 40, pm10: 30, pm25: 10 }), // background station
]

const stationDays = aggregateStationDays(records)
for (const d of stationDays) {
  console.log(
    `station ${d.station} ${d.date}: PM2.5 ${d.pm25} from ${d.validHours.pm25} hours, O3-8h ${d.o3_8h}`,
  )
}
const [city] = aggregateCityDays(stationDays, { excludeStations: ['BG'] })
console.log(`city PM2.5: ${city?.pm25}`)
console.log(`city PM10: ${city?.pm10}`)
console.log(`city CO: ${city?.co}`)
console.log(
  `city AQI: ${city?.aqi.aqi} ${city?.aqi.category?.name.zh}, primary ${city?.aqi.primaryPollutants.join(', ')}`,
)
const [withBackground] = aggregateCityDays(stationDays)
console.log(`city AQI with the background station: ${withBackground?.aqi.aqi}`)
