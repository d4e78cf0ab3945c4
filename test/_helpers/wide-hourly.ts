import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { HourlyRecord } from '../../src/standards/air/index.js'
import { readCsv } from './csv.js'

/**
 * The wide layout of the archived CNEMC real-time files (`date,hour,type,<station code>…`):
 * one row per hour and type, one column per station; an empty cell is a value the platform
 * did not have. A stand-in reader for tests until the library reads this layout itself.
 */
export interface WideHourly {
  /** Station codes, in column order. */
  readonly codes: readonly string[]
  /** Cells by `date|hour|type` (`20190101|0|PM2.5`), one value (or `null`) per station. */
  readonly rows: ReadonlyMap<string, readonly (number | null)[]>
}

/** Reads a wide file, gzipped (`.gz`) or plain. */
export function readWideHourly(path: string): WideHourly {
  const bytes = readFileSync(path)
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const header = (lines[0] ?? '').split(',')
  if (header[0] !== 'date' || header[1] !== 'hour' || header[2] !== 'type') {
    throw new Error(`${path}: not the wide layout (date,hour,type,<codes>…)`)
  }
  const codes = header.slice(3)
  const rows = new Map<string, (number | null)[]>()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const cells = line.split(',')
    const values = codes.map((_, j) => {
      const cell = cells[j + 3]
      return cell === undefined || cell === '' ? null : Number(cell)
    })
    rows.set(`${cells[0]}|${Number(cells[1])}|${cells[2]}`, values)
  }
  return { codes, rows }
}

const TYPES = { so2: 'SO2', no2: 'NO2', co: 'CO', o3: 'O3', pm10: 'PM10', pm25: 'PM2.5' } as const

/** `20190101` → `2019-01-01`. */
export const isoOf = (fileDate: string) =>
  `${fileDate.slice(0, 4)}-${fileDate.slice(4, 6)}-${fileDate.slice(6, 8)}`

/**
 * Hourly records of the given stations: one record per station and hour that has any of the
 * six 1-hour values, stamped `YYYY-MM-DDTHH:00:00` as the platform labels the hour (hour-ending,
 * China Standard Time).
 */
export function hourlyRecords(table: WideHourly, stations: ReadonlySet<string>): HourlyRecord[] {
  const columns = table.codes.flatMap((code, j) => (stations.has(code) ? [{ code, j }] : []))
  const hours = new Set<string>()
  for (const key of table.rows.keys()) hours.add(key.slice(0, key.lastIndexOf('|')))
  const out: HourlyRecord[] = []
  for (const hour of [...hours].sort()) {
    const [date = '', h = '0'] = hour.split('|')
    const time = `${isoOf(date)}T${h.padStart(2, '0')}:00:00`
    for (const { code, j } of columns) {
      const record: Record<string, number | string> = { station: code, time }
      let any = false
      for (const [key, type] of Object.entries(TYPES)) {
        const v = table.rows.get(`${hour}|${type}`)?.[j]
        if (v !== null && v !== undefined) {
          record[key] = v
          any = true
        }
      }
      if (any) out.push(record as HourlyRecord)
    }
  }
  return out
}

/** A station of `stations-2019.csv`. */
export interface StationInfo {
  readonly code: string
  readonly name: string
  readonly city: string
  /** A background station (对照点): city figures leave it out. */
  readonly background: boolean
}

/** Reads the station list that goes with the wide file. */
export function readStations(path: string): StationInfo[] {
  return readCsv(path).map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    city: r.city ?? '',
    background: r.background === 'Y',
  }))
}
