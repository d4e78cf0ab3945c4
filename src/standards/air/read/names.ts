/**
 * The columns a reader of hourly air records knows in the long layouts (`plain` and the CNEMC
 * layouts), by field.
 *
 * @category Air
 */
export type HourlyField =
  | 'station'
  | 'time'
  | 'city'
  | 'name'
  | 'longitude'
  | 'latitude'
  | 'primaryPollutant'
  | 'aqi'
  | 'so2'
  | 'no2'
  | 'co'
  | 'o3'
  | 'pm10'
  | 'pm25'
  | 'so2_24h'
  | 'no2_24h'
  | 'co_24h'
  | 'pm10_24h'
  | 'pm25_24h'
  | 'o3_24h'
  | 'o3_8h'
  | 'o3_8h_24h'

/**
 * The one table of header names of hourly air exports: each field and the headers it goes by,
 * English and Chinese, first the name the CNEMC export uses. Headers are compared
 * case-insensitively after NFKC normalisation, without spaces, `_`, `.`, `-` or `·`, and without
 * a unit in brackets (`PM2.5(μg/m³)`), a trailing `浓度` (`PM2.5浓度`) or a bracketed second
 * name of the same field (`细颗粒物(PM2.5)`): `pm2_5`, `PM2.5`, `pm25` and `PM2.5浓度` are one
 * column. A unit in brackets must be the field's unit (µg/m³, CO mg/m³); `CO(µg/m³)` is an
 * error, never a silent factor of 1000. Columns the table does not know are ignored.
 *
 * In the CNEMC layouts the four ozone columns `o3`, `o3_24h`, `o3_8h`, `o3_8h_24h` mean what the
 * layout says ({@link HourlyLayout}); in the plain layout `o3` is the hour's O3 and the others
 * are not read.
 *
 * @category Air
 * @example
 * ```ts
 * import { HOURLY_COLUMN_NAMES } from 'eco-targets/air'
 * HOURLY_COLUMN_NAMES.pm25[0]                  //=> 'pm2_5'
 * HOURLY_COLUMN_NAMES.station.includes('站点编码') //=> true
 * ```
 */
export const HOURLY_COLUMN_NAMES: Readonly<Record<HourlyField, readonly string[]>> = Object.freeze({
  station: [
    'stationcode',
    'station',
    'station_code',
    '站点编码',
    '站点代码',
    '监测点编码',
    '点位编码',
  ],
  time: ['timepoint', 'time', 'datetime', '时间', '监测时间', '时间点'],
  city: ['area', 'city', '城市'],
  name: ['positionname', 'station_name', '监测点位', '点位名称', '站点名称'],
  longitude: ['longitude', 'lon', 'lng', '经度'],
  latitude: ['latitude', 'lat', '纬度'],
  primaryPollutant: ['primarypollutant', 'primary_pollutant', '首要污染物'],
  aqi: ['aqi', '空气质量指数'],
  so2: ['so2', '二氧化硫'],
  no2: ['no2', '二氧化氮'],
  co: ['co', '一氧化碳'],
  o3: ['o3', '臭氧'],
  pm10: ['pm10', '可吸入颗粒物'],
  pm25: ['pm2_5', 'pm25', 'PM2.5', '细颗粒物'],
  so2_24h: ['so2_24h'],
  no2_24h: ['no2_24h'],
  co_24h: ['co_24h'],
  pm10_24h: ['pm10_24h'],
  pm25_24h: ['pm2_5_24h', 'pm25_24h', 'PM2.5_24h'],
  o3_24h: ['o3_24h'],
  o3_8h: ['o3_8h', 'O3-8h'],
  o3_8h_24h: ['o3_8h_24h'],
})

/**
 * The types of the wide layout (`date,hour,type,<station codes>`), in the order the
 * `china_sites` files give them each hour.
 *
 * @category Air
 * @example
 * ```ts
 * import { WIDE_LAYOUT_TYPES } from 'eco-targets/air'
 * WIDE_LAYOUT_TYPES.length //=> 15
 * WIDE_LAYOUT_TYPES[1]     //=> 'PM2.5'
 * ```
 */
export const WIDE_LAYOUT_TYPES: readonly string[] = Object.freeze([
  'AQI',
  'PM2.5',
  'PM2.5_24h',
  'PM10',
  'PM10_24h',
  'SO2',
  'SO2_24h',
  'NO2',
  'NO2_24h',
  'O3',
  'O3_24h',
  'O3_8h',
  'O3_8h_24h',
  'CO',
  'CO_24h',
])
