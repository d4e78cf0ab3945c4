// Side-by-side benchmarks: every figure is a ratio to a peer measured in the same run, on the
// same machine and the same data. One process tree; the memory figures come from child
// processes of this script. Not part of CI.
//
//   npm run bench:compare                       (1,800 stations x 8,760 h, 300,000 days)
//   npm run bench:compare -- --stations 200     (a smaller national year)
//   npm run bench:compare -- --days 100000 --rounds 3
//   npm run bench:compare -- --object-stations 20  (the in-memory pipeline from objects)
//   npm run bench:compare -- --only year         (only the sections listed, comma-separated)
//
// Sections, in the order they run: memory (peak RSS of the streamed national year and of a
// quarter of it, child processes), aqi (daily AQI), start (cold start of the built command), csv
// (the built `air` command on a generated CSV), year (the national year from columns), objects
// (the in-memory pipeline from objects). The memory children run first because a child's maxRSS
// inherits its parent's resident set; the daily AQI runs next, before the child processes of
// the start and csv sections can disturb it. `--only` runs the listed sections alone, so that one
// figure can be measured again without the others.
//
// Peers: python-aqi (../shared/peers/python-aqi, skipped with a message without python3 or the
// folder), a bare floating-point loop (inexact: the speed floor), DuckDB (@duckdb/node-api) on
// one thread for the aggregation. Each timed figure is the median of `--rounds` runs after a
// warm-up of at least one CPU-second (at most ten runs).
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  aggregateAir,
  aggregateAirStream,
  aggregateCityDays,
  aggregateStationDays,
  type DailyAqiInput,
  dailyAqi,
  dailyAqiColumns,
  HJ633_2012_TABLE,
  type HourlyColumns,
  type HourlyRecord,
  type StationDay,
  summarizeAirPeriod,
} from '../src/standards/air/index.js'

const args = process.argv.slice(2)
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const STATIONS = arg('stations', 1800)
const HOURS = arg('hours', 8760)
const DAYS = arg('days', 300_000)
const ROUNDS = arg('rounds', 3)
// the in-memory pipeline from objects: a year of this many stations as record objects
const OBJECT_STATIONS = arg('object-stations', 20)
const SECTIONS = ['memory', 'aqi', 'start', 'csv', 'year', 'objects'] as const
type Section = (typeof SECTIONS)[number]
const onlyAt = args.indexOf('--only')
const only =
  onlyAt >= 0
    ? new Set(
        String(args[onlyAt + 1] ?? '')
          .split(',')
          .filter((x) => x !== ''),
      )
    : null
if (only !== null) {
  const unknown = [...only].filter((x) => !(SECTIONS as readonly string[]).includes(x))
  if (only.size === 0 || unknown.length > 0) {
    console.error(
      `--only takes a comma list of: ${SECTIONS.join(', ')} (got ${unknown.join(', ') || 'nothing'})`,
    )
    process.exit(2)
  }
}
/** Whether a section runs (all of them without `--only`). */
const runs = (section: Section) => only === null || only.has(section)
const HOUR_MS = 3_600_000
const T0 = Date.UTC(2021, 11, 31, 16) // 2022-01-01 00:00 China Standard Time

// ---------------------------------------------------------------------------------------------
// The national year, generated the same way here and in DuckDB's SQL: a value of station s,
// covered hour h and pollutant k is a Lehmer hash (every product below 2^53, so exact in both).
const MOD = 2147483647
const hash = (s: number, h: number, k: number) => ((s * 1009 + h * 9176 + k * 7 + 1) * 48271) % MOD
// 3 % of the station-hours have no record at all
const absent = (s: number, h: number) => (((s * 31 + h * 17 + 5) * 48271) % MOD) % 100 < 3
const RANGE = [60, 90, 30, 300, 400, 250] // so2, no2, co (tenths), o3, pm10, pm25

/** The records of one natural day (24 covered hours) of every station, in columns. */
function dayBatch(day: number, stations: readonly string[]): HourlyColumns {
  const n = stations.length * 24
  const station = new Int32Array(n)
  const time = new Float64Array(n)
  const cols = RANGE.map(() => new Float64Array(n))
  let i = 0
  for (let hh = 0; hh < 24; hh++) {
    const h = day * 24 + hh
    for (let s = 0; s < stations.length; s++) {
      if (absent(s, h)) continue
      station[i] = s
      time[i] = T0 + (h + 1) * HOUR_MS // hour-ending stamp
      for (let k = 0; k < 6; k++) {
        const v = hash(s, h, k) % (RANGE[k] as number)
        ;(cols[k] as Float64Array)[i] = k === 2 ? v / 10 : v
      }
      i++
    }
  }
  const cut = (a: Float64Array) => a.subarray(0, i)
  return {
    length: i,
    stations,
    station: station.subarray(0, i),
    time: time.subarray(0, i),
    so2: cut(cols[0] as Float64Array),
    no2: cut(cols[1] as Float64Array),
    co: cut(cols[2] as Float64Array),
    o3: cut(cols[3] as Float64Array),
    pm10: cut(cols[4] as Float64Array),
    pm25: cut(cols[5] as Float64Array),
  }
}

function* nationalYear(stations: readonly string[], hours: number) {
  for (let d = 0; d < Math.floor(hours / 24); d++) yield dayBatch(d, stations)
}

const stationCodes = (n: number) => Array.from({ length: n }, (_, s) => `S${s}`)
const cityOf = (n: number) =>
  new Map(stationCodes(n).map((code, s) => [code, `C${s % Math.max(1, Math.round(n / 6))}`]))

// ---------------------------------------------------------------------------------------------
// Child mode: stream the national year and report the peak resident set.
if (args[0] === '--child-rss') {
  const stations = stationCodes(STATIONS)
  const t = performance.now()
  let cityDays = 0
  const r = await aggregateAirStream(
    (async function* () {
      yield* nationalYear(stations, HOURS)
    })(),
    { cityOf: cityOf(STATIONS), keepCityDays: false, onCityDay: () => cityDays++ },
  )
  const seconds = (performance.now() - t) / 1000
  // maxRSS is in kilobytes
  const rss = process.resourceUsage().maxRSS * 1024
  // the kernel's high-water mark of this process alone (Linux), for comparison
  let hwm: number | null = null
  try {
    const status = readFileSync('/proc/self/status', 'utf8')
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    if (kb) hwm = Number(kb) * 1024
  } catch {}
  console.log(JSON.stringify({ rss, hwm, records: r.records, seconds, cityDays }))
  process.exit(0)
}

// ---------------------------------------------------------------------------------------------
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number
function time(run: () => unknown): number {
  run() // warm-up
  const out: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now()
    run()
    out.push(performance.now() - t)
  }
  return median(out)
}
/** CPU time of this process so far (user + system, every thread), in milliseconds. */
const cpuNow = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
// Warm-up: runs until one CPU-second is spent (at least one run, at most ten), so that a short
// run (the in-memory pipeline takes ~0.1 s) is timed after the JIT has compiled it, as a long
// one is after its first run
const WARM_UP_MS = 1000
const WARM_UP_RUNS = 10
/** The CPU time of the first run of `run` (a cold call, JIT not yet warm), in milliseconds. */
let lastFirstRun = 0
/** The median CPU time of `run` (after a warm-up): on a shared machine, steadier than wall time. */
function cpuTime(run: () => unknown): number {
  const start = cpuNow()
  run()
  lastFirstRun = cpuNow() - start
  for (let w = 1; w < WARM_UP_RUNS && cpuNow() - start < WARM_UP_MS; w++) run()
  const out: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t = cpuNow()
    run()
    out.push(cpuNow() - t)
  }
  return median(out)
}
/** {@link cpuTime} of an async `run`. */
async function cpuAsync(run: () => Promise<unknown>): Promise<number> {
  const start = cpuNow()
  await run()
  lastFirstRun = cpuNow() - start
  for (let w = 1; w < WARM_UP_RUNS && cpuNow() - start < WARM_UP_MS; w++) await run()
  const out: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t = cpuNow()
    await run()
    out.push(cpuNow() - t)
  }
  return median(out)
}

interface Row {
  readonly work: string
  readonly ours: string
  readonly rate: number | null
  readonly peer: string
  readonly peerRate: number | null
  readonly note?: string
}
const aqiRows: Row[] = []
const yearRows: Row[] = []
const objectRows: Row[] = []
const rate = (n: number, ms: number) => n / (ms / 1000)
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`
const fmt = (n: number) =>
  n >= 1e6
    ? `${(n / 1e6).toFixed(2)}M/s`
    : n >= 1e3
      ? `${(n / 1e3).toFixed(0)}k/s`
      : `${n.toFixed(0)}/s`

// ---------------------------------------------------------------------------------------------
// 0. Peak memory of the streamed national year, and of a quarter of it, in child processes. They
// run first: on Linux a child's maxRSS starts at its parent's resident set at the fork, so the
// parent must still be small.
function child(
  hours: number,
): { rss: number; hwm: number | null; records: number; seconds: number } | null {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      import.meta.filename,
      '--child-rss',
      '--stations',
      String(STATIONS),
      '--hours',
      String(hours),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  if (r.status !== 0) {
    console.error(r.stderr)
    return null
  }
  return JSON.parse(r.stdout.trim().split('\n').pop() as string)
}
const memoryRows: Row[] = []
const full = runs('memory') ? child(Math.floor(HOURS / 24) * 24) : null
const quarter = runs('memory') ? child(Math.floor(HOURS / 24 / 4) * 24) : null
if (full && quarter) {
  memoryRows.push({
    work: `peak RSS, national year streamed (${(full.records / 1e6).toFixed(1)}M station-hours)`,
    ours: mib(full.rss),
    rate: full.rss,
    peer: `a quarter of the input ${mib(quarter.rss)}`,
    peerRate: quarter.rss,
    note: `VmHWM ${full.hwm === null ? '-' : mib(full.hwm)} and ${quarter.hwm === null ? '-' : mib(quarter.hwm)}; streamed in ${full.seconds.toFixed(1)} s`,
  })
}

// ---------------------------------------------------------------------------------------------
// 1. Daily AQI, right after the memory children: the start and csv sections' child processes
// leave the machine busier for a while, which lowered these figures when they ran first
if (runs('aqi')) {
  let seed = 2022
  const next = (max: number) => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed % max
  }
  const days: DailyAqiInput[] = Array.from({ length: DAYS }, () => ({
    so2: next(200),
    no2: next(150),
    co: next(40) / 10,
    pm10: next(400),
    pm25: next(300),
    o3_1h: next(400),
    o3_8h: next(300),
  }))
  const KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const
  const COLS = ['so2_24h', 'no2_24h', 'co_24h', 'pm10_24h', 'pm25_24h', 'o3_1h', 'o3_8h'] as const
  const columns = Object.fromEntries(
    KEYS.map((k) => [k, Float64Array.from(days, (d) => d[k] as number)]),
  ) as Record<(typeof KEYS)[number], Float64Array>

  // the floor: the same formula in doubles, rounded up, no validation, no flags
  const bps = COLS.map((c) => HJ633_2012_TABLE.columns[c])
  const IAQI = HJ633_2012_TABLE.iaqi
  function floatLoop(): Float64Array {
    const out = new Float64Array(DAYS)
    const cs = KEYS.map((k) => columns[k])
    for (let i = 0; i < DAYS; i++) {
      let aqi = 0
      for (let k = 0; k < 7; k++) {
        const c = (cs[k] as Float64Array)[i] as number
        const bp = bps[k] as readonly number[]
        let j = 0
        while (j < bp.length - 2 && c > (bp[j + 1] as number)) j++
        const lo = bp[j] as number
        const hi = bp[j + 1] as number
        const v = Math.ceil(
          ((IAQI[j + 1] as number) - (IAQI[j] as number)) * ((c - lo) / (hi - lo)) +
            (IAQI[j] as number),
        )
        if (v > aqi) aqi = v
      }
      out[i] = aqi
    }
    return out
  }

  const tFloat = time(floatLoop)
  const tObject = time(() => {
    for (const d of days) dailyAqi(d)
  })
  const tBatch = time(() => dailyAqiColumns(columns))
  // the batch result is the object API's, row by row (spot check)
  {
    const batch = dailyAqiColumns(columns)
    for (let i = 0; i < DAYS; i += 997) {
      if (batch.aqi[i] !== dailyAqi(days[i] as DailyAqiInput).aqi)
        throw new Error(`row ${i} differs`)
    }
  }

  // python-aqi, timed inside python around its own loop
  const PY = resolve(import.meta.dirname, '..', '..', 'shared', 'peers', 'python-aqi')
  let pyRate: number | null = null
  let pyNote = ''
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' })
  if (python.status !== 0) pyNote = 'skipped: python3 not found'
  else if (!existsSync(join(PY, 'aqi'))) pyNote = `skipped: ${PY} not found`
  else {
    const dir = mkdtempSync(join(tmpdir(), 'eco-bench-'))
    const n = Math.min(DAYS, 100_000)
    writeFileSync(join(dir, 'days.json'), JSON.stringify(days.slice(0, n)))
    const script = `
import json, sys, time
import aqi
days = json.load(open(sys.argv[1]))
import aqi.constants as C
P = [('so2', C.POLLUTANT_SO2_24H), ('no2', C.POLLUTANT_NO2_24H), ('co', C.POLLUTANT_CO_24H),
     ('pm10', C.POLLUTANT_PM10), ('pm25', C.POLLUTANT_PM25), ('o3_1h', C.POLLUTANT_O3_1H),
     ('o3_8h', C.POLLUTANT_O3_8H)]
rows = [[(p, str(d[k])) for k, p in P] for d in days]
best = None
for r in range(${ROUNDS}):
    t = time.perf_counter()
    for row in rows:
        aqi.to_aqi(row, algo=aqi.ALGO_MEP)
    e = time.perf_counter() - t
    best = e if best is None else min(best, e)
print(len(rows) / best)
`
    writeFileSync(join(dir, 'run.py'), script)
    const r = spawnSync('python3', [join(dir, 'run.py'), join(dir, 'days.json')], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: PY },
    })
    rmSync(dir, { recursive: true, force: true })
    if (r.status === 0) pyRate = Number(r.stdout.trim())
    else pyNote = `skipped: python-aqi failed (${r.stderr.trim().split('\n').pop()})`
  }

  const floatRate = rate(DAYS, tFloat)
  for (const [work, ms] of [
    ['daily AQI, object API (dailyAqi)', tObject],
    ['daily AQI, batch API (dailyAqiColumns)', tBatch],
  ] as const) {
    aqiRows.push({
      work,
      ours: fmt(rate(DAYS, ms)),
      rate: rate(DAYS, ms),
      peer: pyRate === null ? `python-aqi: ${pyNote}` : `python-aqi ${fmt(pyRate)}`,
      peerRate: pyRate,
    })
    aqiRows.push({
      work,
      ours: fmt(rate(DAYS, ms)),
      rate: rate(DAYS, ms),
      peer: `bare float loop ${fmt(floatRate)} (inexact)`,
      peerRate: floatRate,
    })
  }
}

// ---------------------------------------------------------------------------------------------
// The built command in child processes: each reports its own CPU time (user + system) and peak
// resident set as it exits, by a preloaded hook (the same for every process measured). Needs
// `npm run build`; the rows say so without it.
const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js')
const benchDir = mkdtempSync(join(tmpdir(), 'eco-bench-'))
process.on('exit', () => rmSync(benchDir, { recursive: true, force: true }))
const usageHook = join(benchDir, 'usage.cjs')
writeFileSync(
  usageHook,
  "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(2, '\\nusage ' + (u.user + u.system) + ' ' + process.resourceUsage().maxRSS + '\\n') })\n",
)
/** CPU ms, peak RSS bytes and wall ms of one Node.js process; its standard output is dropped. */
function measureNode(argv: readonly string[]): { cpu: number; rss: number; wall: number } {
  const t = performance.now()
  const r = spawnSync(process.execPath, ['--require', usageHook, ...argv], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 24,
  })
  const wall = performance.now() - t
  const m = /\nusage (\d+) (\d+)\n/.exec(r.stderr)
  if (r.status !== 0 || !m) throw new Error(`${argv.join(' ')}: ${r.stderr.slice(-2000)}`)
  return { cpu: Number(m[1]) / 1000, rss: Number(m[2]) * 1024, wall }
}
const notBuilt = (work: string): Row => ({
  work,
  ours: '-',
  rate: null,
  peer: 'skipped: run npm run build first',
  peerRate: null,
})

// 0b. Cold start: the CPU time of `eco-targets aqi --pm25 80` beside `node -e 0`, the floor of
// any Node.js program, in turns, 10 runs each (medians).
const startRows: Row[] = []
if (runs('start')) {
  const work = 'cold start, CPU of aqi --pm25 80 (dist/cli.js)'
  if (!existsSync(CLI)) startRows.push(notBuilt(work))
  else {
    const ours: number[] = []
    const bare: number[] = []
    for (let r = 0; r < 10; r++) {
      ours.push(measureNode([CLI, 'aqi', '--pm25', '80']).cpu)
      bare.push(measureNode(['-e', '0']).cpu)
    }
    const mid = (a: number[]) => {
      const s = [...a].sort((x, y) => x - y)
      return ((s[4] as number) + (s[5] as number)) / 2
    }
    // the ratio shown is eco-targets / peer; for a time, more is worse (target: at most 2x)
    startRows.push({
      work,
      ours: `${mid(ours).toFixed(0)} ms`,
      rate: mid(ours),
      peer: `node -e 0 ${mid(bare).toFixed(0)} ms`,
      peerRate: mid(bare),
      note: `CPU ms per run, ours ${ours.map((t) => t.toFixed(0)).join(' ')}; node -e 0 ${bare.map((t) => t.toFixed(0)).join(' ')}`,
    })
  }
}

// 0c. `eco-targets air FILE.csv` on a generated hourly CSV (bench/hourly-csv.ts: CSV_STATIONS
// stations x CSV_HOURS hours, 30 cities, about 3 % empty cells), against DuckDB reading the same
// file with read_csv and computing station days, city days and city means on one thread (the
// means-only SQL of section 2). Both by CPU time; the command's peak RSS on the file and on a
// quarter of it (text output; --json too), to show whether memory grows with the input.
const CSV_STATIONS = arg('csv-stations', 300)
const CSV_HOURS = arg('csv-hours', 8760)
const csvRows: Row[] = []
function hourlyCsvFile(stations: number, hours: number): string {
  const file = join(benchDir, `hourly-${stations}x${hours}.csv`)
  const out = openSync(file, 'w')
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'hourly-csv.ts'),
      String(stations),
      String(hours),
    ],
    { stdio: ['ignore', out, 'inherit'] },
  )
  closeSync(out)
  if (r.status !== 0) throw new Error('bench/hourly-csv.ts failed')
  return file
}
let csvFile: string | null = null
let csvCpu: number | null = null
if (runs('csv')) {
  const records = CSV_STATIONS * CSV_HOURS
  const work = `air FILE.csv, ${(records / 1e6).toFixed(2)}M hourly rows (${CSV_STATIONS} stations x ${CSV_HOURS} h), CPU`
  if (!existsSync(CLI)) csvRows.push(notBuilt(work))
  else {
    csvFile = hourlyCsvFile(CSV_STATIONS, CSV_HOURS)
    const quarterFile = hourlyCsvFile(CSV_STATIONS, Math.floor(CSV_HOURS / 4))
    const text = measureNode([CLI, 'air', csvFile, '--lang', 'en'])
    const textQuarter = measureNode([CLI, 'air', quarterFile, '--lang', 'en'])
    const json = measureNode([CLI, 'air', csvFile, '--lang', 'en', '--json'])
    const jsonQuarter = measureNode([CLI, 'air', quarterFile, '--lang', 'en', '--json'])
    csvCpu = text.cpu
    csvRows.push({
      work,
      ours: fmt(records / (text.cpu / 1000)),
      rate: records / (text.cpu / 1000),
      peer: 'DuckDB read_csv + means-only SQL',
      peerRate: null,
      note: `${(statSync(csvFile).size / 2 ** 20).toFixed(0)} MiB; CPU ${(text.cpu / 1000).toFixed(1)} s, wall ${(text.wall / 1000).toFixed(1)} s; --json CPU ${(json.cpu / 1000).toFixed(1)} s`,
    })
    csvRows.push({
      work: '  peak RSS of air FILE.csv (text)',
      ours: mib(text.rss),
      rate: text.rss,
      peer: `a quarter of the file ${mib(textQuarter.rss)}`,
      peerRate: textQuarter.rss,
    })
    csvRows.push({
      work: '  peak RSS of air FILE.csv --json',
      ours: mib(json.rss),
      rate: json.rss,
      peer: `a quarter of the file ${mib(jsonQuarter.rss)}`,
      peerRate: jsonQuarter.rss,
    })
    rmSync(quarterFile, { force: true })
  }
}

/** DuckDB's `read_csv` and the same means-only SQL over the file `air` read, one thread. */
async function duckDbCsvRow(): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const db = await DuckDBInstance.create(':memory:', { threads: '1' })
  const c = await db.connect()
  if (csvFile !== null && csvCpu !== null) {
    // the same figures from the CSV file: the day of an hour-ending stamp is that of the hour's
    // start; a row's city is its area column
    const csvSql = `
      WITH h AS (
        SELECT stationcode AS station, area AS city,
               CAST(timepoint - INTERVAL 1 HOUR AS DATE) AS day,
               so2, no2, co, o3, pm10, pm2_5 AS pm25
        FROM read_csv('${csvFile}', header = true, timestampformat = '%Y-%m-%dT%H:%M:%S',
          columns = {'timepoint': 'TIMESTAMP', 'stationcode': 'VARCHAR', 'area': 'VARCHAR',
            'so2': 'DOUBLE', 'no2': 'DOUBLE', 'co': 'DOUBLE', 'o3': 'DOUBLE', 'pm10': 'DOUBLE',
            'pm2_5': 'DOUBLE'})),
      sd AS (
        SELECT station, any_value(city) AS city, day,
          CASE WHEN count(so2) >= 20 THEN avg(so2) END AS so2,
          CASE WHEN count(no2) >= 20 THEN avg(no2) END AS no2,
          CASE WHEN count(co) >= 20 THEN avg(co) END AS co,
          CASE WHEN count(pm10) >= 20 THEN avg(pm10) END AS pm10,
          CASE WHEN count(pm25) >= 20 THEN avg(pm25) END AS pm25,
          CASE WHEN count(o3) >= 20 THEN max(o3) END AS o3_1h
        FROM h GROUP BY station, day),
      cd AS (
        SELECT city, day, avg(so2) AS so2, avg(no2) AS no2, avg(co) AS co, avg(pm10) AS pm10,
               avg(pm25) AS pm25, avg(o3_1h) AS o3_1h
        FROM sd GROUP BY city, day)
      SELECT city, avg(so2), avg(no2), avg(co), avg(pm10), avg(pm25), avg(o3_1h), count(*)
      FROM cd GROUP BY city`
    await c.runAndReadAll(csvSql) // warm-up (the file in the page cache for both)
    const cpu: number[] = []
    for (let r = 0; r < ROUNDS; r++) {
      const u = process.cpuUsage()
      await c.runAndReadAll(csvSql)
      const d = process.cpuUsage(u)
      cpu.push((d.user + d.system) / 1000)
    }
    const csvRecords = CSV_STATIONS * CSV_HOURS
    const duckCsv = rate(csvRecords, median(cpu))
    const ourCsv = rate(csvRecords, csvCpu)
    const row = csvRows[0] as Row
    csvRows[0] = {
      ...row,
      peer: `DuckDB read_csv + means-only SQL ${fmt(duckCsv)}`,
      peerRate: duckCsv,
      note: `${row.note}; ours includes the start of Node.js and the text output (target: at least 0.5x); ${fmt(ourCsv)}`,
    }
  }
  c.closeSync()
}
if (csvFile !== null) {
  try {
    await duckDbCsvRow()
  } catch (e) {
    const row = csvRows[0]
    if (row) csvRows[0] = { ...row, peer: `DuckDB: skipped: ${(e as Error).message}` }
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The national year: hourly columns -> station days -> city days -> annual city summaries
const dayCount = Math.floor(HOURS / 24)
/** DuckDB's means-only SQL over the generated year of `stationCount` stations (records/s). */
async function duckDbRate(stationCount: number): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const db = await DuckDBInstance.create(':memory:', { threads: '1' })
  const c = await db.connect()
  const cities = Math.max(1, Math.round(stationCount / 6))
  const v = (k: number) => `((s * 1009 + h * 9176 + ${k * 7 + 1}) * 48271) % ${MOD} % ${RANGE[k]}`
  await c.run(`
    CREATE TABLE hourly AS
    SELECT s AS station, h // 24 AS day, ${v(0)} AS so2, ${v(1)} AS no2, ${v(2)} / 10.0 AS co,
           ${v(3)} AS o3, ${v(4)} AS pm10, ${v(5)} AS pm25
    FROM range(${stationCount}) r1(s), range(${dayCount * 24}) r2(h)
    WHERE ((s * 31 + h * 17 + 5) * 48271) % ${MOD} % 100 >= 3`)
  const n = Number((await c.runAndReadAll('SELECT count(*) FROM hourly')).getRows()[0]?.[0])
  const sql = `
    WITH sd AS (
      SELECT station, day,
        CASE WHEN count(so2) >= 20 THEN avg(so2) END AS so2,
        CASE WHEN count(no2) >= 20 THEN avg(no2) END AS no2,
        CASE WHEN count(co) >= 20 THEN avg(co) END AS co,
        CASE WHEN count(pm10) >= 20 THEN avg(pm10) END AS pm10,
        CASE WHEN count(pm25) >= 20 THEN avg(pm25) END AS pm25,
        CASE WHEN count(o3) >= 20 THEN max(o3) END AS o3_1h
      FROM hourly GROUP BY station, day),
    cd AS (
      SELECT station % ${cities} AS city, day, avg(so2) AS so2, avg(no2) AS no2, avg(co) AS co,
             avg(pm10) AS pm10, avg(pm25) AS pm25, avg(o3_1h) AS o3_1h
      FROM sd GROUP BY city, day)
    SELECT city, avg(so2), avg(no2), avg(co), avg(pm10), avg(pm25), avg(o3_1h), count(*)
    FROM cd GROUP BY city`
  const t = await cpuAsync(() => c.runAndReadAll(sql))
  c.closeSync()
  return rate(n, t)
}

if (runs('year')) {
  const stations = stationCodes(STATIONS)
  const map = cityOf(STATIONS)
  let records = 0
  const generate = () => {
    records = 0
    for (const b of nationalYear(stations, HOURS)) records += b.length
  }
  /**
   * The CPU times of `fns` without the generation of their columns: each round times the
   * generation alone and then every run, back to back and in turn, so that a change of load
   * moves them all alike (the medians of the differences).
   */
  function timeNet(fns: readonly (() => unknown)[]): number[] {
    for (const run of fns) run()
    const out: number[][] = fns.map(() => [])
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = cpuNow()
      generate()
      const gen = cpuNow() - t0
      fns.forEach((run, i) => {
        const t = cpuNow()
        run()
        out[i]?.push(cpuNow() - t - gen)
      })
    }
    return out.map(median)
  }
  const tGen = time(generate)
  const [tEngine, tDays, tStations] = timeNet([
    () => aggregateAir(nationalYear(stations, HOURS), { cityOf: map, keepCityDays: false }),
    // the same without the period summaries, to show where the time goes
    () =>
      aggregateAir(nationalYear(stations, HOURS), {
        cityOf: map,
        keepCityDays: false,
        summary: false,
      }),
    // station days alone: no station belongs to a city
    () => aggregateAir(nationalYear(stations, HOURS), { cityOf: () => null, summary: false }),
  ]) as [number, number, number]
  const ours = rate(records, Math.max(1, tEngine))
  const oursDays = rate(records, Math.max(1, tDays))
  const oursStations = rate(records, Math.max(1, tStations))

  let duckRate: number | null = null
  let duckNote = ''
  try {
    duckRate = await duckDbRate(STATIONS)
  } catch (e) {
    duckNote = `skipped: ${(e as Error).message}`
  }

  yearRows.push({
    work: `national year from columns, ${STATIONS} stations x ${dayCount * 24} h (3 % gaps), 1 thread`,
    ours: fmt(ours),
    rate: ours,
    peer: duckRate === null ? `DuckDB: ${duckNote}` : `DuckDB means-only SQL ${fmt(duckRate)}`,
    peerRate: duckRate,
    note: `${(records / 1e6).toFixed(1)}M station-hours; CPU time on both sides; generating the columns (${(tGen / 1000).toFixed(1)} s) excluded`,
  })
  yearRows.push({
    work: '  the same, station days and city days only (no period summaries)',
    ours: fmt(oursDays),
    rate: oursDays,
    peer: duckRate === null ? `DuckDB: ${duckNote}` : `DuckDB means-only SQL ${fmt(duckRate)}`,
    peerRate: duckRate,
  })
  yearRows.push({
    work: '  the same, station days only (no city days, no summaries)',
    ours: fmt(oursStations),
    rate: oursStations,
    peer: duckRate === null ? `DuckDB: ${duckNote}` : `DuckDB means-only SQL ${fmt(duckRate)}`,
    peerRate: duckRate,
  })
}

// ---------------------------------------------------------------------------------------------
// 3. The in-memory pipeline from objects, the shape a user holds in memory (a year of a few
// stations): aggregateStationDays -> aggregateCityDays (per city) -> summarizeAirPeriod
if (runs('objects')) {
  const objectStations = stationCodes(OBJECT_STATIONS)
  const objectCities = cityOf(OBJECT_STATIONS)
  const hourRecords: HourlyRecord[] = []
  for (const b of nationalYear(objectStations, HOURS)) {
    for (let i = 0; i < b.length; i++) {
      hourRecords.push({
        station: objectStations[b.station[i] as number] as string,
        time: new Date(b.time[i] as number),
        so2: b.so2[i] as number,
        no2: b.no2[i] as number,
        co: b.co[i] as number,
        o3: b.o3[i] as number,
        pm10: b.pm10[i] as number,
        pm25: b.pm25[i] as number,
      })
    }
  }
  function objectPipeline() {
    const stationDays = aggregateStationDays(hourRecords)
    const byCity = new Map<string, StationDay[]>()
    for (const d of stationDays) {
      const city = objectCities.get(d.station) as string
      let list = byCity.get(city)
      if (!list) {
        list = []
        byCity.set(city, list)
      }
      list.push(d)
    }
    return [...byCity.values()].map((days) => summarizeAirPeriod(aggregateCityDays(days)))
  }
  const tObjects = cpuTime(objectPipeline)
  const oursObjects = rate(hourRecords.length, tObjects)
  const firstObjects = rate(hourRecords.length, lastFirstRun)
  let duckObjects: number | null = null
  let duckObjectsNote = ''
  try {
    duckObjects = await duckDbRate(OBJECT_STATIONS)
  } catch (e) {
    duckObjectsNote = `skipped: ${(e as Error).message}`
  }
  objectRows.push({
    work: `in-memory pipeline from objects, ${OBJECT_STATIONS} stations x ${dayCount * 24} h (aggregateStationDays -> aggregateCityDays -> summarizeAirPeriod)`,
    ours: fmt(oursObjects),
    rate: oursObjects,
    peer:
      duckObjects === null
        ? `DuckDB: ${duckObjectsNote}`
        : `DuckDB means-only SQL ${fmt(duckObjects)} (same shape)`,
    peerRate: duckObjects,
    note: `${(hourRecords.length / 1e6).toFixed(2)}M station-hours as objects; the first (cold) call ${fmt(firstObjects)}`,
  })
}

// ---------------------------------------------------------------------------------------------
const rows = [...aqiRows, ...yearRows, ...objectRows, ...memoryRows, ...startRows, ...csvRows]
console.log(
  `\neco-targets bench:compare — Node ${process.version}, ${ROUNDS} rounds (medians)${runs('aqi') ? `, ${DAYS.toLocaleString('en-US')} days for the AQI` : ''}${only === null ? '' : `; only ${[...only].join(', ')}`}\n`,
)
const header = ['work', 'eco-targets', 'peer (same run)', 'ratio']
const table = rows.map((r) => [
  r.work,
  r.ours,
  r.peer,
  r.rate !== null && r.peerRate !== null ? `${(r.rate / r.peerRate).toFixed(2)}x` : '-',
])
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.map((t) => (t[i] as string).length)),
)
const line = (cells: readonly string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
console.log(line(header))
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
for (const t of table) console.log(line(t))
for (const r of rows) if (r.note) console.log(`\n${r.work}: ${r.note}`)
console.log(
  '\nratio: eco-targets / peer (for memory: the full year / a quarter of it; for the cold start: CPU time, lower is better)',
)
