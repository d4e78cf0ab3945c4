/**
 * The "API reference" page of each language: the four entry modules with what each holds and
 * how to import it, each linked to its reference, and the categories the reference is sorted by.
 */
import type { Lang } from '../../src/index.js'
import { frontMatter, generatedNote, markdownTable } from './_markdown.js'
import {
  CATEGORIES_ZH,
  MODULE_IMPORTS,
  MODULE_SUMMARIES_EN,
  MODULE_SUMMARIES_ZH,
} from './api-zh.js'

const TEXT = {
  zh: {
    title: 'API 参考',
    intro: [
      '程序库分为四个入口模块，按需导入：只计算空气质量指数的应用不必打包工作要点数据。下表列出各模块的内容，',
      '点击模块名进入其参考页面。参考页面按类别列出每个导出的函数、常量和类型；名称与代码一致，',
      '说明文字为英文，每个模块页面顶部有中文概述。',
    ],
    head: ['模块', '导入', '内容'],
    categories: '参考页面的类别',
    categoryHead: ['类别', '代码中的名称'],
  },
  en: {
    title: 'API reference',
    intro: [
      'The library has four entry modules; import what you need: an application that only computes',
      'the AQI does not bundle the plan. The table says what each holds; the module name opens its',
      'reference, where every exported function, constant and type is listed by category.',
    ],
    head: ['module', 'import', 'what it holds'],
    categories: 'Categories of the reference',
    categoryHead: ['category', 'Chinese name'],
  },
} as const

/** The page in one language. */
export function renderApiPage(lang: Lang): string {
  const t = TEXT[lang]
  const summaries = lang === 'zh' ? MODULE_SUMMARIES_ZH : MODULE_SUMMARIES_EN
  const rows = Object.entries(MODULE_IMPORTS).map(([module, path]) => [
    `{@link ${module}! | ${module}}`,
    `\`import … from '${path}'\``,
    summaries[module] ?? '',
  ])
  // In Chinese the English names are the `@category` names the comments use: code.
  const categories = Object.entries(CATEGORIES_ZH).map(([en, zh]) =>
    lang === 'zh' ? [zh, `\`${en}\``] : [en, zh],
  )
  const page = [
    frontMatter({ title: t.title }),
    generatedNote('scripts/docs/api-page.ts from scripts/docs/api-zh.ts'),
    '',
    `# ${t.title}`,
    '',
    ...t.intro,
    '',
    markdownTable(t.head, rows),
    '',
    `## ${t.categories}`,
    '',
    markdownTable(t.categoryHead, categories),
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}
