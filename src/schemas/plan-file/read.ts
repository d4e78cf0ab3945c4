import { z } from 'zod'
import { expect, issue } from '../../_lib/errors/catalogue.js'
import { safeParseInput } from '../../_lib/errors/from-zod.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { InputIssue } from '../../_lib/errors/issue.js'
import { defineOptions } from '../../_lib/options.js'
import { type Plan, PlanFileSchema } from '../plan.js'
import { formatOf } from './_format.js'
import { type SourceMap, sourceMapOf } from './_source-map.js'

/**
 * Options of {@link readPlanFile}: the `file` name, for the locations of issues, and the
 * `format` (`json` or `yaml`; by default from the file name's extension, else from the text: a
 * text that starts with `{` is JSON).
 *
 * @category Plan
 */
export const ReadPlanFileOptionsSchema = z
  .object({
    file: z.string().min(1).optional().describe('The file name, as issues locate it'),
    format: z.enum(['json', 'yaml']).optional().describe('json or yaml (default: from the name)'),
  })
  .strict()
  .describe('Options of readPlanFile')
/** @category Plan */
export type ReadPlanFileOptions = z.input<typeof ReadPlanFileOptionsSchema>

const OPTIONS = defineOptions('readPlanFile', ReadPlanFileOptionsSchema, (o) => o)

const CONTEXT = 'plan file'

function syntaxError(source: SourceMap, format: 'json' | 'yaml', file: string | undefined) {
  const name = format === 'json' ? 'JSON' : 'YAML'
  return new InputError(
    CONTEXT,
    source.document.errors.map((e) => {
      const at = source.position(e.pos[0])
      return issue({
        code: 'invalid_format',
        path: ['plan'],
        expected: expect.syntax(name),
        receivedText: JSON.stringify(e.message.split('\n')[0]),
        location: { ...(file === undefined ? {} : { file }), line: at.line, column: at.column },
      })
    }),
  )
}

/** JSON.parse, with the position of a syntax error where the engine gives one. */
function parseJson(
  input: string,
  source: SourceMap,
): { ok: true; value: unknown } | { ok: false; offset: number; message: string } {
  try {
    return { ok: true, value: JSON.parse(input) }
  } catch (error) {
    const message = (error as Error).message
    const at = /position (\d+)/.exec(message)?.[1]
    const yamlAt = source.document.errors[0]?.pos[0]
    return { ok: false, offset: at === undefined ? (yamlAt ?? 0) : Number(at), message }
  }
}

/**
 * Reads a plan file, JSON or YAML, and returns the plan it describes, checked against the plan
 * schema ({@link PlanFileSchema}: the plan with an optional `$schema` line). Every problem is an
 * issue with its path (`plan.targets[3].unit`), what was expected, what was found, and where it
 * is written in the text (`file`, 1-based `line` and `column`): unknown keys, values of the
 * wrong type, a metric that does not exist, a comparator or a unit that does not fit the
 * metric, a duplicate id, a task that serves an unknown target, an impossible date, and syntax
 * errors of JSON or YAML (YAML 1.2; duplicate keys are errors). A text may be given in one
 * language only ({@link PlanTextSchema}); the other repeats it.
 *
 * @param input - the text of the file
 * @param options - the file name (for locations) and the format
 * @returns the plan, without the `$schema` line
 * @throws {@link InputError} naming every problem with its path and location
 * @category Plan
 * @example
 * ```ts
 * import { formatInputError, InputError, readPlanFile } from 'eco-targets'
 * const yaml = [
 *   'id: demo', 'title: { zh: 示例计划, en: Demo plan }', 'year: 2025',
 *   'period: { start: 2025-01-01, end: 2025-12-31 }', 'issuer: 示例局', 'jurisdiction: 示例市',
 *   'source: { title: 示例, language: zh, sha256: "' + '0'.repeat(64) + '", reference: demo }',
 *   'pillars: [{ id: air, order: 1, title: 大气, source: { paragraph: 0, quote: 大气污染防治 } }]',
 *   'targets: []', 'tasks: []',
 * ].join('\n')
 * readPlanFile(yaml, { file: 'demo.yaml' }).issuer //=> { zh: '示例局', en: '示例局' }
 * try {
 *   readPlanFile(yaml.replace('year: 2025', 'year: 2O25'), { file: 'demo.yaml' })
 * } catch (e) {
 *   formatInputError(e as InputError, { lang: 'en' })
 *   //=> 'demo.yaml:3:7: plan.year: expected a number, got "2O25"'
 * }
 * ```
 */
export function readPlanFile(input: string, options: ReadPlanFileOptions = {}): Plan {
  const { file, format: given } = OPTIONS.resolve(options)
  const located = file === undefined ? {} : { file }
  if (typeof input !== 'string') {
    throw new InputError(CONTEXT, [
      issue({ code: 'invalid_type', path: ['plan'], expected: expect.planText(), received: input }),
    ])
  }
  if (input.trim() === '') {
    throw new InputError(CONTEXT, [
      issue({
        code: 'empty_input',
        path: ['plan'],
        expected: expect.planText(),
        receivedText: null,
        location: { ...located, line: 1, column: 1 },
      }),
    ])
  }
  const format = formatOf(given, file, input)
  const source = sourceMapOf(input, file)
  let value: unknown
  if (format === 'json') {
    const parsed = parseJson(input, source)
    if (!parsed.ok) {
      const at = source.position(parsed.offset)
      throw new InputError(CONTEXT, [
        issue({
          code: 'invalid_format',
          path: ['plan'],
          expected: expect.syntax('JSON'),
          receivedText: JSON.stringify(parsed.message),
          location: { ...located, ...at },
        }),
      ])
    }
    value = parsed.value
  } else {
    if (source.document.errors.length > 0) throw syntaxError(source, format, file)
    value = source.document.toJS({ maxAliasCount: 100 })
  }
  const result = safeParseInput(PlanFileSchema, value)
  if (!result.success) {
    const issues: InputIssue[] = result.issues.map((i) => ({
      ...i,
      path: ['plan', ...i.path],
      location: source.locate(i.path, i.code === 'unrecognized_keys'),
    }))
    throw new InputError(CONTEXT, issues)
  }
  const { $schema: _schema, ...plan } = result.data
  return plan
}
