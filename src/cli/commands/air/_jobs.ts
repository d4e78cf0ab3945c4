import { resolve } from 'node:path'
import { createCityDayCollector, type StationDay } from '../../../standards/air/index.js'
import { inputError } from '../../input/located.js'
import type { CliIO } from '../../io.js'
import { noCityIssue } from './_daily-rules.js'
import type { HourlyBook } from './_hourly.js'
import { type AirJob, type JobDay, LEAN, type LeanDays } from './_job.js'
import type { AirCollected, CollectAirOptions, StationDayRecord } from './_types.js'

export { runAirWorker } from './_job.js'

interface JobMessage {
  readonly days?: readonly JobDay[]
  readonly lean?: LeanDays
  readonly through?: number
  readonly book?: HourlyBook
  readonly issues?: never[]
  readonly failure?: string
}

const recordOf = (day: StationDay, city: string): StationDayRecord => {
  const { station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps } = day
  const values = { so2, no2, co, pm10, pm25, o3_1h, o3_8h }
  return { station, city, date, ...values, hours: { validHours, gaps } }
}

/**
 * `air --jobs N` on hourly records from files: N worker threads each read every file and
 * compute the station days of a shard of the stations; this thread merges them into city days,
 * handing each station day on in the order one thread would (by the record that closed it,
 * the days still open at the end by station), so the output is the same for any N.
 *
 * @param paths - the files, as typed
 * @param io - the process's input and output (its working folder)
 * @param options - how to read, the edition, excluded stations, a station-day listener
 * @param jobs - the number of worker threads
 * @returns the cities and remarks
 * @throws {@link InputError} with the problems a worker found
 */
export async function collectWithJobs(
  paths: readonly string[],
  io: CliIO,
  options: CollectAirOptions,
  jobs: number,
): Promise<AirCollected> {
  const { Worker } = await import('node:worker_threads')
  const { mode: _, cityOf, standard, excludeStations, onStationDay, onBatch, ...read } = options
  const job = (shard: number): AirJob => ({
    shard,
    jobs,
    paths,
    cwd: resolve(io.cwd),
    read: { ...read, jobs: undefined, paths: undefined } as AirJob['read'],
    cityOf: [...cityOf],
    full: onStationDay !== undefined,
  })
  // the thread runs this module's own file (the built command's chunk that holds it)
  const code = `import(${JSON.stringify(import.meta.url)}).then((m) => m.runAirWorker())`
  const cities = new Map<string, string>()
  const collector = createCityDayCollector({
    cityOf: (s) => cities.get(s),
    standard,
    excludeStations: [...excludeStations],
  })
  const queues: JobDay[][] = Array.from({ length: jobs }, () => [])
  const through = new Array<number>(jobs).fill(-1)
  const ends: JobDay[] = []
  let book: HourlyBook | undefined
  const hand = ([, city, day]: JobDay) => {
    cities.set(day.station, city)
    collector.add(day)
    onStationDay?.(recordOf(day, city))
  }
  // without a listener the order does not matter: the city sums are the same in any order
  const addLean = (d: LeanDays) => {
    const day: Record<string, string | number | null> = {}
    d.station.forEach((station, i) => {
      cities.set(station, d.city[i] as string)
      day.station = station
      day.date = d.date[i] as string
      LEAN.forEach((k, j) => {
        const v = d.values[i * LEAN.length + j] as number
        day[k] = Number.isNaN(v) ? null : v
      })
      collector.add(day as never)
    })
  }
  const drain = () => {
    const bound = Math.min(...through)
    for (;;) {
      let best = -1
      for (let w = 0; w < jobs; w++) {
        const head = queues[w]?.[0]
        if (head && head[0] < bound && (best < 0 || head[0] < (queues[best]?.[0]?.[0] as number)))
          best = w
      }
      if (best < 0) return
      hand(queues[best]?.shift() as JobDay)
    }
  }
  const workers = Array.from(
    { length: jobs },
    (_, shard) => new Worker(code, { eval: true, workerData: job(shard) }),
  )
  const inbox: [number, JobMessage][] = []
  let wake: (() => void) | null = null
  workers.forEach((worker, w) => {
    const take = (m: JobMessage) => {
      inbox.push([w, m])
      wake?.()
    }
    worker.on('message', take)
    worker.on('error', (error) => take({ failure: String(error?.stack ?? error) }))
  })
  try {
    let open = jobs
    while (open > 0) {
      if (inbox.length === 0) await new Promise<void>((r) => (wake = r))
      wake = null
      const [w, m] = inbox.shift() as [number, JobMessage]
      if (m.issues) throw inputError(m.issues)
      if (m.failure) throw new Error(m.failure)
      if (m.book) book = m.book
      if (m.lean) addLean(m.lean)
      for (const d of m.days ?? []) (d[0] === Number.POSITIVE_INFINITY ? ends : queues[w])?.push(d)
      through[w] = m.through ?? (through[w] as number)
      drain()
      await onBatch?.()
      // taken: the thread may send more (it waits while a few of its batches are not taken)
      workers[w]?.postMessage(0)
      if (m.through === Number.POSITIVE_INFINITY) open--
    }
    ends.sort((a, b) => (a[2].station < b[2].station ? -1 : a[2].station > b[2].station ? 1 : 0))
    for (const d of ends) hand(d)
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  await onBatch?.()
  const found = book as HourlyBook
  const cityOfStation = (s: string) => cityOf.get(s) ?? found.fileCities.get(s) ?? cityOf.get('*')
  const problems = [...found.firstSeen]
    .filter(([station]) => cityOfStation(station) === undefined)
    .map(([station, at]) => noCityIssue(at, station))
  if (problems.length) throw inputError(problems)
  return { cities: collector.finish(), notes: found.notes }
}
