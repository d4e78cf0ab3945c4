import { z } from 'zod'
import { defineOptions } from '../../_lib/options.js'
import { PLAN_FILE_SCHEMA_PATH } from './write.js'

/**
 * Options of {@link planStarterText}: the plan's `year` (its target year; required, since the
 * library reads no clock) and its `id` (default `plan-<year>`).
 *
 * @category Plan
 */
export const PlanStarterTextOptionsSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).describe('The year the plan is for'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/)
      .optional()
      .describe('The plan id (default plan-<year>)'),
  })
  .strict()
  .describe('Options of planStarterText')
/** @category Plan */
export type PlanStarterTextOptions = z.input<typeof PlanStarterTextOptionsSchema>

const OPTIONS = defineOptions('planStarterText', PlanStarterTextOptionsSchema, (o) => ({
  year: o.year,
  id: o.id ?? `plan-${o.year}`,
}))

/**
 * The text of a starter plan file: YAML with a comment in Chinese and English on every field,
 * one target of each common form (a level, a decrease from a base year, a region) and one task,
 * so that a bureau can fill in its own plan. {@link readPlanFile} reads it as it is; the
 * `eco-targets plan init` command prints it.
 *
 * @param options - the plan's year and id
 * @returns the YAML text, ending with a newline
 * @throws {@link InputError} for a missing or bad year, a bad id or an unknown option
 * @category Plan
 * @example
 * ```ts
 * import { planStarterText, readPlanFile } from 'eco-targets'
 * const text = planStarterText({ year: 2026 })
 * text.split('\n')[0]
 * //=> '# yaml-language-server: $schema=./node_modules/eco-targets/schemas/plan-file.schema.json'
 * const plan = readPlanFile(text, { format: 'yaml' })
 * plan.id                  //=> 'plan-2026'
 * plan.targets.map((t) => t.comparator) //=> ['atLeast', 'decrease', 'atMost']
 * ```
 */
export function planStarterText(options: PlanStarterTextOptions): string {
  const { year, id } = OPTIONS.resolve(options)
  const base = year - 5
  return `# yaml-language-server: $schema=${PLAN_FILE_SCHEMA_PATH}
# 计划文件（eco-targets）：按实际修改各项，再以 eco-targets evaluate --plan <文件> 评估。
# A plan file (eco-targets): change every item to your plan, then evaluate --plan <file>.
# 文本可只写中文或只写英文，另一种语言沿用同一文本。
# A text may be in one language only; the other language repeats it.

id: ${id}                      # 计划标识 / plan id: lower-case words, "-" and "."
title:
  zh: ${year}年生态环境保护工作要点  # 标题（原文）/ title as in the source
  en: Ecological-environment work plan, ${year}
year: ${year}                    # 目标年 / the year the plan is for
period: { start: ${year}-01-01, end: ${year}-12-31 }  # 计划期（含首尾）/ period, both ends included
issuer: 某市生态环境局           # 发布机关 / issuer
jurisdiction: 某市               # 辖区 / jurisdiction
source:                          # 原文 / the source document
  title: ${year}年生态环境保护工作要点
  language: zh
  sha256: "${'0'.repeat(64)}"  # 原文 UTF-8 文本的 SHA-256 / SHA-256 of the source text
  reference: 文号或网址            # 文号、网址 / document number or address

pillars:                         # 大任务（标题）/ the headings tasks are grouped under
  - id: pollution
    order: 1
    title: { zh: 深入打好污染防治攻坚战, en: Pollution prevention and control }
    source: { paragraph: 1, quote: 深入打好污染防治攻坚战 }  # 段落与原文引文 / paragraph and quote

targets:                         # 具体指标 / quantified targets
  # 水平目标 / a level: 优良天数比例达到 90% 以上
  - id: air.good-days-ratio
    pillar: pollution
    domain: air
    title: 城市空气质量优良天数比例
    metric: goodDaysRatio        # 指标 / metric (see the plan-file guide for the list)
    comparator: atLeast          # 比较方式 / atLeast, atMost, decrease, reachReduction
    value: 90
    unit: "%"
    precision: 1                 # 发布精度（小数位）/ decimals of the published figure
    scope: { id: city, zh: 全市, en: Whole city }  # 观测数据以 scope 对应 / observations name this id
    period: { start: ${year}-01-01, end: ${year}-12-31 }
    ruleSet: cn-air-2012
    source: { paragraph: 0, quote: 优良天数比例达到90% }

  # 较基准年下降 / a decrease: PM2.5 浓度比${base}年下降 5%，基准值写在 baseValue（或以 annualValue 观测给出）
  - id: air.pm25-decrease
    pillar: pollution
    domain: air
    title: 细颗粒物（PM2.5）浓度下降比例
    metric: pm25Mean
    comparator: decrease
    value: 5                     # 下降百分比 / percent below the base year
    unit: "%"
    precision: 1                 # 下降比例的发布精度 / decimals of the published change
    baseYear: ${base}
    baseValue: 30                # ${base}年的 PM2.5（微克/立方米）/ the ${base} value, µg/m³
    scope: { id: city, zh: 全市, en: Whole city }
    period: { start: ${year}-01-01, end: ${year}-12-31 }
    ruleSet: cn-air-2012
    source: { paragraph: 0, quote: 细颗粒物浓度比${base}年下降5% }

  # 区域（各成员平均）/ a region: the mean of its members' figures
  - id: air.heavy-days-region
    pillar: pollution
    domain: air
    title: 全市重度及以上污染天数比率
    metric: heavyPollutionDaysRatio  # AQI > 200
    comparator: atMost
    value: 1
    unit: "%"
    precision: 1
    scope:
      id: region
      zh: 全市各区县平均
      en: Mean of the districts
      kind: region
      # 成员：编号（其观测数据的 scope）及报告中显示的名称 / members: the id (the scope of their
      # observations) and the name reports show
      members:
        - { id: district-a, zh: 甲区, en: District A }
        - { id: district-b, zh: 乙区, en: District B }
    period: { start: ${year}-01-01, end: ${year}-12-31 }
    ruleSet: cn-air-2012
    source: { paragraph: 0, quote: 重度及以上污染天数比率控制在1%以内 }

tasks:                           # 重点工作 / tasks
  - id: air.dust-control
    pillar: pollution
    domain: air
    text: { zh: 加强施工扬尘管控, en: Control construction dust }
    kind: ongoing                # ongoing, oneOff, document, counted
    targets: [air.good-days-ratio]  # 所服务的指标 / the targets it serves
    source: { paragraph: 1, quote: 加强施工扬尘管控 }
`
}
