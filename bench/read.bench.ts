import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse as csvParse } from 'csv-parse/sync'
import Papa from 'papaparse'
import { inferSchema, initParser } from 'udsv'
import { bench, describe } from 'vitest'
import { readHourlyCsv } from '../src/standards/air/index.js'

// Every parser reads the same file in one run. The peers only split cells (csv-parse: strings;
// papaparse fast mode: strings; udsv: typed columns, without checks); readHourlyCsv returns the
// checked columns of the readers (numbers, missing values, stamps as instants, station codes).

function generator(seed: number) {
  let s = seed >>> 0
  return (max: number) => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s % max
  }
}

// 300 stations x 2,920 hours = 876,000 hourly rows, the size of the file the issue measured.
const STATIONS = 300
const HOURS = 2920
const next = generator(876)
const pad = (n: number) => String(n).padStart(2, '0')
const lines = ['station,time,so2,no2,co,o3,pm10,pm25']
for (let h = 0; h < HOURS; h++) {
  const day = new Date(Date.UTC(2022, 0, 1, h + 1))
  const stamp = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(day.getUTCHours())}:00:00`
  for (let s = 0; s < STATIONS; s++) {
    const missing = next(50) === 0
    lines.push(
      `${1000 + s}A,${stamp},${next(60)},${next(90)},${(next(30) / 10).toFixed(1)},${next(200)},${missing ? '' : next(300)},${next(200)}`,
    )
  }
}
const text = `${lines.join('\n')}\n`
const bytes = new TextEncoder().encode(text)
const ROWS = STATIONS * HOURS
const options = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 }

const check = (n: number) => {
  if (n !== ROWS) throw new Error(`read ${n} rows, not ${ROWS}`)
}

describe(`an hourly CSV of ${ROWS.toLocaleString('en-US')} rows (${(bytes.length / 2 ** 20).toFixed(0)} MiB)`, () => {
  bench(
    'readHourlyCsv (checked columns)',
    async () => check((await readHourlyCsv(bytes)).length),
    options,
  )
  bench(
    'udsv typedCols',
    () => {
      const parser = initParser(inferSchema(text))
      check((parser.typedCols(text)[0] as unknown[]).length)
    },
    options,
  )
  bench(
    'papaparse fast mode',
    () => check(Papa.parse(text, { fastMode: true }).data.length - 2),
    options,
  )
  bench('csv-parse', () => check(csvParse(Buffer.from(bytes)).length - 1), options)
})

// A whole national day file: 1,605 stations, 24 hours x 15 types, gzip as published.
const DAY = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'fixtures',
  'quotsoft-2019',
  'china_sites_20190113.csv.gz',
)
const day = existsSync(DAY) ? readFileSync(DAY) : null
describe.skipIf(day === null)(
  'the national day file china_sites_20190113.csv.gz (gzip, 1,605 stations)',
  () => {
    const packed = day ?? Buffer.alloc(0)
    bench(
      'readHourlyCsv (gunzip, read, check: 34,883 station-hours)',
      async () => {
        if ((await readHourlyCsv(packed)).length !== 34_883) throw new Error('wrong count')
      },
      options,
    )
    bench(
      'gunzip + papaparse fast mode',
      () => {
        Papa.parse(gunzipSync(packed).toString('utf8'), { fastMode: true })
      },
      options,
    )
    bench(
      'gunzip + csv-parse',
      () => {
        csvParse(gunzipSync(packed))
      },
      options,
    )
  },
)
