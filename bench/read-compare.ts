// Interleaved comparison of the readers with csv-parse, papaparse and udsv on the same inputs,
// for a machine whose load drifts: each round runs every parser once, in turn, and the medians
// over the rounds are compared. Run: npx tsx bench/read-compare.ts [rounds]
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse as csvParse } from 'csv-parse/sync'
import Papa from 'papaparse'
import { inferSchema, initParser } from 'udsv'
import { readHourlyCsv } from '../src/standards/air/index.js'

const ROUNDS = Number(process.argv[2] ?? 7)

function generator(seed: number) {
  let s = seed >>> 0
  return (max: number) => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s % max
  }
}

/** 300 stations x 2,920 hours = 876,000 rows, the size of the file issue 12 measured. */
function hourlyCsv(): Uint8Array {
  const next = generator(876)
  const pad = (n: number) => String(n).padStart(2, '0')
  const lines = ['station,time,so2,no2,co,o3,pm10,pm25']
  for (let h = 0; h < 2920; h++) {
    const d = new Date(Date.UTC(2022, 0, 1, h + 1))
    const stamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:00:00`
    for (let s = 0; s < 300; s++) {
      const pm10 = next(50) === 0 ? '' : String(next(300))
      lines.push(
        `${1000 + s}A,${stamp},${next(60)},${next(90)},${(next(30) / 10).toFixed(1)},${next(200)},${pm10},${next(200)}`,
      )
    }
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`)
}

type Run = () => unknown
async function compare(title: string, rows: number, runs: Record<string, Run>) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]))
  for (const run of Object.values(runs)) await run() // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, run] of Object.entries(runs)) {
      const t = performance.now()
      await run()
      times[name]?.push(performance.now() - t)
    }
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number
  const ours = median(times[Object.keys(runs)[0] as string] as number[])
  console.log(`\n${title} (${ROUNDS} interleaved rounds, medians)`)
  for (const [name, t] of Object.entries(times)) {
    const m = median(t)
    const rate = Math.round(rows / (m / 1000)).toLocaleString('en-US')
    console.log(
      `  ${name.padEnd(44)} ${m.toFixed(0).padStart(6)} ms  ${rate.padStart(10)} rows/s  ${(m / ours).toFixed(2)}x`,
    )
  }
}

const bytes = hourlyCsv()
const text = new TextDecoder().decode(bytes)
const buffer = Buffer.from(bytes)
await compare(`hourly CSV, 876,000 rows, ${(bytes.length / 2 ** 20).toFixed(0)} MiB`, 876_000, {
  'readHourlyCsv (checked typed columns)': async () => (await readHourlyCsv(bytes)).length,
  'udsv typedCols (typed, no checks)': () => initParser(inferSchema(text)).typedCols(text),
  'papaparse fast mode (strings)': () => Papa.parse(text, { fastMode: true }).data.length,
  'csv-parse (strings)': () => csvParse(buffer).length,
})

const FIXTURES = join(import.meta.dirname, '..', '..', 'shared', 'fixtures')
const DAY = join(FIXTURES, 'quotsoft-2019', 'china_sites_20190113.csv.gz')
if (!existsSync(FIXTURES)) console.log(`\nthe real files: skipped, ${FIXTURES} not found`)

/** A real gzip file: decompressed and read by every parser, as the command line reads it. */
async function compareGzip(title: string, file: string) {
  if (!existsSync(file)) return
  const packed = readFileSync(file)
  const rows = gunzipSync(packed).toString('utf8').split('\n').filter(Boolean).length - 1
  await compare(`${title}, ${rows.toLocaleString('en-US')} rows`, rows, {
    'readHourlyCsv (gunzip, read, check)': async () => (await readHourlyCsv(packed)).length,
    'gunzip + udsv typedCols': () => {
      const t = gunzipSync(packed).toString('utf8')
      return initParser(inferSchema(t)).typedCols(t)
    },
    'gunzip + papaparse fast mode': () =>
      Papa.parse(gunzipSync(packed).toString('utf8'), { fastMode: true }),
    'gunzip + csv-parse': () => csvParse(gunzipSync(packed)),
  })
}
// the 2026 national feed for Beijing and Inner Mongolia (CNEMC 2026 layout, long)
await compareGzip(
  'CNEMC 2026 feed cnemc_2026_beijing_inner_mongolia.csv.gz',
  join(FIXTURES, 'cnemc-2026', 'cnemc_2026_beijing_inner_mongolia.csv.gz'),
)
// a year of the wide layout for Beijing and Inner Mongolia
await compareGzip(
  'wide year china_sites_2019_beijing_inner_mongolia.csv.gz',
  join(FIXTURES, 'quotsoft-2019', 'china_sites_2019_beijing_inner_mongolia.csv.gz'),
)
if (existsSync(DAY)) {
  const packed = readFileSync(DAY)
  await compare('national day file china_sites_20190113.csv.gz, 360 rows x 1,608 columns', 360, {
    'readHourlyCsv (gunzip, read, check)': async () => (await readHourlyCsv(packed)).length,
    'gunzip + udsv typedCols': () => {
      const t = gunzipSync(packed).toString('utf8')
      return initParser(inferSchema(t)).typedCols(t)
    },
    'gunzip + papaparse fast mode': () =>
      Papa.parse(gunzipSync(packed).toString('utf8'), { fastMode: true }),
    'gunzip + csv-parse': () => csvParse(gunzipSync(packed)),
  })
}
