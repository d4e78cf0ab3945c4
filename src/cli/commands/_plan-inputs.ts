import {
  createObservationReader,
  createTaskStatusReader,
  type InputIssue,
  type Observation,
  type Plan,
  type TaskStatusUpdate,
} from '../../index.js'
import type { InputFormat } from '../input/format.js'
import { DEFAULT_MAX_PROBLEMS } from '../input/problems.js'
import type { InputSource } from '../input/source.js'
import type { CliIO } from '../io.js'
import { feedReader, problemsError } from './_read-all.js'

/** What `evaluate` and `tasks` read. */
export interface PlanInputs {
  readonly observations: Observation[]
  readonly updates: TaskStatusUpdate[]
}

/** How to read the inputs. */
export interface ReadPlanInputsOptions {
  /** The plan whose tasks the status updates name. */
  readonly plan: Plan
  readonly format?: InputFormat | undefined
  /** Observation kind of CSV rows without a kind column. */
  readonly kind?: string | undefined
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept inputs without records. */
  readonly allowEmpty?: boolean | undefined
}

/**
 * Reads observation files and task status files with the library's readers; every problem of
 * every file is reported together, and reading stops at the problem limit.
 *
 * @param observationSources - observation files
 * @param taskSources - task status files
 * @param io - the process's input and output
 * @param options - format, the kind of CSV rows without a kind column, limit, empty inputs
 * @returns the observations and the status updates
 * @throws the library's `InputError` naming file, line and column of every problem
 */
export async function readPlanInputs(
  observationSources: readonly InputSource[],
  taskSources: readonly InputSource[],
  io: CliIO,
  options: ReadPlanInputsOptions,
): Promise<PlanInputs> {
  const common = {
    maxProblems: options.maxProblems ?? DEFAULT_MAX_PROBLEMS,
    allowEmpty: options.allowEmpty,
  }
  const problems: InputIssue[] = []
  const observations = createObservationReader({
    ...common,
    ...(options.kind ? { kind: options.kind as Observation['kind'] } : {}),
    kindOption: '--kind',
  })
  await feedReader(observations, observationSources, io, options.format)
  const read = observations.finish()
  if (read.stoppedAfter !== null) throw problemsError(read.problems, read.stoppedAfter)
  problems.push(...read.problems)
  const tasks = createTaskStatusReader({ ...common, plan: options.plan })
  await feedReader(tasks, taskSources, io, options.format)
  const status = tasks.finish()
  problems.push(...status.problems)
  if (problems.length > 0) throw problemsError(problems, status.stoppedAfter)
  return { observations: [...read.values], updates: [...status.values] }
}

/**
 * The date an evaluation defaults to: the latest date of a dated observation (daily air, dust,
 * water samplings); without one, 31 December of the latest year of a yearly observation; then
 * the latest task update.
 *
 * @param inputs - the observations and updates read
 * @returns the date, or undefined when nothing is dated
 */
export function latestDateOf(inputs: PlanInputs): string | undefined {
  let latest: string | undefined
  let year: number | undefined
  for (const o of inputs.observations) {
    if ('date' in o) {
      if (latest === undefined || o.date > latest) latest = o.date
    } else if ('year' in o && (year === undefined || o.year > year)) year = o.year
  }
  if (latest !== undefined) return latest
  if (year !== undefined) return `${year}-12-31`
  for (const u of inputs.updates) if (latest === undefined || u.date > latest) latest = u.date
  return latest
}
