import { open } from 'node:fs/promises'
import { InputError, type InputIssue } from '../../../standards/air/index.js'
import type { AirJob, RangeBatch, RangeMessage } from './_job.js'
import type { RangePlan } from './_plan.js'

export { runAirWorker } from './_job.js'

interface RangeState {
  readonly batches: RangeBatch[]
  done: boolean
  breaks: number
  issues: readonly InputIssue[]
  stopped: boolean
}

const moved = (issue: InputIssue, by: number): InputIssue => {
  const line = issue.location?.line
  if (line === undefined || by === 0) return issue
  return { ...issue, location: { ...issue.location, line: line + by } } as InputIssue
}

/**
 * `air --jobs N` on one CSV file: worker threads parse its byte ranges (see
 * {@link planRanges}), and this thread hands their batches on in file order, the lines counted
 * from the top of the file, so the engine takes the records one thread would, in the same
 * order. Problems are gathered in file order too, at most `maxIssues`, and reading stops at
 * the first range whose reading stopped: the same problems as with one thread.
 *
 * The threads read at most a few ranges ahead of the one being handed on, so the batches
 * waiting here stay few whatever the size of the file.
 *
 * @param plan - the ranges and the reading
 * @param file - the file as the user named it
 * @param maxIssues - problems gathered before reading stops
 * @param jobs - the worker threads
 * @returns the batches, in file order
 * @throws {@link InputError} with the problems found
 */
export async function* readRanges(
  plan: RangePlan,
  file: string,
  maxIssues: number,
  jobs: number,
): AsyncGenerator<RangeBatch> {
  const { Worker } = await import('node:worker_threads')
  // the thread runs this module's own file (the built command's chunk that holds it)
  const code = `import(${JSON.stringify(import.meta.url)}).then((m) => m.runAirWorker())`
  const header = new Uint8Array(plan.headerEnd)
  const handle = await open(plan.path, 'r')
  try {
    await handle.read(header, 0, header.length, 0)
  } finally {
    await handle.close()
  }
  const job: AirJob = { plan, header, file, maxIssues }
  const count = plan.ranges.length
  const states: RangeState[] = plan.ranges.map(() => ({
    batches: [],
    done: false,
    breaks: 0,
    issues: [],
    stopped: false,
  }))
  const threads = Math.min(jobs, count)
  const workers = Array.from(
    { length: threads },
    () => new Worker(code, { eval: true, workerData: job }),
  )
  const idle: number[] = []
  let failure: string | null = null
  let wake: (() => void) | null = null
  let next = 0
  let current = 0
  const assign = () => {
    while (idle.length > 0 && next < count && next <= current + threads) {
      workers[idle.shift() as number]?.postMessage(next++)
    }
  }
  workers.forEach((worker, w) => {
    idle.push(w)
    worker.on('message', (m: RangeMessage) => {
      if ('failure' in m) failure = m.failure
      else if ('batch' in m) states[m.range]?.batches.push(m.batch)
      else {
        const state = states[m.range] as RangeState
        Object.assign(state, { done: true, breaks: m.breaks, stopped: m.stopped === true })
        state.issues = m.issues ?? []
        idle.push(w)
        assign()
      }
      wake?.()
    })
    worker.on('error', (error) => {
      failure = String(error?.stack ?? error)
      wake?.()
    })
  })
  assign()
  const issues: InputIssue[] = []
  // line breaks before the current range
  let before = 0
  try {
    for (; current < count; current++) {
      assign()
      const state = states[current] as RangeState
      // the lines of a range after the first are counted from the header put before it
      const by = current === 0 ? 0 : before - plan.headerBreaks
      for (;;) {
        if (failure !== null) throw new Error(failure)
        const batch = state.batches.shift()
        if (batch) {
          if (issues.length > 0) continue
          const lines = batch.source.lines
          if (by !== 0) for (let r = 0; r < batch.length; r++) lines[r] = (lines[r] as number) + by
          yield batch
          continue
        }
        if (state.done) break
        await new Promise<void>((r) => (wake = r))
        wake = null
      }
      before += state.breaks
      for (const issue of state.issues) issues.push(moved(issue, by))
      if (state.stopped || issues.length >= maxIssues) break
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  if (issues.length > 0) {
    const found = issues.slice(0, maxIssues)
    const stopped = found.length >= maxIssues
    throw new InputError(
      stopped ? `${file} (reading stopped after ${found.length} problems)` : file,
      found,
    )
  }
}
