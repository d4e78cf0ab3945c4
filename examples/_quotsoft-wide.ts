// A small reader of the wide layout of the 2019 "china_sites" archive (date,hour,type,<station>…),
// enough for the examples: one hourly record per station and hour, CST, hour-ending. The
// library's own readers of monitoring exports are the place for anything more.
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { HourlyRecord } from '../src/standards/air/index.js'

/** A station of the archive's station list. */
export interface ArchiveStation {
  readonly code: string
  readonly name: string
  readonly city: string
  /** 对照点: a background station, left out of city figures. */
  readonly background: boolean
}

/** The stations of `stations-2019.csv`. */
export function readStations(path: string): ArchiveStation[] {
  const [, ...rows] = readFileSync(path, 'utf8').trim().split('\n')
  return rows.map((row) => {
    const [code = '', name = '', city = '', background = ''] = row.split(',')
    return { code, name, city, background: background === 'Y' }
  })
}

const TYPES = {
  'PM2.5': 'pm25',
  PM10: 'pm10',
  SO2: 'so2',
  NO2: 'no2',
  O3: 'o3',
  CO: 'co',
} as const

type Key = (typeof TYPES)[keyof typeof TYPES]

/**
 * The hourly 1-hour values of the given stations. Hour `h` of the file of day D is the hour
 * ending at D h:00 China Standard Time (hour 0 closes the day before), which is the library's
 * default `hour-ending` convention; an empty cell is a missing value.
 */
export function readHourly(path: string, stations: readonly string[]): HourlyRecord[] {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n')
  const header = (lines[0] ?? '').split(',')
  const columns = stations.map((s) => [s, header.indexOf(s)] as const).filter(([, i]) => i >= 0)
  const byHour = new Map<string, Map<string, Partial<Record<Key, number | null>>>>()
  for (const line of lines.slice(1)) {
    if (line === '') continue
    const cells = line.split(',')
    const key = TYPES[cells[2] as keyof typeof TYPES]
    if (!key) continue
    const date = cells[0] ?? ''
    const time = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${(cells[1] ?? '').padStart(2, '0')}:00:00`
    let hour = byHour.get(time)
    if (!hour) {
      hour = new Map()
      byHour.set(time, hour)
    }
    for (const [station, i] of columns) {
      const text = cells[i] ?? ''
      const values = hour.get(station) ?? {}
      values[key] = text === '' ? null : Number(text)
      hour.set(station, values)
    }
  }
  const records: HourlyRecord[] = []
  for (const [time, hour] of byHour) {
    for (const [station, values] of hour) records.push({ station, time, ...values })
  }
  return records
}
