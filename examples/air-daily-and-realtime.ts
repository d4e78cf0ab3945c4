// A daily report (日报) and a real-time report (实时报).
import { dailyAqi, realtimeAqi } from '../src/standards/air/index.js'

// Ulanqab's city values of 2022-01-21 (mean of its four stations, rounded as published)
const day = { so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 }
const daily = dailyAqi(day)
console.log(`daily AQI: ${daily.aqi}`)
console.log(`primary: ${daily.primaryPollutants.join(', ')}`)
console.log(
  `category: ${daily.category?.levelName.zh} ${daily.category?.name.zh} (${daily.category?.name.en})`,
)
console.log(`colour: ${daily.category?.color.hex}`)
console.log(`advice: ${daily.category?.advice.zh}`)
console.log(`IAQI: ${JSON.stringify(daily.iaqi)}`)

const daily2026 = dailyAqi(day, { standard: 'HJ633-2026' })
console.log(`daily AQI under HJ 633-2026: ${daily2026.aqi}`)

// Station 2195A at 2022-01-09 00:00, as the national platform published it (AQI 213, PM2.5)
const hour = realtimeAqi({ so2: 12, no2: 66, co: 1.9, o3: 3, pm10: 257, pm25: 163, o3_8h: 20 })
console.log(`real-time AQI: ${hour.aqi}`)
console.log(`real-time primary: ${hour.primaryPollutants.join(', ')}`)
