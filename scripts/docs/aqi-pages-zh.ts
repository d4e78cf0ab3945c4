/**
 * The Chinese versions of the two AQI pages: the editions side by side and the categories in
 * their official colours, rendered from the same frozen tables as the English pages.
 */
import { HJ633_2012_TABLE, HJ633_2026_TABLE } from '../../src/standards/air/index.js'
import { frontMatter, generatedNote } from './_markdown.js'
import { listBreakpointDifferences, renderBreakpointComparison } from './aqi-breakpoints.js'
import { renderAqiCategoryTables } from './aqi-categories.js'

/** The “HJ 633-2012 与 2026 对照” page. */
export function renderAqiEditionsPageZh(): string {
  const footnote = (c: 'so2_1h' | 'o3_8h') => {
    const show = (v: number | null | undefined) =>
      v === null ? '不计算分指数' : v === undefined ? '按500封顶' : `按分指数${v}计`
    return `2012版${show(HJ633_2012_TABLE.beyond[c])}，2026版${show(HJ633_2026_TABLE.beyond[c])}`
  }
  const page = [
    frontMatter({ title: '空气质量指数：HJ 633-2012 与 2026 对照' }),
    generatedNote('scripts/docs/aqi-pages-zh.ts from the breakpoint tables of eco-targets/air'),
    '',
    '# 空气质量指数：HJ 633-2012 与 HJ 633-2026 对照',
    '',
    '某日的空气质量指数（AQI）取各项污染物空气质量分指数（IAQI）中的最大值；每项分指数在浓度所在区间的',
    '两个浓度限值之间线性插值计算（HJ 633-2012 第4.2条式（1）；HJ 633-2026 第4.2.4条），并全部进位取整数',
    '（2012版第6.2条，2026版第4.2.6条）。各计算步骤详见[空气质量](../guides/air-quality.md)；本页对照两版标准的',
    '空气质量分指数及对应的污染物项目浓度限值表。',
    '',
    'HJ 633-2012 适用于2016年1月1日至2026年2月28日的数据，因此适用于2022年工作要点；HJ 633-2026 自',
    "2026年3月1日起适用（项目决定1：选项 `standard: 'HJ633-2026'` 选用新版）。",
    '',
    '## 浓度限值（2012版表1，2026版表3）',
    '',
    '浓度单位为 µg/m³，一氧化碳为 mg/m³。带箭头的单元格是2026版与2012版不同之处：“75 → **60**”表示2012版为75、',
    '2026版为60。本表在构建本站时由程序库内置的冻结数据表',
    '（{@link air!HJ633_2012_TABLE | HJ633_2012_TABLE}、{@link air!HJ633_2026_TABLE | HJ633_2026_TABLE}）生成。',
    '',
    renderBreakpointComparison('zh'),
    '',
    '两版不同之处：',
    '',
    ...listBreakpointDifferences('zh').map((d) => `- ${d}`),
    '',
    '浓度超过一列的最高限值时：',
    '',
    `- 二氧化硫1小时平均浓度高于 800 µg/m³：${footnote('so2_1h')}。2012版此时按24小时平均浓度计算二氧化硫分指数`,
    '  （表1注2）；2026版按200计（表3注b）。',
    `- 臭氧8小时滑动平均浓度高于 800 µg/m³：${footnote('o3_8h')}。2012版此时按1小时平均浓度计算臭氧分指数`,
    '  （表1注3）；2026版按300计（表3注c）。',
    '- 其余各列：HJ 633-2012 未作规定；程序库将分指数封顶为500并加以标记（项目决定3）。',
    '',
    '二氧化硫、二氧化氮和一氧化碳的1小时平均浓度限值仅用于实时报（2012版表1注1）。',
    '',
    '## 其他变化',
    '',
    '[空气质量](../guides/air-quality.md)逐条列出了两版的其他不同并注明条款：日报不再使用臭氧日最大1小时平均',
    '（2026版第4.2.2条）；实时报的颗粒物分指数按1小时浓度对照日报浓度限值计算（第4.2.4条）；浓度先按',
    'GB/T 8170 修约再计算分指数（第4.2.2条）；缺少某项指标时仅当 AQI 大于100才发布（第5.3.1条）；取消了',
    '超标污染物。空气质量指数类别和表示颜色不变，对健康影响情况和建议措施的文字有所调整',
    '（见[空气质量指数类别及表示颜色](./aqi-categories.md)）。',
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}

/** The “空气质量指数类别及表示颜色” page. */
export function renderAqiCategoriesPageZh(): string {
  const tables = renderAqiCategoryTables('zh')
  const page = [
    frontMatter({ title: '空气质量指数类别及表示颜色' }),
    generatedNote('scripts/docs/aqi-pages-zh.ts from the category data of eco-targets/air'),
    '',
    '# 空气质量指数类别及表示颜色',
    '',
    '空气质量指数的六个级别，颜色按 HJ 633 附录A表A.1（RGB 用于屏幕显示，CMYK 用于印刷），以及对健康影响',
    '情况和建议采取的措施，文字均引自标准原文。本表在构建本站时由',
    '{@link air!HJ633_2012_CATEGORIES | HJ633_2012_CATEGORIES} 和',
    '{@link air!HJ633_2026_CATEGORIES | HJ633_2026_CATEGORIES} 生成；',
    '{@link air!aqiCategory | aqiCategory} 返回某一 AQI 所属的行。',
    '',
    '优良天是空气质量指数类别为优或良的天（AQI ≤ 100）；重污染天是类别为重度污染或严重污染的天',
    '（AQI > 200）。',
    '',
    '## HJ 633-2012（表2），适用于2022年工作要点',
    '',
    tables['2012'],
    '',
    '## HJ 633-2026（表1）',
    '',
    '表示颜色不变。第一级从1开始；2012版写作“易感人群”“心脏”之处，2026版改为“敏感人群”“心血管系统”。',
    '',
    tables['2026'],
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}
