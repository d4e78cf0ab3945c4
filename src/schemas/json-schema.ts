import { z } from 'zod'
import { expect, issue } from '../_lib/errors/catalogue.js'
import { InputError } from '../_lib/errors/input-error.js'
import * as water from '../standards/water/index.js'
import { ChecklistSchema } from './checklist.js'
import {
  AirCommandOutputSchema,
  AirRankingCommandOutputSchema,
  AqiCommandOutputSchema,
  WaterCommandOutputSchema,
} from './command-output.js'
import { PlanEvaluationSchema } from './evaluation.js'
import { ObservationSchema, ObservationsSchema } from './observation/index.js'
import { PlanFileSchema, PlanSchema } from './plan.js'
import { TargetResultSchema } from './result.js'
import { TargetSchema } from './target.js'
import { TaskSchema } from './task.js'
import { TaskStatusUpdateSchema, TaskStatusUpdatesSchema } from './task-status.js'

/**
 * The public schemas by name, with whether their JSON Schema describes what a producer writes
 * (`input`: defaults optional) or what the library returns (`output`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PUBLIC_SCHEMAS } from 'eco-targets'
 * Object.keys(PUBLIC_SCHEMAS).includes('observations') //=> true
 * ```
 */
export const PUBLIC_SCHEMAS = {
  plan: { schema: PlanSchema, io: 'input' },
  'plan-file': { schema: PlanFileSchema, io: 'input' },
  target: { schema: TargetSchema, io: 'input' },
  task: { schema: TaskSchema, io: 'input' },
  observation: { schema: ObservationSchema, io: 'input' },
  observations: { schema: ObservationsSchema, io: 'input' },
  'task-status-update': { schema: TaskStatusUpdateSchema, io: 'input' },
  'task-status-updates': { schema: TaskStatusUpdatesSchema, io: 'input' },
  'target-result': { schema: TargetResultSchema, io: 'output' },
  checklist: { schema: ChecklistSchema, io: 'output' },
  'plan-evaluation': { schema: PlanEvaluationSchema, io: 'output' },
  'water-section': { schema: water.SectionClassificationSchema, io: 'output' },
  'water-period': { schema: water.SectionPeriodClassificationSchema, io: 'output' },
  'water-section-set': { schema: water.SectionSetAssessmentSchema, io: 'output' },
  'water-surface': { schema: water.SurfaceSourceAssessmentSchema, io: 'output' },
  'water-groundwater': {
    schema: water.GroundwaterClassificationSchema,
    io: 'output',
  },
  'water-ground-source': { schema: water.GroundwaterSourceAssessmentSchema, io: 'output' },
  'water-sources': {
    schema: water.DrinkingWaterSourcesAssessmentSchema,
    io: 'output',
  },
  'water-trophic': { schema: water.TrophicStateSchema, io: 'output' },
  'water-pollutants': { schema: water.MainPollutantsSchema, io: 'output' },
  'water-sections': { schema: water.SectionsAssessmentSchema, io: 'output' },
  'cli-aqi': { schema: AqiCommandOutputSchema, io: 'output' },
  'cli-air': { schema: AirCommandOutputSchema, io: 'output' },
  'cli-air-ranking': { schema: AirRankingCommandOutputSchema, io: 'output' },
  'cli-water': { schema: WaterCommandOutputSchema, io: 'output' },
} as const satisfies Record<string, { schema: z.ZodType; io: 'input' | 'output' }>

/** The name of a public schema. @category Schemas */
export type PublicSchemaName = keyof typeof PUBLIC_SCHEMAS

/**
 * The JSON Schema (draft 2020-12) of a public schema, so that tools in other languages can
 * validate the same data. The same documents ship in the package as
 * `eco-targets/schemas/<name>.schema.json`.
 *
 * Refinements that JSON Schema cannot express (unique ids, references that must resolve,
 * B + C + D ≤ E) are checked only by the zod schema.
 *
 * @param name - one of the keys of {@link PUBLIC_SCHEMAS}
 * @returns a JSON Schema object
 * @throws {@link InputError} for a name that is not one of {@link PUBLIC_SCHEMAS}
 * @category Schemas
 * @example
 * ```ts
 * import { toJsonSchema } from 'eco-targets'
 * toJsonSchema('task-status-update').required
 * //=> ['task', 'date', 'status']
 * ```
 */
export function toJsonSchema(name: PublicSchemaName): Record<string, unknown> {
  const entry = Object.hasOwn(PUBLIC_SCHEMAS, name) ? PUBLIC_SCHEMAS[name] : undefined
  if (!entry) {
    throw new InputError('toJsonSchema arguments', [
      issue({
        code: 'invalid_value',
        path: ['name'],
        expected: expect.oneOf(Object.keys(PUBLIC_SCHEMAS)),
        received: name,
      }),
    ])
  }
  return {
    $id: `urn:eco-targets:schema:${name}`,
    ...z.toJSONSchema(entry.schema, { io: entry.io, unrepresentable: 'any' }),
  }
}
