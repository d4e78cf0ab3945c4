/**
 * The "Data formats" page: every public schema with its JSON Schema (a downloadable file and a
 * collapsed listing) and an example taken from the bundled sample or the plan, each example
 * validated against its schema when the site is built.
 */

import type { Lang } from '../../src/index.js'
import {
  type LocalizedText,
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
import { commandOutputExamples } from './command-output-examples.js'
import { waterSchemaExamples } from './water-examples.js'

/** A generated file of the site: a path under `docs/generated/` and its text. */
export interface GeneratedAsset {
  readonly path: string
  readonly content: string
}

/** An example of a schema and where it comes from. */
export interface SchemaExample {
  readonly value: unknown
  readonly from: LocalizedText
}

/** What each schema describes, in Chinese (the English is the schema's own description). */
export const SCHEMA_DESCRIPTIONS_ZH: Readonly<Record<PublicSchemaName, string>> = {
  plan: '一份工作要点，包括大任务、具体指标和重点工作',
  'plan-file': '一份计划文件（JSON 或 YAML），可由 `--plan` 读取',
  target: '工作要点中的一项量化指标',
  task: '工作要点中的一项重点工作',
  observation: '评估程序读取的一条观测数据',
  observations: '观测数据列表',
  'task-status-update': '一项重点工作的一条进展记录',
  'task-status-updates': '重点工作进展记录列表',
  'target-result': '一项指标的判定结果',
  checklist: '截至某日的重点工作清单',
  'plan-evaluation': '截至某日对一份工作要点的评估',
  'water-section': '一个地表水断面的水质类别（GB 3838-2002，22号文）',
  'water-period': '一个断面一个月、一个季度或一年的水质类别',
  'water-section-set': '一组地表水断面的水质类别比例（22号文断面水质类别比例法）',
  'water-surface': '一个地表水型饮用水水源的达标评价',
  'water-groundwater': '一个地下水样品的质量类别判定（GB/T 14848-2017）',
  'water-ground-source': '一个地下水型饮用水水源的达标评价',
  'water-sources': '一组饮用水水源的达标比例评价',
  'water-trophic': '湖库综合营养状态指数 TLI(Σ) 及营养状态分级',
  'water-pollutants': '一个断面的主要污染指标及超标倍数',
  'water-sections':
    '从监测数据读出的各断面在某时段的水质类别、主要污染指标、营养状态及与发布类别的比对',
  'cli-aqi': '`eco-targets aqi --json` 输出的一份 AQI 报告（HJ 633）',
  'cli-air': '`eco-targets air --json` 输出的站点日、城市日和评价时段统计',
  'cli-air-ranking': '`eco-targets air --rank --json` 输出的城市排名',
  'cli-water': '`eco-targets water --json` 输出的断面水质类别和断面比例',
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
    plan: {
      value: plan2022,
      from: { zh: '内置的2022年工作要点（`plan2022`）', en: 'the bundled 2022 plan (`plan2022`)' },
    },
    'plan-file': {
      value: JSON.parse(writePlanFile(plan2022)),
      from: {
        zh: '内置的2022年工作要点，按 `writePlanFile` 写出的计划文件（含 `$schema` 行）',
        en: 'the bundled 2022 plan as `writePlanFile` writes it, with its `$schema` line',
      },
    },
    target: {
      value: plan2022.targets[0],
      from: { zh: '2022年工作要点的第一项指标', en: 'the first target of the 2022 plan' },
    },
    task: {
      value: counted,
      from: { zh: '2022年工作要点中的一项量化任务', en: 'a counted task of the 2022 plan' },
    },
    observation: {
      value: observations[0],
      from: {
        zh: '`sample/2022/air-daily.jsonl` 的第一条记录',
        en: 'the first record of `sample/2022/air-daily.jsonl`',
      },
    },
    observations: {
      value: firstOfEachKind,
      from: {
        zh: `样例数据中${firstOfEachKind.length}种观测数据各一条`,
        en: `one record of each of the ${firstOfEachKind.length} observation kinds in the sample`,
      },
    },
    'task-status-update': {
      value: updates[0],
      from: {
        zh: '`sample/2022/task-status-2022-06-30.json` 的第一条记录',
        en: 'the first record of `sample/2022/task-status-2022-06-30.json`',
      },
    },
    'task-status-updates': {
      value: updates,
      from: {
        zh: '`sample/2022/task-status-2022-06-30.json`',
        en: '`sample/2022/task-status-2022-06-30.json`',
      },
    },
    'target-result': {
      value: goodDays,
      from: {
        zh: '优良天数比例指标，按样例数据截至2022年6月30日的评估结果',
        en: 'the good-air-days target, evaluated on the sample as of 2022-06-30',
      },
    },
    checklist: {
      value: midYear.checklist,
      from: {
        zh: '样例数据截至2022年6月30日的重点工作清单',
        en: 'the task checklist of the sample as of 2022-06-30',
      },
    },
    'plan-evaluation': {
      value: yearEnd,
      from: {
        zh: '样例数据截至2022年12月31日的评估结果',
        en: 'the evaluation of the sample as of 2022-12-31',
      },
    },
    ...waterSchemaExamples(),
    ...commandOutputExamples(),
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

const WORDS = {
  zh: {
    input: '**输入数据**：由使用者编写（有默认值的字段可以省略）。',
    result: '**结果数据**：由程序库返回。',
    schemaLine: (name: string) =>
      `- JSON Schema：[\`${name}.schema.json\`](./data/${name}.schema.json)（软件包中的 \`eco-targets/schemas/${name}.schema.json\`，以及 \`eco-targets schema ${name}\` 的输出）`,
    exampleLine: (name: string, from: string, lines: number) =>
      `- 示例：[\`${name}.example.json\`](./data/${name}.example.json)，${from}，共${lines}行；构建本站时已按模式校验`,
    example: (cut: boolean) => `示例${cut ? '（前60行）' : ''}`,
    head: ['名称', '类型', '内容', '文件'],
    kind: { input: '输入', output: '结果' },
    files: (name: string) =>
      `[模式](./data/${name}.schema.json) · [示例](./data/${name}.example.json)`,
    title: '数据格式',
    intro: [
      'eco-targets 读取和返回的所有数据都是有模式描述的普通 JSON。软件包中的 zod 模式是源头；JSON Schema',
      '（draft 2020-12）由其生成，便于用任何编程语言的工具校验同样的数据。观测数据通常保存为 JSON Lines',
      '文件，每行一条 `observation`，与软件包附带的[样例数据](../guides/sample-data.md)相同；命令',
      '`eco-targets validate` 可以检查这类文件，也能读取 CSV 导出文件。',
      '',
      '下列示例取自合成样例数据和内置的工作要点，构建本站时已逐一按模式校验。有些规则无法用 JSON Schema',
      '表达（编号唯一、引用必须能找到对象、B + C + D ≤ E），只由程序库检查。',
    ],
  },
  en: {
    input: 'An **input**: what you write (fields with defaults may be left out).',
    result: 'A **result**: what the library returns.',
    schemaLine: (name: string) =>
      `- JSON Schema: [${name}.schema.json](./data/${name}.schema.json) (also \`eco-targets/schemas/${name}.schema.json\` in the package, and \`eco-targets schema ${name}\`)`,
    exampleLine: (name: string, from: string, lines: number) =>
      `- Example: [${name}.example.json](./data/${name}.example.json), ${from}, ${lines} lines; checked against the schema when this site was built`,
    example: (cut: boolean) => `Example${cut ? ' (the first 60 lines)' : ''}`,
    head: ['name', 'kind', 'what it is', 'files'],
    kind: { input: 'input', output: 'result' },
    files: (name: string) =>
      `[schema](./data/${name}.schema.json) · [example](./data/${name}.example.json)`,
    title: 'Data formats',
    intro: [
      'Everything eco-targets reads and returns is plain JSON described by a schema. The zod schemas',
      'in the package are the source; the JSON Schemas (draft 2020-12) are generated from them, so',
      'that tools in any language can check the same data. Observations are usually kept as JSON',
      'Lines, one `observation` a line, as in the bundled [sample data](../guides/sample-data.md);',
      'the command `eco-targets validate` checks such files and reads CSV exports too.',
      '',
      'The examples below come from the synthetic sample and from the bundled plan, and each one was',
      'checked against its schema when this site was built. Some rules cannot be written in JSON',
      'Schema (unique ids, references that must resolve, B + C + D ≤ E); only the library checks them.',
    ],
  },
} as const

/** What a schema describes, in a language. */
function describe(name: PublicSchemaName, lang: Lang): string {
  const description = toJsonSchema(name).description
  return lang === 'zh'
    ? SCHEMA_DESCRIPTIONS_ZH[name]
    : typeof description === 'string'
      ? description
      : ''
}

function section(name: PublicSchemaName, example: SchemaExample, lang: Lang): string[] {
  const w = WORDS[lang]
  const schema = toJsonSchema(name)
  const io = PUBLIC_SCHEMAS[name].io
  const shown = excerpt(json(example.value), 60)
  const lines = json(example.value).split('\n').length - 1
  const stop = lang === 'zh' ? '。' : '. '
  return [
    lang === 'zh' ? `## \`${name}\`` : `## ${name}`,
    '',
    `${escapeMarkdown(describe(name, lang))}${stop}${io === 'input' ? w.input : w.result}`,
    '',
    w.schemaLine(name),
    w.exampleLine(name, example.from[lang], lines),
    '',
    `<details><summary>${w.example(shown.cut)}</summary>`,
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
export function renderDataFormats(lang: Lang = 'en'): { page: string; assets: GeneratedAsset[] } {
  const w = WORDS[lang]
  const names = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]
  const examples = schemaExamples()
  const assets: GeneratedAsset[] = []
  for (const name of names) {
    validateExample(name, examples[name].value)
    assets.push({ path: `data/${name}.schema.json`, content: json(toJsonSchema(name)) })
    assets.push({ path: `data/${name}.example.json`, content: json(examples[name].value) })
  }
  const overview = markdownTable(
    [...w.head],
    names.map((name) => [
      `\`${name}\``,
      PUBLIC_SCHEMAS[name].io === 'input' ? w.kind.input : w.kind.output,
      escapeMarkdown(describe(name, lang)),
      w.files(name),
    ]),
  )
  const page = [
    frontMatter({ title: w.title }),
    generatedNote('scripts/docs/data-formats.ts'),
    '',
    `# ${w.title}`,
    '',
    ...w.intro,
    '',
    overview,
    '',
    ...names.flatMap((name) => section(name, examples[name], lang)),
  ]
  return { page: `${page.join('\n').trimEnd()}\n`, assets }
}
