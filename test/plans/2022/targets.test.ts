import { describe, expect, it } from 'vitest'
import { PILLARS_2022, PLAN_2022_SOURCE_TEXT, TARGETS_2022 } from '../../../src/plans/2022/index.js'
import { type Target, TargetSchema } from '../../../src/schemas/target.js'

// Expectations written by hand from the source's target sentence (paragraph 0):
// 中心城区空气质量优良天数比例达到91.6%，细颗粒物（PM2.5）年均浓度达到达到23微克/立方米，重污染天数比率0%；
// 地表水国控断面水质达到或优于三类以上水体比例66.7％、劣五类水体比例16.7％，地级（中心城区）、县级（*市）
// 城市集中式饮用水水源水质Ⅲ类比例达到100%；氮氧化物、挥发性有机物、化学需氧量、氨氮排放总量持续减少，
// 达到自治区下达减排目标；受污染耕地安全利用率达到98%以上，污染地块安全利用率继续保持90%。
const EXPECTED = [
  ['air.good-days-ratio', 'goodDaysRatio', 'atLeast', 91.6, '%', 'central-city'],
  ['air.pm25-annual-mean', 'pm25Mean', 'atMost', 23, 'µg/m³', 'central-city'],
  ['air.heavy-pollution-days-ratio', 'heavyPollutionDaysRatio', 'atMost', 0, '%', 'central-city'],
  [
    'water.national-sections-class-i-iii',
    'sectionsClassIToIIIRatio',
    'atLeast',
    66.7,
    '%',
    'national-sections',
  ],
  [
    'water.national-sections-worse-than-v',
    'sectionsWorseThanVRatio',
    'atMost',
    16.7,
    '%',
    'national-sections',
  ],
  [
    'water.drinking-water-prefecture',
    'drinkingWaterClassIIIRatio',
    'atLeast',
    100,
    '%',
    'prefecture-sources',
  ],
  [
    'water.drinking-water-county',
    'drinkingWaterClassIIIRatio',
    'atLeast',
    100,
    '%',
    'county-sources',
  ],
  ['emissions.nox', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['emissions.vocs', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['emissions.cod', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['emissions.nh3n', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['soil.farmland-safe-use', 'farmlandSafeUseRatio', 'atLeast', 98, '%', 'city'],
  ['soil.contaminated-land-safe-use', 'contaminatedLandSafeUseRatio', 'atLeast', 90, '%', 'city'],
] as const

describe('TARGETS_2022', () => {
  it('has exactly the 13 targets of the source, in its order', () => {
    expect(TARGETS_2022.map((t) => t.id)).toEqual(EXPECTED.map((e) => e[0]))
  })

  it.each(EXPECTED)('%s is %s %s %s %s over %s', (id, metric, comparator, value, unit, scope) => {
    const t = TARGETS_2022.find((x) => x.id === id)
    expect(t).toMatchObject({ metric, comparator, value, unit, scope: { id: scope } })
    expect(t?.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
  })

  it('names each emission pollutant once, against the 2020 base year (an inference)', () => {
    const emissions = TARGETS_2022.filter((t) => t.metric === 'emissionTotal')
    expect(emissions.map((t) => 'pollutant' in t && t.pollutant)).toEqual([
      'NOx',
      'VOCs',
      'COD',
      'NH3N',
    ])
    expect(emissions.every((t) => 'baseYear' in t && t.baseYear === 2020)).toBe(true)
  })

  it('compares percentages at one decimal and PM2.5 at an integer (decision 6)', () => {
    for (const t of TARGETS_2022) {
      expect(t.precision).toBe(t.metric === 'pm25Mean' ? 0 : 1)
    }
  })

  it('quotes the source exactly, in paragraph 0, with the value written in the quote', () => {
    const paragraph0 = PLAN_2022_SOURCE_TEXT.split('\n')[0]!
    for (const t of TARGETS_2022) {
      expect(t.source.paragraph).toBe(0)
      expect(paragraph0).toContain(t.source.quote)
      if (t.value !== null) expect(t.source.quote).toMatch(new RegExp(`${t.value}(%|％|微克)`))
    }
  })

  it('gives each target a Chinese title of its own, made of at most two pieces of its quote', () => {
    // 地级（中心城区）、县级（*市）城市集中式饮用水水源水质Ⅲ类比例: each level keeps its own words and
    // shares the rest; 氮氧化物、…、氨氮排放总量: each pollutant with the shared 排放总量.
    const titles = TARGETS_2022.map((t) => t.title.zh)
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([])
    for (const t of TARGETS_2022) {
      const { zh } = t.title
      const q = t.source.quote
      const pieces = [...zh].some((_, k) => q.includes(zh.slice(0, k)) && q.includes(zh.slice(k)))
      expect(q.includes(zh) || pieces, t.id).toBe(true)
    }
    expect(titles.filter((t) => t.includes('城市集中式饮用水水源'))).toEqual([
      '地级（中心城区）城市集中式饮用水水源水质Ⅲ类比例',
      '县级（*市）城市集中式饮用水水源水质Ⅲ类比例',
    ])
  })

  it('quotes for each target the clause that holds its value, once in paragraph 0', () => {
    const paragraph0 = PLAN_2022_SOURCE_TEXT.split('\n')[0]!
    for (const t of TARGETS_2022) {
      const at = paragraph0.indexOf(t.source.quote)
      expect(paragraph0.indexOf(t.source.quote, at + 1), t.id).toBe(-1)
      // a clause: it neither starts nor ends inside a clause of the source
      expect('：，；、'.includes(paragraph0[at - 1]!), t.id).toBe(true)
      expect('，；、。'.includes(paragraph0[at + t.source.quote.length]!), t.id).toBe(true)
    }
    expect(TARGETS_2022.map((t) => t.source.quote).slice(0, 5)).toEqual([
      '中心城区空气质量优良天数比例达到91.6%',
      '细颗粒物（PM2.5）年均浓度达到达到23微克/立方米',
      '重污染天数比率0%',
      '地表水国控断面水质达到或优于三类以上水体比例66.7％',
      '劣五类水体比例16.7％',
    ])
  })
})

// What the source states and what the data infer (推断): a value the quote does not state must be
// listed in the target's inferences, with a note in both languages.
describe('TARGETS_2022 inferences', () => {
  const inferred = (t: Target) => new Set((t.inferences ?? []).map((i) => i.field))
  const paragraphOf = Object.fromEntries(PILLARS_2022.map((p) => [p.id, p.source.paragraph]))

  it('flags the pillar of every target, which paragraph 0 files under none of the five', () => {
    for (const t of TARGETS_2022) {
      if (paragraphOf[t.pillar] !== t.source.paragraph)
        expect(inferred(t), t.id).toContain('pillar')
    }
  })

  it('flags a scope that the quote does not name', () => {
    const flagged = TARGETS_2022.filter((t) => !t.source.quote.includes(t.scope.zh))
    for (const t of flagged) expect(inferred(t), t.id).toContain('scope')
    // 中心城区 is carried over to PM2.5 and heavy pollution, the sections to 劣五类, and the
    // city is read for the emissions and the soil
    expect(flagged.map((t) => t.id)).toEqual([
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'water.national-sections-worse-than-v',
      'emissions.nox',
      'emissions.vocs',
      'emissions.cod',
      'emissions.nh3n',
      'soil.farmland-safe-use',
      'soil.contaminated-land-safe-use',
    ])
  })

  it('flags a base year that the quote does not name: the 2020 of every emission target', () => {
    for (const t of TARGETS_2022 as readonly Target[]) {
      if (t.baseYear !== undefined && !t.source.quote.includes(String(t.baseYear))) {
        expect(inferred(t), t.id).toContain('baseYear')
      }
    }
    expect(TARGETS_2022.filter((t) => inferred(t).has('baseYear')).map((t) => t.id)).toEqual([
      'emissions.nox',
      'emissions.vocs',
      'emissions.cod',
      'emissions.nh3n',
    ])
  })

  it('flags a comparator that no comparison word of the quote states', () => {
    // 达到 (reach) states "at least" for a figure where more is better, 以上 (and above) does
    // too; no 以下 / 不超过 / 控制在 appears in paragraph 0, so every "at most" is read.
    const stated = (t: Target) => {
      const q = t.source.quote
      if (t.comparator === 'atLeast') return q.includes(`达到${t.value}`) || /以上$/.test(q)
      if (t.comparator === 'atMost') return /以下|不超过|不高于|控制在/.test(q)
      return false
    }
    const readIn = TARGETS_2022.filter((t) => !stated(t))
    for (const t of readIn) expect(inferred(t), t.id).toContain('comparator')
    expect(readIn.map((t) => t.id)).toEqual([
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'water.national-sections-class-i-iii',
      'water.national-sections-worse-than-v',
      'emissions.nox',
      'emissions.vocs',
      'emissions.cod',
      'emissions.nh3n',
      'soil.contaminated-land-safe-use',
    ])
  })

  it('flags a precision finer than the figure the source writes', () => {
    for (const t of TARGETS_2022) {
      if (t.value === null) continue
      const written = (t.source.quote.match(/\d+(?:\.\d+)?/g) ?? []).find(
        (n) => Number(n) === t.value,
      )
      expect(written, t.id).toBeDefined()
      const decimals = written?.split('.')[1]?.length ?? 0
      if (decimals !== t.precision) expect(inferred(t), t.id).toContain('precision')
    }
    expect(TARGETS_2022.filter((t) => inferred(t).has('precision')).map((t) => t.id)).toEqual([
      'air.heavy-pollution-days-ratio',
      'water.drinking-water-prefecture',
      'water.drinking-water-county',
      'soil.farmland-safe-use',
      'soil.contaminated-land-safe-use',
    ])
  })

  it('flags "class III or better" where the source says 水质Ⅲ类比例', () => {
    for (const t of TARGETS_2022.filter((t) => t.metric === 'drinkingWaterClassIIIRatio')) {
      expect(t.source.quote).not.toContain('优于Ⅲ类')
      expect(t.title.en, t.id).toContain('class III or better')
      expect(inferred(t), t.id).toContain('metric')
    }
  })

  it('lists the inferences in the order of the target fields, each note in both languages', () => {
    const order = Object.keys(TargetSchema.shape)
    for (const t of TARGETS_2022) {
      const at = (t.inferences ?? []).map((i) => order.indexOf(i.field))
      expect(at, t.id).toEqual([...at].sort((a, b) => a - b))
      for (const i of t.inferences ?? []) {
        expect(i.note.zh, t.id).toMatch(/[\u4e00-\u9fff].*。$/)
        expect(i.note.en, t.id).toMatch(/\.$/)
      }
    }
  })

  it('says "持续减少" is measured against the previous year, as evaluateEmissionTotal does by default', () => {
    for (const t of TARGETS_2022.filter((t) => t.metric === 'emissionTotal')) {
      const note = t.inferences?.find((i) => i.field === 'comparator')?.note
      expect(note?.zh, t.id).toContain('低于上一年')
      expect(note?.en, t.id).toContain("below the previous year's")
    }
  })
})

describe('TARGETS_2022 English titles', () => {
  // The words of each Chinese title and the English that renders them; '' where the Chinese
  // repeats itself (以上 after 达到或优于). Every word of a title must be rendered, and the English
  // may hold nothing else but "of", "with", "at", "the".
  const GLOSSARY: Record<string, readonly string[]> = {
    中心城区: ['central city'],
    空气质量: ['air quality', 'air'],
    优良: ['good'],
    天数: ['days'],
    比例: ['share', 'ratio'],
    比率: ['ratio', 'share'],
    细颗粒物: ['fine particulate matter'],
    'PM2.5': ['pm2.5'],
    年均: ['annual mean'],
    浓度: ['concentration'],
    重污染: ['heavy pollution'],
    地表水: ['surface water'],
    国控: ['national'],
    断面: ['sections'],
    水质: ['water quality'],
    达到或优于: ['or better'],
    三类: ['class iii'],
    以上: [''],
    水体: ['water bodies'],
    劣: ['worse than'],
    五类: ['class v'],
    地级: ['prefecture level'],
    县级: ['county level'],
    '*市': ['city'],
    城市: ['urban'],
    集中式: ['centralised'],
    饮用水: ['drinking water'],
    水源: ['sources'],
    Ⅲ类: ['class iii'],
    氮氧化物: ['nox', 'nitrogen oxides'],
    挥发性有机物: ['vocs', 'volatile organic compounds'],
    化学需氧量: ['cod', 'chemical oxygen demand'],
    氨氮: ['nh3 n', 'ammonia nitrogen'],
    排放总量: ['emission total', 'total emissions'],
    受污染: ['contaminated'],
    污染: ['contaminated'],
    耕地: ['farmland'],
    地块: ['land plots'],
    安全利用率: ['safe utilisation rate'],
  }
  // English the data add on purpose, each backed by an inference of the target.
  const INFERRED_WORDS: Record<string, { words: string; field: string }> = {
    'water.drinking-water-prefecture': { words: 'or better', field: 'metric' },
    'water.drinking-water-county': { words: 'or better', field: 'metric' },
  }
  const KEYS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length)
  const words = (zh: string): string[] => {
    const out: string[] = []
    for (let i = 0; i < zh.length; ) {
      if ('（）'.includes(zh[i]!)) {
        i++
        continue
      }
      const key = KEYS.find((k) => zh.startsWith(k, i))
      if (!key) throw new Error(`no glossary entry at "${zh.slice(i)}"`)
      out.push(key)
      i += key.length
    }
    return out
  }
  const normal = (en: string) =>
    ` ${en
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, ' ')
      .trim()} `

  it.each(TARGETS_2022.map((t) => [t.id, t] as const))(
    '%s renders every word of its Chinese title and adds none',
    (_id, t) => {
      let en = normal(t.title.en)
      const extra = INFERRED_WORDS[t.id]
      if (extra) {
        expect(
          t.inferences?.map((i) => i.field),
          t.id,
        ).toContain(extra.field)
        en = en.replace(` ${extra.words} `, ' ')
      }
      const renderings = words(t.title.zh)
        .map((w) => GLOSSARY[w]!)
        .sort((a, b) => (b[0] ?? '').length - (a[0] ?? '').length)
      for (const alternatives of renderings) {
        const found = alternatives.find((a) => a === '' || en.includes(` ${a} `))
        expect(found, `${t.id}: one of ${alternatives.join(' | ')} in "${en}"`).toBeDefined()
        if (found) en = en.replace(` ${found} `, ' ')
      }
      expect(en.split(' ').filter((w) => w && !['of', 'with', 'at', 'the'].includes(w))).toEqual([])
    },
  )
})
