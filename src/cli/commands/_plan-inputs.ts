import {
  expectations,
  type InputIssue,
  isInputError,
  type Observation,
  ObservationSchema,
  type Plan,
  type TaskStatusUpdate,
  TaskStatusUpdateSchema,
} from '../../index.js'
import type { InputFormat } from '../input/format.js'
import { OBSERVATION_LAYOUT } from '../input/headers/index.js'
import { inputError, issueAt, localizedText } from '../input/located.js'
import { ProblemLimitError } from '../input/problems.js'
import type { RecordOrigin } from '../input/records.js'
import type { InputSource } from '../input/source.js'
import type { CliIO } from '../io.js'
import { observationProblems } from './_observation-checks.js'
import { readAllValidated } from './_read-all.js'

/**
 * Task status updates whose task must be a task of the plan.
 *
 * @param plan - the plan the updates are about
 * @returns the schema of one update
 */
export function planTaskStatusUpdateSchema(plan: Plan) {
  const ids: ReadonlySet<string> = new Set(plan.tasks.map((t) => t.id))
  return TaskStatusUpdateSchema.refine((u) => ids.has(u.task), {
    path: ['task'],
    message: `expected ${expectations.taskOfPlan(plan.id).en}`,
    // the bilingual expectation the library's zod conversion reads
    params: { eco: { code: 'invalid_value', expected: expectations.taskOfPlan(plan.id) } },
  })
}

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
 * Checks what only the whole set of records shows, naming file and line: a day given twice for
 * one scope here, then every check of the library's `validateObservations` (duplicates,
 * contradictory records, the air module's rules), the same checks `evaluate` makes.
 */
function checkAirDays(records: readonly { origin: RecordOrigin; value: Observation }[]): void {
  const seen = new Map<string, RecordOrigin>()
  const problems: InputIssue[] = []
  for (const { origin, value } of records) {
    if (value.kind !== 'airDaily') continue
    const key = `${value.scope}|${value.date}`
    const first = seen.get(key)
    if (first) {
      problems.push(
        issueAt(
          { ...origin, column: 'date' },
          {
            code: 'duplicate',
            expected: expectations.unique(localizedText('日期', 'date')),
            received: value.date,
            hint: localizedText(
              `${value.scope} 的这一天已在 ${first.file}:${first.line} 给出`,
              `${value.scope} has this day at ${first.file}:${first.line} too`,
            ),
          },
        ),
      )
    } else seen.set(key, origin)
  }
  if (problems.length > 0) throw inputError(problems)
  const across = observationProblems(records)
  if (across.length > 0) throw inputError(across)
}

/**
 * Reads observation files and task status files, validated record by record; every problem of
 * every file is reported together.
 *
 * @param observationSources - observation files
 * @param taskSources - task status files
 * @param io - the process's input and output
 * @param options - format and the kind of CSV rows without a kind column
 * @returns the observations and the status updates
 * @throws the library's `InputError` naming file, line and column of every problem
 */
export async function readPlanInputs(
  observationSources: readonly InputSource[],
  taskSources: readonly InputSource[],
  io: CliIO,
  options: ReadPlanInputsOptions,
): Promise<PlanInputs> {
  const problems: InputIssue[] = []
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read()
    } catch (error) {
      if (!isInputError(error)) throw error
      // reading stopped at the problem limit: the error says so and holds the problems
      if (error instanceof ProblemLimitError) throw error
      problems.push(...error.issues)
      return undefined
    }
  }
  const observations = await attempt(async () => {
    const records = await readAllValidated(observationSources, ObservationSchema, io, {
      format: options.format,
      layout: OBSERVATION_LAYOUT,
      csvDefaults: options.kind ? { kind: options.kind } : undefined,
      maxProblems: options.maxProblems,
      allowEmpty: options.allowEmpty,
    })
    checkAirDays(records)
    return records.map((r) => r.value)
  })
  const updates = await attempt(async () =>
    (
      await readAllValidated(taskSources, planTaskStatusUpdateSchema(options.plan), io, {
        format: options.format,
        layout: OBSERVATION_LAYOUT,
        maxProblems: options.maxProblems,
        allowEmpty: options.allowEmpty,
      })
    ).map((r) => r.value),
  )
  if (problems.length > 0 || !observations || !updates) throw inputError(problems)
  return { observations, updates }
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
