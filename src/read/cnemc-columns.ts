import type { ObservationColumn } from './observation-columns.js'

const UG = ['µg/m³', 'μg/m3', 'ug/m3']
const MG = ['mg/m³', 'mg/m3']

const pollutant = (
  key: string,
  names: readonly string[],
  units: readonly string[],
  description: string,
): ObservationColumn => ({ key, names, units, description })

/**
 * The columns of air monitoring records: the hourly station export of the national air
 * monitoring centre (CNEMC: `timepoint, stationcode, pm2_5, pm2_5_24h, …`, with Chinese
 * aliases) and the plain layout (`time, station, so2, no2, co, o3, pm10, pm25`, or daily values
 * `date, station, …, o3_1h, o3_8h`), for {@link mapCsvHeaders}. Columns may come in any order.
 *
 * In the CNEMC layout `o3` is the latest 1-hour O3, `o3_24h` the maximum 1-hour value of the
 * last 24 hours, `o3_8h` the latest 8-hour mean and `o3_8h_24h` the day's maximum 8-hour mean.
 * The public archive of those exports (HeQinWill/CNEMC) has the two pairs swapped.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CNEMC_COLUMNS } from 'eco-targets'
 * CNEMC_COLUMNS.find((c) => c.key === 'pm25')?.names[0] //=> 'pm2_5'
 * ```
 */
export const CNEMC_COLUMNS: readonly ObservationColumn[] = [
  {
    key: 'timepoint',
    names: ['timepoint', 'time', '时间', '监测时间'],
    description: 'Time of the hourly value (hour-ending by default)',
  },
  {
    key: 'day',
    names: ['day', 'date', '日期'],
    description: 'The natural day daily values cover, YYYY-MM-DD',
  },
  {
    key: 'stationCode',
    names: ['stationcode', 'station', 'station_code', '站点编码', '监测点编码', '点位编码'],
    description: 'Station code, e.g. 2197A',
  },
  { key: 'area', names: ['area', '城市', 'city'], description: 'City' },
  {
    key: 'positionName',
    names: ['positionname', '监测点位', '点位名称', '站点名称'],
    description: 'Station name',
  },
  {
    key: 'primaryPollutant',
    names: ['primarypollutant', '首要污染物'],
    description: 'Primary pollutant as published',
  },
  { key: 'aqi', names: ['aqi', '空气质量指数'], description: 'AQI as published' },
  pollutant(
    'pm10',
    ['pm10', '可吸入颗粒物'],
    UG,
    'PM10: 1-hour value (daily value in daily files)',
  ),
  pollutant('pm10_24h', ['pm10_24h'], UG, 'PM10, 24-hour mean'),
  pollutant(
    'pm25',
    ['pm2_5', 'pm25', 'PM2.5', '细颗粒物'],
    UG,
    'PM2.5: 1-hour value (daily value in daily files)',
  ),
  pollutant('pm25_24h', ['pm2_5_24h', 'pm25_24h'], UG, 'PM2.5, 24-hour mean'),
  pollutant('o3', ['o3', '臭氧'], UG, 'O3, 1-hour value (archive: maximum 1-hour of 24 hours)'),
  pollutant('o3_24h', ['o3_24h'], UG, 'O3, maximum 1-hour of 24 hours (archive: 1-hour value)'),
  pollutant(
    'o3_1h',
    ['o3_1h', 'O3-1h', '臭氧日最大1小时'],
    UG,
    'O3 daily maximum 1-hour value (daily files)',
  ),
  pollutant(
    'o3_8h',
    ['o3_8h', 'O3-8h', '臭氧日最大8小时'],
    UG,
    "O3 8-hour mean (daily files and archive: the day's maximum 8-hour mean)",
  ),
  pollutant(
    'o3_8h_24h',
    ['o3_8h_24h'],
    UG,
    "O3, the day's maximum 8-hour mean (archive: latest 8-hour mean)",
  ),
  pollutant('no2', ['no2', '二氧化氮'], UG, 'NO2: 1-hour value (daily value in daily files)'),
  pollutant('no2_24h', ['no2_24h'], UG, 'NO2, 24-hour mean'),
  pollutant('so2', ['so2', '二氧化硫'], UG, 'SO2: 1-hour value (daily value in daily files)'),
  pollutant('so2_24h', ['so2_24h'], UG, 'SO2, 24-hour mean'),
  pollutant('co', ['co', '一氧化碳'], MG, 'CO: 1-hour value, mg/m³ (daily value in daily files)'),
  pollutant('co_24h', ['co_24h'], MG, 'CO, 24-hour mean (mg/m³)'),
]
