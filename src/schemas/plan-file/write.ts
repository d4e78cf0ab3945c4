import { Document } from 'yaml'
import { z } from 'zod'
import { defineOptions } from '../../_lib/options.js'
import { type PlanInput, PlanSchema } from '../plan.js'
import { parseInput } from '../validate.js'

/**
 * Where the JSON Schema of plan files is, as a path from a project that has eco-targets
 * installed: the default `$schema` line of a JSON plan file and `yaml-language-server` line of
 * a YAML one, so that editors complete and check the file.
 *
 * @category Plan
 * @example
 * ```ts
 * import { PLAN_FILE_SCHEMA_PATH } from 'eco-targets'
 * PLAN_FILE_SCHEMA_PATH //=> './node_modules/eco-targets/schemas/plan-file.schema.json'
 * ```
 */
export const PLAN_FILE_SCHEMA_PATH = './node_modules/eco-targets/schemas/plan-file.schema.json'

/**
 * Options of {@link writePlanFile}: the `format` (`json`, the default, or `yaml`) and the
 * `schema` line (a path or URL of the plan file's JSON Schema, default
 * {@link PLAN_FILE_SCHEMA_PATH}; `false` for none).
 *
 * @category Plan
 */
export const WritePlanFileOptionsSchema = z
  .object({
    format: z.enum(['json', 'yaml']).optional().describe('json (default) or yaml'),
    schema: z
      .union([z.string().min(1), z.literal(false)])
      .optional()
      .describe('The JSON Schema named at the top of the file; false for none'),
  })
  .strict()
  .describe('Options of writePlanFile')
/** @category Plan */
export type WritePlanFileOptions = z.input<typeof WritePlanFileOptionsSchema>

const OPTIONS = defineOptions('writePlanFile', WritePlanFileOptionsSchema, (o) => ({
  format: o.format ?? 'json',
  schema: o.schema ?? PLAN_FILE_SCHEMA_PATH,
}))

/**
 * Writes a plan as a plan file that {@link readPlanFile} reads back to the same plan: JSON with
 * two-space indentation and a `$schema` line first, or YAML (1.2, texts as written, no line
 * folding) with a `yaml-language-server` line. The bundled plan written this way is the first
 * example of a plan file, and reading it back gives the same evaluation byte for byte.
 *
 * @param plan - the plan; checked against {@link PlanSchema}
 * @param options - the format and the `$schema` line
 * @returns the text of the file, ending with a newline
 * @throws {@link InputError} when the plan does not match its schema, or for a bad option
 * @category Plan
 * @example
 * ```ts
 * import { readPlanFile, writePlanFile } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const json = writePlanFile(plan2022)
 * JSON.parse(json).$schema //=> './node_modules/eco-targets/schemas/plan-file.schema.json'
 * readPlanFile(json).targets.length //=> 13
 * writePlanFile(plan2022, { format: 'yaml' }).split('\n')[0]
 * //=> '# yaml-language-server: $schema=./node_modules/eco-targets/schemas/plan-file.schema.json'
 * ```
 */
export function writePlanFile(plan: PlanInput, options: WritePlanFileOptions = {}): string {
  const { format, schema } = OPTIONS.resolve(options)
  const checked = parseInput(PlanSchema, plan, 'plan')
  if (format === 'json') {
    const value = schema === false ? checked : { $schema: schema, ...checked }
    return `${JSON.stringify(value, null, 2)}\n`
  }
  const document = new Document(checked, { version: '1.2' })
  if (schema !== false) document.commentBefore = ` yaml-language-server: $schema=${schema}`
  return document.toString({ lineWidth: 0, minContentWidth: 0 })
}
