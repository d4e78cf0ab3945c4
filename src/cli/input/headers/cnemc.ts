import type { ColumnSpec, HeaderLayout } from './normalize.js'

const UG = ['µg/m³', 'μg/m3', 'ug/m3']
const MG = ['mg/m³', 'mg/m3']

const pollutant = (
  key: string,
  names: readonly string[],
  units: readonly string[],
  description: string,
): ColumnSpec => ({ key, names, units, description })

/**
 * The hourly station export of the national air monitoring centre (CNEMC), as archived
 * (`timepoint, stationcode, pm2_5, pm2_5_24h, …`), with Chinese aliases. Columns may come in
 * any order.
 *
 * In the archive the ozone columns are swapped: `o3` holds the maximum 1-hour value of the
 * last 24 hours and `o3_24h` the latest 1-hour value; `o3_8h` holds the day's maximum 8-hour
 * mean and `o3_8h_24h` the latest 8-hour mean. The keys keep the archive's column names, so
 * the meaning is the archive's.
 *
 * @category CLI
 * @example
 * ```ts
 * CNEMC_LAYOUT.columns.find((c) => c.key === 'pm25')?.names[0] //=> 'pm2_5'
 * ```
 */
export const CNEMC_LAYOUT: HeaderLayout = {
  name: 'cnemc',
  description: 'Hourly station export in the CNEMC column layout',
  columns: [
    {
      key: 'timepoint',
      names: ['timepoint', '时间', '监测时间'],
      description: 'Hour-ending time',
    },
    { key: 'day', names: ['day', '日期'], description: 'The natural day the 24-hour values cover' },
    {
      key: 'stationCode',
      names: ['stationcode', 'station_code', '站点编码', '监测点编码', '点位编码'],
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
    pollutant('pm10', ['pm10'], UG, 'PM10, latest 1-hour value'),
    pollutant('pm10_24h', ['pm10_24h'], UG, 'PM10, 24-hour mean'),
    pollutant('pm25', ['pm2_5', 'pm25', 'PM2.5'], UG, 'PM2.5, latest 1-hour value'),
    pollutant('pm25_24h', ['pm2_5_24h', 'pm25_24h'], UG, 'PM2.5, 24-hour mean'),
    pollutant('o3', ['o3'], UG, 'O3 (archive: maximum 1-hour value of the last 24 hours)'),
    pollutant('o3_24h', ['o3_24h'], UG, 'O3 (archive: latest 1-hour value)'),
    pollutant('o3_8h', ['o3_8h'], UG, "O3 (archive: the day's maximum 8-hour mean)"),
    pollutant('o3_8h_24h', ['o3_8h_24h'], UG, 'O3 (archive: latest 8-hour mean)'),
    pollutant('no2', ['no2'], UG, 'NO2, latest 1-hour value'),
    pollutant('no2_24h', ['no2_24h'], UG, 'NO2, 24-hour mean'),
    pollutant('so2', ['so2'], UG, 'SO2, latest 1-hour value'),
    pollutant('so2_24h', ['so2_24h'], UG, 'SO2, 24-hour mean'),
    pollutant('co', ['co'], MG, 'CO, latest 1-hour value (mg/m³)'),
    pollutant('co_24h', ['co_24h'], MG, 'CO, 24-hour mean (mg/m³)'),
  ],
}
