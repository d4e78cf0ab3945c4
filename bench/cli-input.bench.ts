import { bench, describe } from 'vitest'
import { CNEMC_COLUMNS, mapCsvHeaders, readTextRecords } from '../src/index.js'

// 20,000 hourly station rows in the CNEMC layout, fed in 64 KiB chunks like a file stream.
const HEADER =
  'timepoint,day,stationcode,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h'
const ROWS = 20_000
const row = (i: number) =>
  `2022-01-02T${String(i % 24).padStart(2, '0')}:00:00,2022-01-01,${1000 + (i % 300)}A,乌兰察布市,集宁新区,,37,37,51,${i % 90},27,80,15,75,38,48,32,17,14,0.5,0.5`
const csv = `${HEADER}\n${Array.from({ length: ROWS }, (_, i) => row(i)).join('\n')}\n`
const records = Array.from({ length: ROWS }, (_, i) => ({
  kind: 'airDaily',
  date: '2022-01-01',
  so2: 14,
  no2: 32,
  co: 0.5,
  pm10: 51,
  pm25: i % 90,
  o3_1h: 80,
  o3_8h: 75,
}))
const jsonl = records.map((r) => JSON.stringify(r)).join('\n')
const json = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`
const chunks = (text: string) => {
  const bytes = new TextEncoder().encode(text)
  const out: Uint8Array[] = []
  for (let i = 0; i < bytes.length; i += 65_536) out.push(bytes.subarray(i, i + 65_536))
  return out
}
const csvChunks = chunks(csv)
const jsonlChunks = chunks(jsonl)
const jsonChunks = chunks(json)

// The command line reads its inputs through these: readTextRecords parses, mapCsvHeaders maps
// a CSV header to the layout's keys.
async function count(
  input: Uint8Array[],
  format: 'csv' | 'json' | 'jsonl',
  columns?: typeof CNEMC_COLUMNS,
): Promise<number> {
  let n = 0
  for await (const batch of readTextRecords(input, { format, file: `a.${format}` })) {
    if (columns && batch.source.header) mapCsvHeaders(batch.source.header, columns)
    n += batch.records.length
  }
  if (n !== ROWS) throw new Error(`read ${n} records`)
  return n
}

describe(`reading ${ROWS.toLocaleString('en-US')} records`, () => {
  bench('CSV, CNEMC layout (readTextRecords, mapCsvHeaders)', async () => {
    await count(csvChunks, 'csv', CNEMC_COLUMNS)
  })
  bench('JSON Lines (readTextRecords)', async () => {
    await count(jsonlChunks, 'jsonl')
  })
  bench('JSON array, streamed (readTextRecords)', async () => {
    await count(jsonChunks, 'json')
  })
})
