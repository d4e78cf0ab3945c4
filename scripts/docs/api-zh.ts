/**
 * The Chinese of the API reference: a summary of each entry module, shown above its English
 * comment in the Chinese site and on the "API 参考" page, and the Chinese name of each category
 * (`@category`). The names of functions, types and fields stay as in the code.
 *
 * A new entry point or category needs its Chinese here; the Chinese build fails without it.
 */
import type { LocalizedText } from '../../src/index.js'

/** The summary of each entry module, by module name, in Chinese. */
export const MODULE_SUMMARIES_ZH: Readonly<Record<string, string>> = {
  'eco-targets':
    '程序库的主入口：数据模型（zod 模式及由其推导的类型）、指标与规则集词汇、按 GB/T 8170 修约的发布规则、' +
    '对照指标判定、全部评估函数（空气、水、土壤、总量减排、废铅蓄电池、碳排放配额、重点工作清单）以及' +
    '报告生成函数（Markdown、HTML、工作要点文本）。空气和水的国家标准分别在 `eco-targets/air` 和' +
    '`eco-targets/water` 中，内置的2022年工作要点在 `eco-targets/plan-2022` 中。',
  'plan-2022':
    '内置的城市2022年生态环境保护工作要点数据（`eco-targets/plan-2022`）：13项具体指标、107项重点工作、' +
    '五大任务及工作要点原文；每项指标和任务均附原文引文。',
  air:
    '按国家方法计算环境空气质量，精确计算，无需工作要点即可单独使用：HJ 633 空气质量指数（2012版和2026版，' +
    '日报和实时报）、GB 3095 浓度限值与达标判定，以及 HJ 663 统计方法——从站点小时数据到城市日均值和' +
    '评价时段的统计值（有效天数、优良天数比例、重污染天数比率、均值和百分位数）。',
  water:
    '地表水和地下水水质标准（`eco-targets/water`），可单独使用：GB 3838-2002 表1至表3、单项指标和断面的' +
    '水质类别（环办〔2011〕22号，21项指标、单因子评价；5+X）、时段均值、断面集合（类别比例、Ⅰ~Ⅲ类' +
    '比例和劣Ⅴ类比例、水质状况）、集中式饮用水水源（地表水和地下水），GB/T 14848-2017 地下水质量类别，' +
    '以及原始数据的读取。所有与限值的比较均按十进制数值精确进行。',
}

/** The Chinese name of each category of the API reference. */
export const CATEGORIES_ZH: Readonly<Record<string, string>> = {
  Plan: '工作要点',
  Report: '报告',
  Air: '空气',
  Water: '水',
  Soil: '土壤',
  Emissions: '总量减排',
  Tasks: '重点工作',
  Schemas: '数据模式',
  Rounding: '数值修约',
  Errors: '输入错误',
  CLI: '命令行',
  Other: '其他',
}

/** The English summary line of each module on the "API reference" page. */
export const MODULE_SUMMARIES_EN: Readonly<Record<string, string>> = {
  'eco-targets':
    'The models (zod schemas and their types), the vocabulary of metrics and rule sets, GB/T 8170 rounding, the comparison with a target, every evaluator (air, water, soil, emissions, batteries, carbon, the task checklist) and the report renderers.',
  'plan-2022':
    'The bundled 2022 work plan as data: 13 targets, 107 tasks, five pillars and the source text, every item with its quote.',
  air: 'Ambient air quality by the national methods, exact and usable alone: HJ 633 AQI (2012 and 2026), GB 3095 limits and compliance, HJ 663 statistics from hourly records to city days and period figures.',
  water:
    'Surface-water and groundwater standards, usable alone: GB 3838-2002 tables, indicator and section classes (22号, 5+X), period means, sets of sections, drinking-water sources, GB/T 14848-2017 groundwater classes.',
}

/** The import path of each entry module. */
export const MODULE_IMPORTS: Readonly<Record<string, string>> = {
  'eco-targets': 'eco-targets',
  'plan-2022': 'eco-targets/plan-2022',
  air: 'eco-targets/air',
  water: 'eco-targets/water',
}

/** A category's name in both languages. */
export function categoryName(category: string): LocalizedText {
  return { zh: CATEGORIES_ZH[category] ?? category, en: category }
}
