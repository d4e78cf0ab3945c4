/**
 * The "Data formats" page: every public schema with its JSON Schema (a downloadable file and a
 * collapsed listing) and an example taken from the bundled sample or the plan, each example
 * validated against its schema when the site is built.
 */
import {
  PUBLIC_SCHEMAS,
  type PublicSchemaName,
  toJsonSchema,
  writePlanFile,
} from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import {
  codeBlock,
  escapeMarkdown,
  frontMatter,
  generatedNote,
  markdownTable,
} from './_markdown.js'
import { evaluateSample, readSampleObservations, readSampleTaskUpdates } from './_sample.js'
import { waterSchemaExamples } from './water-examples.js'

/** A generated file of the site: a path under `docs/generated/` and its text. */
export interface GeneratedAsset {
  readonly path: string
  readonly content: string
}

/** An example of a schema and where it comes from. */
export interface SchemaExample {
  readonly value: unknown
  readonly from: string
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** The example of each public schema, from the sample (inputs) or the sample's evaluation (results). */
export function schemaExamples(): Record<PublicSchemaName, SchemaExample> {
  const observations = readSampleObservations()
  const firstOfEachKind = [...new Map(observations.map((o) => [o.kind, o])).values()]
  const updates = readSampleTaskUpdates('2022-06-30')
  const midYear = evaluateSample('2022-06-30')
  const yearEnd = evaluateSample('2022-12-31')
  const counted = plan2022.tasks.find((t) => t.objective?.kind === 'count')
  const goodDays = midYear.targets.find((r) => r.metric === 'goodDaysRatio')
  return {
    plan: { value: plan2022, from: 'the bundled 2022 plan (`plan2022`)' },
    'plan-file': {
      value: JSON.parse(writePlanFile(plan2022)),
      from: 'the bundled 2022 plan as `writePlanFile` writes it, with its `$schema` line',
    },
    target: { value: plan2022.targets[0], from: 'the first target of the 2022 plan' },
    task: { value: counted, from: 'a counted task of the 2022 plan' },
    observation: {
      value: observations[0],
      from: 'the first record of `sample/2022/air-daily.jsonl`',
    },
    observations: {
      value: firstOfEachKind,
      from: `one record of each of the ${firstOfEachKind.length} observation kinds in the sample`,
    },
    'task-status-update': {
      value: updates[0],
      from: 'the first record of `sample/2022/task-status-2022-06-30.json`',
    },
    'task-status-updates': { value: updates, from: '`sample/2022/task-status-2022-06-30.json`' },
    'target-result': {
      value: goodDays,
      from: 'the good-air-days target, evaluated on the sample as of 2022-06-30',
    },
    checklist: {
      value: midYear.checklist,
      from: 'the task checklist of the sample as of 2022-06-30',
    },
    'plan-evaluation': { value: yearEnd, from: 'the evaluation of the sample as of 2022-12-31' },
    ...waterSchemaExamples(),
  }
}

/**
 * Checks an example with its zod schema, the source of the JSON Schema.
 *
 * @throws Error naming the schema and the first problems when the example does not match
 */
export function validateExample(name: PublicSchemaName, value: unknown): void {
  const parsed = PUBLIC_SCHEMAS[name].schema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new Error(`the ${name} example does not match its schema:\n${issues.join('\n')}`)
  }
}

/** The text of an example or schema, cut after `max` lines with a note. */
function excerpt(text: string, max: number): { text: string; cut: boolean } {
  const lines = text.replace(/\n$/, '').split('\n')
  if (lines.length <= max) return { text, cut: false }
  return { text: `${lines.slice(0, max).join('\n')}\n…`, cut: true }
}

function section(name: PublicSchemaName, example: SchemaExample): string[] {
  const schema = toJsonSchema(name)
  const description = typeof schema.description === 'string' ? schema.description : ''
  const io = PUBLIC_SCHEMAS[name].io
  const body = example.value
  const shown = excerpt(json(body), 60)
  const lines = json(body).split('\n').length - 1
  return [
    `## ${name}`,
    '',
    `${escapeMarkdown(description)}. ${io === 'input' ? 'An **input**: what you write (fields with defaults may be left out).' : 'A **result**: what the library returns.'}`,
    '',
    `- JSON Schema: [${name}.schema.json](./data/${name}.schema.json) (also \`eco-targets/schemas/${name}.schema.json\` in the package, and \`eco-targets schema ${name}\`)`,
    `- Example: [${name}.example.json](./data/${name}.example.json), ${example.from}, ${lines} lines; checked against the schema when this site was built`,
    '',
    `<details><summary>Example${shown.cut ? ' (the first 60 lines)' : ''}</summary>`,
    '',
    codeBlock('json', shown.text),
    '',
    '</details>',
    '',
    '<details><summary>JSON Schema</summary>',
    '',
    codeBlock('json', json(schema)),
    '',
    '</details>',
    '',
  ]
}

/** The page and its downloadable files (`data/<name>.schema.json`, `data/<name>.example.json`). */
export function renderDataFormats(): { page: string; assets: GeneratedAsset[] } {
  const names = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]
  const examples = schemaExamples()
  const assets: GeneratedAsset[] = []
  for (const name of names) {
    validateExample(name, examples[name].value)
    assets.push({ path: `data/${name}.schema.json`, content: json(toJsonSchema(name)) })
    assets.push({ path: `data/${name}.example.json`, content: json(examples[name].value) })
  }
  const overview = markdownTable(
    ['name', 'kind', 'what it is', 'files'],
    names.map((name) => {
      const description = toJsonSchema(name).description
      return [
        `\`${name}\``,
        PUBLIC_SCHEMAS[name].io === 'input' ? 'input' : 'result',
        escapeMarkdown(typeof description === 'string' ? description : ''),
        `[schema](./data/${name}.schema.json) · [example](./data/${name}.example.json)`,
      ]
    }),
  )
  const page = [
    frontMatter({ title: 'Data formats' }),
    generatedNote('scripts/docs/data-formats.ts'),
    '',
    '# Data formats',
    '',
    'Everything eco-targets reads and returns is plain JSON described by a schema. The zod schemas',
    'in the package are the source; the JSON Schemas (draft 2020-12) are generated from them, so',
    'that tools in any language can check the same data. Observations are usually kept as JSON',
    'Lines, one `observation` a line, as in the bundled [sample data](../guides/sample-data.md);',
    'the command `eco-targets validate` checks such files and reads CSV exports too.',
    '',
    'The examples below come from the synthetic sample and from the bundled plan, and each one was',
    'checked against its schema when this site was built. Some rules cannot be written in JSON',
    'Schema (unique ids, references that must resolve, B + C + D ≤ E); only the library checks them.',
    '',
    overview,
    '',
    ...names.flatMap((name) => section(name, examples[name])),
  ]
  return { page: `${page.join('\n').trimEnd()}\n`, assets }
}
