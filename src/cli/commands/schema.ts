import { PUBLIC_SCHEMAS, type PublicSchemaName, toJsonSchema } from '../../index.js'
import { type CliLang, defineCommand } from '../command/index.js'
import { writeResult } from '../output/result.js'
import { OUT_OPTION } from './_options.js'

const NAMES = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]

/** What each schema describes, in Chinese (the English is the schema's own description). */
const ZH_DESCRIPTIONS: Readonly<Record<PublicSchemaName, string>> = {
  plan: '方案，含其工作板块、目标和任务',
  'plan-file': '方案文件：方案，可带一行 $schema',
  target: '方案的一项量化目标',
  task: '方案的一项任务',
  observation: '方案评估所读取的一条监测数据',
  observations: '监测数据列表',
  'task-status-update': '任务进展的一条更新',
  'task-status-updates': '任务进展更新列表',
  'target-result': '一项目标的评估结论',
  checklist: '截至某日的任务清单',
  'plan-evaluation': '截至某日的方案评估',
  'water-section': '地表水断面的水质类别（GB 3838-2002，22号文）',
  'water-period': '断面某月、某季度或某年的水质类别',
  'water-section-set': '一组地表水断面（22号文断面水质类别比例法）',
  'water-surface': '地表水水质评价结果',
  'water-groundwater': '地下水样品的水质类别（GB/T 14848-2017）',
  'water-ground-source': '地下水型饮用水水源的评价结果',
  'water-sources': '一组饮用水水源的达标情况',
  'water-trophic': '湖泊、水库的综合营养状态指数',
  'water-pollutants': '地表水断面的主要污染指标（22号文）',
  'water-sections': '从监测数据读出的各断面在某时段的评价结果（水质类别、主要污染指标、营养状态）',
  'cli-aqi': 'eco-targets aqi --json 的输出：一份 HJ 633 AQI 报告',
  'cli-air': 'eco-targets air --json 的输出：站点日、城市日及统计结果',
  'cli-air-ranking': 'eco-targets air --rank --json 的输出：城市排名',
  'cli-water': 'eco-targets water --json 的输出：断面水质类别及断面组统计结果',
}

function listNames(lang: CliLang = 'en'): string {
  const width = Math.max(...NAMES.map((n) => n.length)) + 2
  const describe = (n: PublicSchemaName) =>
    lang === 'zh' ? ZH_DESCRIPTIONS[n] : (PUBLIC_SCHEMAS[n].schema.description ?? '')
  return NAMES.map((n) => `  ${n.padEnd(width)}${describe(n)}`).join('\n')
}

/**
 * `eco-targets schema <name>`: the JSON Schema (draft 2020-12) of a public schema, so that
 * data can be checked in any language. Without a name, or with an unknown one, it lists the
 * names and exits with 2.
 *
 * @category CLI
 * @example
 * ```ts
 * await schemaCommand.execute(['task-status-update'], io) //=> 0
 * ```
 */
export const schemaCommand = defineCommand({
  name: 'schema',
  summary: { zh: '输入或结果的 JSON Schema', en: 'The JSON Schema of an input or result' },
  usage: {
    zh: '<名称> [--out 文件]',
    en: '<name> [--out FILE]',
  },
  description: {
    zh: [
      '输出一项公开模式的 JSON Schema（2020-12 版）：输入（观测数据、任务状态更新、方案）和结果。',
      '同样的文档随包发布，路径为 `eco-targets/schemas/<name>.schema.json`。名称：',
      '',
      listNames('zh'),
    ].join('\n'),
    en: [
      'Prints the JSON Schema (draft 2020-12) of one of the public schemas: the inputs',
      '(observations, task status updates, plans) and the results. The same documents ship in the',
      'package as eco-targets/schemas/<name>.schema.json. Names:',
      '',
      listNames(),
    ].join('\n'),
  },
  options: { out: OUT_OPTION },
  positionals: { max: 1 },
  examples: [
    {
      command: 'observation --out observation.schema.json',
      result: {
        zh: '写出每条观测记录须满足的 JSON Schema。',
        en: 'Writes the JSON Schema every observation record must satisfy.',
      },
    },
  ],
  async run({ io, options, positionals, lang }) {
    const name = positionals[0]
    if (name === undefined || !NAMES.includes(name as PublicSchemaName)) {
      if (lang === 'zh') {
        const why = name === undefined ? '请指定 Schema 名称' : `未知的 Schema "${name}"`
        await io.stderr.write(`eco-targets schema：${why}；可用名称如下：\n${listNames('zh')}\n`)
        return 2
      }
      const why = name === undefined ? 'name a schema' : `unknown schema "${name}"`
      await io.stderr.write(`eco-targets schema: ${why}; the names are:\n${listNames()}\n`)
      return 2
    }
    const schema = toJsonSchema(name as PublicSchemaName)
    await writeResult(io, `${JSON.stringify(schema, null, 2)}\n`, options.out)
    return 0
  },
})
