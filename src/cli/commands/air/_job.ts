import type { StationDay } from '../../../standards/air/index.js'
import { streamStationDays } from '../../../standards/air/index.js'
import { openInput } from '../../input/source.js'
import { nodeIO } from '../../io.js'
import { hourlyBatches, hourlyBook, type ReadHourlyAirOptions } from './_hourly.js'
import { located } from './_json-rows.js'
import { shardOf, slim } from './_shard.js'

/** What a worker thread of `air --jobs` is given. */
export interface AirJob {
  readonly shard: number
  readonly jobs: number
  readonly paths: readonly string[]
  readonly cwd: string
  readonly read: ReadHourlyAirOptions
  readonly cityOf: readonly (readonly [string, string])[]
  /** Whether the main thread needs the station days whole (else only their values). */
  readonly full: boolean
}

/** Station days sent back by their values only, seven a day in the order of `LEAN`. */
export interface LeanDays {
  readonly station: string[]
  readonly city: string[]
  readonly date: string[]
  readonly values: number[]
}

/** The daily keys of {@link LeanDays}. */
export const LEAN = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/** A station day sent back: the record that closed it (`Infinity`: the end), station, city, day. */
export type JobDay = readonly [closedAt: number, city: string, day: StationDay]

/**
 * The work of one thread of `air --jobs`: reads every file, keeps the stations of its shard and
 * sends their station days back batch by batch, each with the record that closed it, so that
 * the main thread hands them on in the order one thread would.
 */
export async function runAirWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads')
  const job = workerData as AirJob
  // at most a few batches on their way: the main thread writes the output, and when it is the
  // slower side the batches must not pile up in its memory
  let pending = 0
  let resume: (() => void) | null = null
  parentPort?.on('message', () => {
    pending--
    resume?.()
  })
  const post = async (m: unknown) => {
    parentPort?.postMessage(m)
    pending++
    while (pending > 2) await new Promise<void>((r) => (resume = r))
    resume = null
  }
  const io = { ...nodeIO(), cwd: job.cwd }
  const sources = job.paths.map((p) => openInput(p, io))
  const cityOf = new Map(job.cityOf)
  const book = hourlyBook()
  const city = (s: string) => cityOf.get(s) ?? book.fileCities.get(s) ?? cityOf.get('*')
  const owners = new Map<string, boolean>()
  const lastDay = new Map<string, number>()
  const closes: number[] = []
  let read = 0
  let sent = 0
  let days: JobDay[] = []
  const empty = (): LeanDays => ({ station: [], city: [], date: [], values: [] })
  let lean = empty()
  async function* shards() {
    for await (const batch of hourlyBatches(sources, job.read, book)) {
      const part = shardOf(batch, job, owners, lastDay, read, closes)
      read += batch.length
      if (part) yield part
      await post(job.full ? { days, through: read } : { lean, through: read })
      days = []
      lean = empty()
    }
  }
  try {
    await located(sources[0]?.name ?? '', async () => {
      for await (const day of streamStationDays(shards(), { timestamp: job.read.timestamp })) {
        const c = city(day.station)
        const at = sent < closes.length ? (closes[sent] as number) : Number.POSITIVE_INFINITY
        sent++
        if (c === undefined) continue
        if (job.full) days.push([at, c, slim(day)])
        else {
          lean.station.push(day.station)
          lean.city.push(c)
          lean.date.push(day.date)
          for (const k of LEAN) lean.values.push(day[k] ?? Number.NaN)
        }
      }
    })
    const book0 = job.shard === 0 ? book : undefined
    await post({
      ...(job.full ? { days } : { lean }),
      through: Number.POSITIVE_INFINITY,
      book: book0,
    })
  } catch (error) {
    const issues = (error as { issues?: unknown }).issues
    parentPort?.postMessage(
      issues ? { issues } : { failure: String((error as Error)?.stack ?? error) },
    )
  }
}
