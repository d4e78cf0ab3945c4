/**
 * The bundled synthetic 2022 sample, read and validated for the documentation pages, and the
 * plan evaluated on it at the dates the pages show.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SAMPLE_2022 } from '../../src/cli/main.js'
import {
  evaluatePlan,
  type Observation,
  ObservationSchema,
  type PlanEvaluation,
  type TaskStatusUpdate,
  TaskStatusUpdatesSchema,
} from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { ROOT } from './_paths.js'

/** The sample folder of the repository. */
export const SAMPLE_DIR = join(ROOT, 'sample', String(SAMPLE_2022.year))

/** The reporting dates of the sample's task-status files: mid-year and year end. */
export const SAMPLE_DATES = SAMPLE_2022.taskStatus.map((f) => f.asOf)

/** Every observation of the sample, file by file in the sample's order, validated. */
export function readSampleObservations(dir: string = SAMPLE_DIR): Observation[] {
  return SAMPLE_2022.observations.flatMap((f) =>
    readFileSync(join(dir, f.file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        const parsed = ObservationSchema.safeParse(JSON.parse(line))
        if (!parsed.success) throw new Error(`${f.file}:${i + 1}: ${parsed.error.message}`)
        return parsed.data
      }),
  )
}

/** The sample's task status updates as of one of {@link SAMPLE_DATES}, validated. */
export function readSampleTaskUpdates(asOf: string, dir: string = SAMPLE_DIR): TaskStatusUpdate[] {
  const file = SAMPLE_2022.taskStatus.find((f) => f.asOf === asOf)
  if (!file) throw new RangeError(`no task-status file for ${asOf}; the sample has ${SAMPLE_DATES}`)
  return TaskStatusUpdatesSchema.parse(JSON.parse(readFileSync(join(dir, file.file), 'utf8')))
}

const cache = new Map<string, PlanEvaluation>()

/** The 2022 plan evaluated on the whole sample as of a date, with that date's task updates. */
export function evaluateSample(asOf: string): PlanEvaluation {
  let evaluation = cache.get(asOf)
  if (!evaluation) {
    evaluation = evaluatePlan(plan2022, readSampleObservations(), {
      asOf,
      taskUpdates: readSampleTaskUpdates(asOf),
    })
    cache.set(asOf, evaluation)
  }
  return evaluation
}
