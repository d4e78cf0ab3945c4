import { renderTextTable } from '../_lib/text-table.js'
import type { LocalizedText } from '../schemas/common.js'
import {
  GB3838_TABLE1,
  type MainPollutants,
  type SectionPeriodClassification,
  type SectionSetAssessment,
  type TrophicState,
  WATER_CLASS_LABELS,
  type WaterBody,
  type WaterClass,
  type WaterIndicatorKey,
} from '../standards/water/index.js'
import { formatCount, formatPercent } from './_counts.js'
import type { Lang } from './labels.js'

/** One section's class for the period, for {@link renderWaterText}. @category Report */
export interface WaterSectionText {
  readonly section: {
    readonly id: string
    readonly name: string
    /** Province and basin, when the input has them. */
    readonly where: string | null
    readonly waterBody: WaterBody
    /** The samplings; a section with one row shows its published class beside its own. */
    readonly samplings: readonly { readonly officialClass?: WaterClass | null }[]
  }
  readonly period: SectionPeriodClassification
  readonly pollutants: MainPollutants | null
  readonly trophic: TrophicState | null
  /** Why a lake or reservoir with trophic columns has no TLI(Σ). */
  readonly trophicNote: LocalizedText | null
}

/** The comparison with the published classes (`水质类别`), for {@link renderWaterText}. @category Report */
export interface WaterComparisonText {
  readonly compared: number
  readonly agree: number
  readonly differences: readonly {
    readonly origin: { readonly file: string; readonly line?: number }
    readonly section: string
    readonly ours: WaterClass | null
    readonly official: WaterClass | null
    readonly deciding: readonly string[]
    readonly onLimit: readonly { readonly indicator: string; readonly value: number }[]
  }[]
}

/** What {@link renderWaterText} renders. @category Report */
export interface WaterTextInput {
  readonly results: readonly WaterSectionText[]
  /** The comparison with the published classes; `null` when the input has none. */
  readonly comparison: WaterComparisonText | null
  readonly set: SectionSetAssessment
  /** The period of the samplings (`2022`, `2022-Q3`, `2022-07`), when one was chosen. */
  readonly period?: string
}

/** Options of {@link renderWaterText}. @category Report */
export interface RenderWaterTextOptions {
  /** Language of the words (default `zh`). */
  readonly lang?: Lang
  /** Leave out the section list, the main pollutants and the trophic states. */
  readonly summary?: boolean
}

const CLASSES: readonly WaterClass[] = [1, 2, 3, 4, 5, 6]

const BODY_ZH: Readonly<Record<WaterBody, string>> = {
  river: '河流',
  lake: '湖泊',
  reservoir: '水库',
}

const CONDITION_ZH: Readonly<Record<string, string>> = {
  noData: '无数据',
  driedUp: '断流',
  frozen: '冰封',
  notSampled: '未采样',
  tooFewSamplings: '监测次数不足',
}

const TROPHIC_ZH: Readonly<Record<string, string>> = {
  chla: '叶绿素a',
  TP: '总磷',
  TN: '总氮',
  SD: '透明度',
  CODMn: '高锰酸盐指数',
}

const classLabel = (c: WaterClass | null | undefined) =>
  c === null || c === undefined ? '—' : WATER_CLASS_LABELS[c]

/** A class as Chinese text writes it: `Ⅲ类`, `劣Ⅴ类`. */
const classZh = (c: WaterClass | null | undefined) =>
  c === null || c === undefined ? '—' : `${WATER_CLASS_LABELS[c]}类`

function indicatorNames(keys: readonly string[], lang: Lang): string {
  if (lang === 'en') return keys.join(', ')
  return keys.map((k) => GB3838_TABLE1[k as WaterIndicatorKey]?.name.zh ?? k).join('、')
}

function headline(input: WaterTextInput, lang: Lang): string {
  const { results, period } = input
  const classed = results.filter((r) => r.period.condition === 'assessed').length
  const n = results.length
  if (lang === 'zh') {
    return `${formatCount(n)} 个断面（${formatCount(classed)} 个有类别，${formatCount(n - classed)} 个无类别）${period ? `，时段 ${period}` : ''}`
  }
  return `${formatCount(n)} section${n === 1 ? '' : 's'} (${formatCount(classed)} with a class, ${formatCount(n - classed)} without)${period ? `, period ${period}` : ''}`
}

function sectionTable(input: WaterTextInput, lang: Lang): string {
  const { results } = input
  const withOfficial = input.comparison !== null
  const ids = results.some((r) => r.section.id !== r.section.name && !r.section.where)
  const where = results.some((r) => r.section.where)
  const rows = results.map(({ section, period }) => {
    const single = section.samplings.length === 1 ? section.samplings[0] : undefined
    const official = single?.officialClass
    return [
      ...(ids ? [section.id] : []),
      section.name,
      ...(where ? [section.where ?? ''] : []),
      lang === 'zh' ? BODY_ZH[section.waterBody] : section.waterBody,
      String(period.samplings.used),
      period.condition === 'assessed'
        ? classLabel(period.waterClass)
        : lang === 'zh'
          ? (CONDITION_ZH[period.condition] ?? period.condition)
          : period.condition,
      ...(withOfficial ? [official !== undefined ? classLabel(official) : ''] : []),
      indicatorNames(period.deciding, lang),
    ]
  })
  const zh = lang === 'zh'
  const header = [
    ...(ids ? [zh ? '断面编号' : 'section'] : []),
    zh ? '断面名称' : 'name',
    ...(where ? [zh ? '省份 / 流域' : 'province / basin'] : []),
    zh ? '水体' : 'water body',
    zh ? '监测次数' : 'samplings',
    zh ? '类别' : 'class',
    ...(withOfficial ? [zh ? '发布类别' : 'published'] : []),
    zh ? '定类指标' : 'deciding',
  ]
  return renderTextTable(header, rows, { right: [header.indexOf(zh ? '监测次数' : 'samplings')] })
}

function pollutantLines(results: readonly WaterSectionText[], lang: Lang): string[] {
  const listed = results.filter((r) => r.pollutants?.text)
  if (listed.length === 0) return []
  if (lang === 'zh') {
    return [
      '水质劣于Ⅲ类断面的主要污染指标（22号；括号内为超标倍数）：',
      ...listed.map(
        (r) => `  ${r.section.name}（${classZh(r.period.waterClass)}）：${r.pollutants?.text?.zh}`,
      ),
      '',
    ]
  }
  return [
    'Main pollutants (主要污染指标, 22号; exceedance multiple (C − C_Ⅲ) / C_Ⅲ) of the sections worse than class Ⅲ:',
    ...listed.flatMap((r) => [
      `  ${r.section.name} (${classLabel(r.period.waterClass)}): ${r.pollutants?.text?.zh}`,
      `    ${r.pollutants?.text?.en}`,
    ]),
    '',
  ]
}

function trophicLines(results: readonly WaterSectionText[], lang: Lang): string[] {
  const listed = results.filter((r) => r.trophic || r.trophicNote)
  if (listed.length === 0) return []
  const zh = lang === 'zh'
  return [
    zh
      ? '湖库断面的综合营养状态指数 TLI(Σ)（总站生字〔2001〕090号）：'
      : 'Trophic state (TLI(Σ), 总站生字〔2001〕090号) of the lake and reservoir sections:',
    ...listed.map(({ section, trophic, trophicNote }) => {
      if (!trophic || trophic.published === null) {
        const why = trophicNote?.[lang] ?? (zh ? '没有营养状态参数' : 'no trophic parameter')
        return zh ? `  ${section.name}：—（${why}）` : `  ${section.name}: — (${why})`
      }
      const index = trophic.published.toFixed(1)
      if (zh) {
        const missing = trophic.renormalized
          ? `；缺少${trophic.missing.map((m) => TROPHIC_ZH[m] ?? m).join('、')}，权重在已有的 ${trophic.parameters.length} 项参数间重新归一`
          : ''
        return `  ${section.name}：${index} ${trophic.gradeText?.zh}${missing}`
      }
      const missing = trophic.renormalized
        ? `; without ${trophic.missing.join(', ')}: the weights renormalised over the ${trophic.parameters.length} given`
        : ''
      return `  ${section.name}: ${index} ${trophic.gradeText?.zh} (${trophic.gradeText?.en})${missing}`
    }),
    '',
  ]
}

function comparisonLines(c: WaterComparisonText, lang: Lang): string[] {
  const zh = lang === 'zh'
  const lines = [
    zh
      ? `发布类别（水质类别）：${formatCount(c.compared)} 个有发布类别的行中，${formatCount(c.agree)} 个与按其数值判定的类别一致。`
      : `Published class (水质类别): ${formatCount(c.agree)} of ${formatCount(c.compared)} classed rows agree with the class of their values.`,
  ]
  for (const d of c.differences) {
    if (zh) {
      const why = d.onLimit.length
        ? `；${d.onLimit.map((o) => `${indicatorNames([o.indicator], lang)} ${o.value}`).join('、')} 恰好等于${classZh(d.ours)}限值：发布类别很可能按未修约的监测值判定`
        : ''
      lines.push(
        `  ${where(d.origin)}  ${d.section}：按数值判定为${classZh(d.ours)}（${indicatorNames(d.deciding, lang) || '—'}），发布为${classZh(d.official)}${why}`,
      )
      continue
    }
    const why = d.onLimit.length
      ? `; ${d.onLimit.map((o) => `${o.indicator} ${o.value}`).join(', ')} is exactly the class ${classLabel(d.ours)} limit: the published class was likely judged on the unrounded measurement`
      : ''
    lines.push(
      `  ${where(d.origin)}  ${d.section}: ours ${classLabel(d.ours)} (${d.deciding.join(', ') || '—'}), published ${classLabel(d.official)}${why}`,
    )
  }
  return lines
}

function setLines(set: SectionSetAssessment, lang: Lang): string[] {
  const n = set.evaluated
  const left = Object.entries(set.excludedCounts).filter(([, k]) => k > 0)
  const i3 = set.classIToIII.numerator
  const v6 = set.worseThanV.numerator
  if (lang === 'zh') {
    const counts = CLASSES.map((c) => `${classZh(c)} ${formatCount(set.classCounts[c])}`).join(
      ' · ',
    )
    return [
      `参与评价的断面 ${formatCount(n)} 个：Ⅰ～Ⅲ类 ${formatCount(i3)} 个（${formatPercent(i3, n)}%） · 劣Ⅴ类 ${formatCount(v6)} 个（${formatPercent(v6, n)}%）`,
      `  各类别：${counts}`,
      set.status
        ? `  水质状况：${set.status.text.zh}，${set.status.method === 'classShares' ? '按断面水质类别比例评价（5 个及以上断面）' : '按各指标均值评价（少于 5 个断面）'}`
        : '  水质状况：—（没有断面有类别）',
      ...(left.length
        ? [`  未计入：${left.map(([r, k]) => `${CONDITION_ZH[r] ?? r} ${k}`).join('、')}`]
        : []),
    ]
  }
  const counts = CLASSES.map(
    (c) => `${WATER_CLASS_LABELS[c]} ${formatCount(set.classCounts[c])}`,
  ).join(' · ')
  return [
    `Set of ${formatCount(n)} classed section${n === 1 ? '' : 's'}: Ⅰ–Ⅲ ${formatCount(i3)} (${formatPercent(i3, n)} %) · 劣Ⅴ ${formatCount(v6)} (${formatPercent(v6, n)} %)`,
    `  classes: ${counts}`,
    set.status
      ? `  status: ${set.status.text.zh} (${set.status.text.en}), by ${set.status.method === 'classShares' ? 'class shares (5 sections or more)' : 'the mean of each indicator (fewer than 5 sections)'}`
      : '  status: — (no section has a class)',
    ...(left.length ? [`  left out: ${left.map(([r, k]) => `${r} ${k}`).join(', ')}`] : []),
  ]
}

/**
 * The text report of surface-water sections: a line counting the sections, each section's
 * class with its deciding indicators (and its published class when the input has one), the
 * main pollutants of the sections worse than class Ⅲ, the trophic state of lake and reservoir
 * sections, the agreement with the published classes, then the set's ratios, class counts and
 * status. Chinese or English; what `eco-targets water` prints.
 *
 * @param input - the section results, the comparison and the set assessment
 * @param options - language, summary only
 * @returns the text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * import { renderWaterText } from 'eco-targets'
 * import { assessSectionSet } from 'eco-targets/water'
 * const set = assessSectionSet([])
 * const text = renderWaterText({ results: [], comparison: null, set }, { lang: 'zh' })
 * text.split('\n')[0] //=> '0 个断面（0 个有类别，0 个无类别）'
 * ```
 */
export function renderWaterText(
  input: WaterTextInput,
  options: RenderWaterTextOptions = {},
): string {
  const lang = options.lang ?? 'zh'
  const lines = [headline(input, lang), '']
  if (!options.summary) {
    lines.push(
      sectionTable(input, lang),
      ...pollutantLines(input.results, lang),
      ...trophicLines(input.results, lang),
    )
  }
  if (input.comparison) lines.push(...comparisonLines(input.comparison, lang), '')
  lines.push(...setLines(input.set, lang))
  return `${lines.join('\n')}\n`
}

const where = (o: { readonly file: string; readonly line?: number }) =>
  o.line === undefined ? o.file : `${o.file}:${o.line}`
