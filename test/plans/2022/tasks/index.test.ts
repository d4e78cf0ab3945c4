import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  PILLARS_2022,
  PLAN_2022_SOURCE_TEXT as SOURCE,
  TARGETS_2022,
  TASKS_2022,
} from '../../../../src/plans/2022/index.js'
import type { Task } from '../../../../src/schemas/task.js'
import { DOMAINS, type Domain } from '../../../../src/schemas/vocabulary.js'
import { ROOT } from '../../../_helpers/shared.js'
import {
  locateClause,
  type Sentence,
  type Span,
  splitSentences,
  uncoveredSentences,
} from '../../../_helpers/source-coverage.js'

const TASK_PARAGRAPHS = [1, 2, 3, 4, 5]
const SENTENCES = splitSentences(SOURCE, TASK_PARAGRAPHS)
const span = (t: Task): Span => locateClause(SOURCE, t.source.paragraph, t.source.quote, t.text.zh)
const byText = (fragment: string): Task => {
  const found = TASKS_2022.filter((t) => t.text.zh.includes(fragment))
  expect(found, `one task whose text contains ${fragment}`).toHaveLength(1)
  return found[0]!
}

// Sentences of paragraphs 1–5 that ask for no action of their own, each with the reason. The five
// pillar headings (一是…五是) are not listed: the pillars quote them.
const NON_ACTION: Record<string, { reason: string; domain?: Domain }> = {
  '我们要深入学习领会习近平总书记关于全面从严治党的重要论述，牢牢把握党的十九届六中全会和中央纪委六次全会的精神实质、实践要求，以党的政治建设为统领，全面提高党的建设质量，建设让党中央放心、让群众满意的模范机关':
    {
      reason:
        'preamble of pillar 5: the aim of the pillar (a model organ), which the tasks under its six headings carry out; it stands before 加强党的政治建设 and is none of its tasks',
    },
  大气污染防治方面: { reason: 'heading of the air section of pillar 2' },
  水污染防治方面: { reason: 'heading of the water section of pillar 2' },
  土壤污染防治方面: { reason: 'heading of the soil section of pillar 2' },
  固体废物治理方面: { reason: 'heading of the solid-waste section of pillar 2' },
  生态保护和修复方面: { reason: 'heading of the ecology section of pillar 2' },
  加强党的政治建设: { reason: 'heading; its actions follow', domain: 'party-political' },
  加强党的思想建设: { reason: 'heading; its actions follow', domain: 'party-ideology' },
  加强党的组织建设: { reason: 'heading; its actions follow', domain: 'party-organization' },
  加强党的作风建设: { reason: 'heading; its actions follow', domain: 'party-conduct' },
  加强党的纪律建设: { reason: 'heading; its actions follow', domain: 'party-discipline' },
  加强干部队伍建设: { reason: 'heading; its actions follow', domain: 'cadres' },
}

const pillarSpans = (): Span[] =>
  PILLARS_2022.map((p) => locateClause(SOURCE, p.source.paragraph, p.source.quote, p.source.quote))
const nonActionSpans = (): Span[] =>
  SENTENCES.filter((s) => s.text in NON_ACTION).map((s) => ({
    start: s.start,
    end: s.start + s.text.length,
  }))
const uncovered = (tasks: readonly Task[]): Sentence[] =>
  uncoveredSentences(SENTENCES, [...tasks.map(span), ...pillarSpans(), ...nonActionSpans()])

describe('TASKS_2022', () => {
  it('has 106 tasks with unique ids, in the order of the source', () => {
    expect(TASKS_2022).toHaveLength(106)
    expect(new Set(TASKS_2022.map((t) => t.id)).size).toBe(106)
    const starts = TASKS_2022.map((t) => span(t).start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('counts the tasks of each pillar by reading the source', () => {
    const count = (pillar: string) => TASKS_2022.filter((t) => t.pillar === pillar).length
    expect([
      count('growth'),
      count('pollution'),
      count('inspection'),
      count('governance'),
      count('party'),
    ]).toEqual([13, 44, 10, 14, 25])
  })

  it('groups ids by domain: <domain>.<name>, with the Party domains under party and the economy under economy', () => {
    const prefix = (d: Domain) =>
      d.startsWith('party-') || d === 'cadres'
        ? 'party'
        : d === 'business-environment'
          ? 'economy'
          : d
    for (const t of TASKS_2022) expect(t.id.split('.')[0], t.id).toBe(prefix(t.domain))
  })

  it('places every task in the paragraph of its pillar', () => {
    const paragraphOf = { growth: 1, pollution: 2, inspection: 3, governance: 4, party: 5 }
    for (const t of TASKS_2022) {
      expect(t.source.paragraph, t.id).toBe(paragraphOf[t.pillar as keyof typeof paragraphOf])
    }
  })
})

describe('TASKS_2022 source quotes', () => {
  const lines = SOURCE.split('\n')

  it.each(TASKS_2022.map((t) => [t.id, t] as const))(
    '%s quotes one whole sentence of its paragraph, and its text is inside the quote',
    (_id, t) => {
      // exactly once in the whole source, in the paragraph the task names
      const first = SOURCE.indexOf(t.source.quote)
      expect(first).toBeGreaterThanOrEqual(0)
      expect(SOURCE.indexOf(t.source.quote, first + 1)).toBe(-1)
      expect(lines[t.source.paragraph]).toContain(t.source.quote)
      // a sentence of the split, not a fragment
      expect(
        SENTENCES.filter((s) => s.paragraph === t.source.paragraph).map((s) => s.text),
      ).toContain(t.source.quote)
      expect(SOURCE).toContain(t.text.zh)
      expect(t.source.quote).toContain(t.text.zh)
    },
  )

  it('gives every task a clause of its own: no two tasks share a character of the source', () => {
    const spans = TASKS_2022.map(span).sort((a, b) => a.start - b.start)
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end)
  })
})

describe('TASKS_2022 coverage of the source', () => {
  // The unit of coverage is the character, not the sentence: a sentence is covered when each of
  // its characters (punctuation aside) lies inside the text.zh of some task, inside a pillar
  // heading, or inside a NON_ACTION sentence. A sentence that holds several actions is tiled by
  // several tasks, so checking sentences against quotes alone would not notice a dropped clause;
  // checking characters against clauses does, and lets the next test remove tasks one by one.

  it('splits paragraphs 1–5 into 97 sentences (10 + 42 + 10 + 7 + 28)', () => {
    expect(SENTENCES.map((s) => s.paragraph).join('')).toBe(
      '1'.repeat(10) + '2'.repeat(42) + '3'.repeat(10) + '4'.repeat(7) + '5'.repeat(28),
    )
    expect(SENTENCES[0]).toMatchObject({ paragraph: 1, text: '一是积极助力经济高质量发展' })
    expect(SENTENCES.at(-1)?.text).toMatch(/^深入贯彻新时代党的组织路线.*的生态环保铁军$/)
    // the space after 。 before 加强干部队伍建设 is not part of the sentence
    expect(SENTENCES.map((s) => s.text)).toContain('加强干部队伍建设')
  })

  it('covers every action of paragraphs 1–5 with a task', () => {
    expect(uncovered(TASKS_2022).map((s) => `¶${s.paragraph} ${s.text}`)).toEqual([])
  })

  it('lists as NON_ACTION only real sentences of the source that no task quotes', () => {
    const texts = SENTENCES.map((s) => s.text)
    for (const sentence of Object.keys(NON_ACTION)) expect(texts).toContain(sentence)
    expect(Object.keys(NON_ACTION)).toHaveLength(12)
    const spans = TASKS_2022.map(span)
    for (const s of nonActionSpans()) {
      expect(spans.filter((t) => t.start < s.end && s.start < t.end)).toEqual([])
    }
  })

  it.each(TASKS_2022.map((t, i) => [t.id, i] as const))('fails when %s is removed', (_id, i) => {
    const removed = TASKS_2022[i]!
    const rest = TASKS_2022.filter((_, j) => j !== i)
    const left = uncovered(rest)
    expect(left.map((s) => s.text)).toContain(removed.source.quote)
  })

  it('places each Party task under the heading of its domain (加强 + the domain name)', () => {
    const headings = SENTENCES.filter((s) => NON_ACTION[s.text]?.domain)
    expect(headings).toHaveLength(6)
    for (const [i, heading] of headings.entries()) {
      const domain = NON_ACTION[heading.text]!.domain!
      expect(`加强${DOMAINS[domain].zh}`).toBe(heading.text)
      const end = headings[i + 1]?.start ?? Number.POSITIVE_INFINITY
      const under = TASKS_2022.filter((t) => span(t).start > heading.start && span(t).start < end)
      expect(under.length, heading.text).toBeGreaterThan(0)
      for (const t of under) expect(t.domain, t.id).toBe(domain)
    }
  })
})

describe('TASKS_2022 counted objectives', () => {
  it('finds exactly five counted figures in paragraphs 1–5 of the source', () => {
    const body = SOURCE.split('\n').slice(1, 6).join('\n')
    expect(body.match(/\d+(?:\.\d+)?(?:家|个|%|％)/g)).toEqual([
      '13家',
      '46家',
      '45个',
      '8个',
      '50%',
    ])
  })

  // Written from the source: 开展13家重点排放单位碳排放配额核定及清缴履约工作; 全面完成2022年46家优先管控
  // 和疑似污染地块详查和风险管控任务; 完成全市45个行政村生活污水治理任务; 对全市8个地下水监测点周边开展
  // 污染隐患排查和治理; 实现废铅蓄电池规范化收集率达到50%. The source counts the plots with 家,
  // the measure word of enterprises and households; a plot (地块) is counted with 个, as the
  // figure is shown in a report (31 / 46 个).
  it.each([
    ['13家重点排放单位碳排放配额核定及清缴履约', 13, '家'],
    ['46家优先管控和疑似污染地块详查和风险管控', 46, '个'],
    ['45个行政村生活污水治理', 45, '个'],
    ['8个地下水监测点周边开展污染隐患排查和治理', 8, '个'],
  ] as const)('counts %s as %i %s', (fragment, value, unit) => {
    const t = byText(fragment)
    expect(t.kind).toBe('counted')
    expect(t.objective).toMatchObject({ kind: 'count', value, unit: { zh: unit } })
  })

  it('sets the lead-acid battery collection rate at 50 % (batteryCollectionRate)', () => {
    const t = byText('废铅蓄电池规范化收集率达到50%')
    expect(t.kind).toBe('counted')
    expect(t.objective).toEqual({
      kind: 'rate',
      value: 50,
      unit: '%',
      metric: 'batteryCollectionRate',
      subject: { zh: '废铅蓄电池规范化收集率', en: expect.any(String) },
    })
  })

  it('has no other objective, and every counted task has one', () => {
    expect(TASKS_2022.filter((t) => t.objective)).toHaveLength(5)
    expect(TASKS_2022.filter((t) => t.kind === 'counted')).toHaveLength(5)
  })

  it('names the subject of each objective in the words of its task', () => {
    for (const t of TASKS_2022) if (t.objective) expect(t.text.zh).toContain(t.objective.subject.zh)
  })
})

describe('TASKS_2022 windows and due dates', () => {
  it('covers the Beijing 2022 Winter Olympics (4–20 Feb) and Paralympics (4–13 Mar)', () => {
    const t = byText('北京冬奥会和冬残奥会空气质量保障')
    expect(t.windows?.map((w) => [w.label.zh, w.start, w.end])).toEqual([
      ['2022年北京冬奥会', '2022-02-04', '2022-02-20'],
      ['2022年北京冬残奥会', '2022-03-04', '2022-03-13'],
    ])
    expect(t.due).toBe('2022-03-13')
    expect(t.targets).toEqual([
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
    ])
  })

  it('gives no other task a window or a due date (the rest are due at the end of 2022)', () => {
    expect(TASKS_2022.filter((t) => t.windows).map((t) => t.id)).toEqual(['air.winter-games'])
    expect(TASKS_2022.filter((t) => t.due).map((t) => t.id)).toEqual(['air.winter-games'])
  })
})

describe('TASKS_2022 documents', () => {
  const body = SOURCE.split('\n').slice(1, 6).join('\n')
  // 《…》 titles of paragraphs 1–5 that the plan asks to produce …
  const DELIVERABLE = [
    '《察汗淖尔流域生态环境监测、执法协作机制》',
    '《县域农村生活污水治理专项规划》',
  ]
  // … and those it only asks to carry out or obey.
  const APPLIED: Record<string, string> = {
    '《“十四五”时期岱海流域保护治理实施方案》':
      'an existing plan whose projects are to be carried out',
    '《党委（党组）落实全面从严治党主体责任规定》': 'a Party regulation to be applied',
    '《中国共产党廉洁自律准则》': 'a Party code to be applied',
    '《中国共产党纪律处分条例》': 'a Party regulation to be applied',
  }
  // Documents the source asks for without 《》.
  const UNBRACKETED = [
    '碳达峰路径及达峰方案',
    '重点地区、重点行业峰值目标、路线图、行动方案和配套措施',
    '深入打好污染防治攻坚战工作方案',
    '考核评价办法',
    '*市入河排污口清单',
    '重点监管企业名录',
    '重点污染源清单',
    '全口径涉重金属重点行业企业清单',
    '应急预案',
  ]
  const documents = TASKS_2022.flatMap((t) => t.documents ?? [])

  it('sorts every 《…》 of paragraphs 1–5 into deliverables and applied texts', () => {
    expect(new Set(body.match(/《[^》]+》/g))).toEqual(
      new Set([...DELIVERABLE, ...Object.keys(APPLIED)]),
    )
  })

  it('lists exactly the deliverable documents, zh as in the source', () => {
    expect(documents.map((d) => d.zh).sort()).toEqual([...DELIVERABLE, ...UNBRACKETED].sort())
    for (const title of Object.keys(APPLIED))
      expect(documents.map((d) => d.zh)).not.toContain(title)
  })

  it('names each document inside its task text, with 《》 exactly where the source has them', () => {
    for (const t of TASKS_2022) {
      for (const d of t.documents ?? []) {
        expect(t.text.zh, t.id).toContain(d.zh)
        if (!d.zh.startsWith('《')) expect(t.text.zh).not.toContain(`《${d.zh}》`)
        expect(d.en.length).toBeGreaterThan(5)
      }
    }
  })

  it('makes the document tasks exactly the tasks with documents', () => {
    const withDocs = TASKS_2022.filter((t) => t.documents?.length).map((t) => t.id)
    expect(TASKS_2022.filter((t) => t.kind === 'document').map((t) => t.id)).toEqual(withDocs)
    expect(withDocs).toHaveLength(9)
  })
})

describe('TASKS_2022 target links', () => {
  const AIR = ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio']
  const SECTIONS = ['water.national-sections-class-i-iii', 'water.national-sections-worse-than-v']
  const DRINKING = ['water.drinking-water-prefecture', 'water.drinking-water-county']
  const EMISSIONS = ['emissions.nox', 'emissions.vocs', 'emissions.cod', 'emissions.nh3n']
  const WASTEWATER = ['emissions.cod', 'emissions.nh3n']

  // The water bodies that hold a national section, read from the national sections of the
  // sample (a site name such as 岱海湖心 "Daihai, lake centre" names the lake 岱海).
  const sample = readFileSync(join(ROOT, 'sample', '2022', 'water-sections.jsonl'), 'utf8')
  const SECTION_WATERS = [
    ...new Set(
      sample
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { network: string; name: string })
        .filter((r) => r.network === 'national')
        .map((r) => r.name.replace(/湖心$/, '')),
    ),
  ]
  const namedWater = (t: Task) => SECTION_WATERS.find((w) => t.text.zh.includes(w))

  const airSection = SENTENCES.find((s) => s.text === '大气污染防治方面')!
  const waterSection = SENTENCES.find((s) => s.text === '水污染防治方面')!
  const inAirSection = (t: Task) => {
    const at = span(t).start
    return at > airSection.start && at < waterSection.start
  }

  // Why a task serves a target, as rules over the words of the task: each rule says which tasks
  // serve which targets. Every link must follow from a rule (justified), and every task a rule
  // picks must serve all of the rule's targets (complete).
  const RULES: { why: string; targets: readonly string[]; picks: (t: Task) => boolean }[] = [
    {
      why: 'a task of the air section (大气污染防治方面), or one that names 空气质量 or the 铁合金 industry that section names, works on the central-city air',
      targets: AIR,
      picks: (t) => inAirSection(t) || /空气质量|铁合金/.test(t.text.zh),
    },
    {
      why: 'it names the national sections (国控断面), a water body that holds one, or the outfalls into rivers (入河排污口) whose water the sections measure',
      targets: SECTIONS,
      picks: (t) => /国控断面|入河排污口/.test(t.text.zh) || namedWater(t) !== undefined,
    },
    {
      why: 'it names the drinking-water sources (饮用水水源, 水源地)',
      targets: DRINKING,
      picks: (t) => /饮用水水源|水源地/.test(t.text.zh),
    },
    {
      why: 'it names the emission-total reductions (总量减排)',
      targets: EMISSIONS,
      picks: (t) => t.text.zh.includes('总量减排'),
    },
    {
      why: 'it names a combustion source of NOx: coal-fired boilers, industrial kilns, diesel trucks, non-road machinery',
      targets: ['emissions.nox'],
      picks: (t) => /燃煤锅炉|工业炉窑|柴油货车|非道路移动机械/.test(t.text.zh),
    },
    {
      why: 'it names volatile organic compounds (挥发性有机物)',
      targets: ['emissions.vocs'],
      picks: (t) => t.text.zh.includes('挥发性有机物'),
    },
    {
      why: 'it treats or supervises wastewater, where COD and NH3-N are cut: treatment plants (污水处理厂), discharging enterprises (废水排放), the village sewage to be treated (生活污水治理任务)',
      targets: WASTEWATER,
      picks: (t) => /污水处理厂|废水排放|生活污水治理任务/.test(t.text.zh),
    },
    {
      why: 'it screens the enterprises discharging cadmium (涉镉), the heavy metal of contaminated farmland',
      targets: ['soil.farmland-safe-use'],
      picks: (t) => t.text.zh.includes('涉镉'),
    },
    {
      why: 'it names contaminated land plots (污染地块)',
      targets: ['soil.contaminated-land-safe-use'],
      picks: (t) => t.text.zh.includes('污染地块'),
    },
  ]

  it('reads the water bodies of the national sections from the sample: 岱海, 黄旗海 and four rivers', () => {
    // sample/2022/README.md: 岱海湖心, 黄旗海, 东洋河, 御河, 浑河, 霸王河, all national
    expect(SECTION_WATERS.sort()).toEqual(
      ['东洋河', '岱海', '御河', '浑河', '霸王河', '黄旗海'].sort(),
    )
  })

  it.each(RULES.map((r) => [r.targets.join(', '), r] as const))(
    'links every task that the rule for %s picks to all of those targets',
    (_targets, rule) => {
      const picked = TASKS_2022.filter(rule.picks)
      expect(picked.length, rule.why).toBeGreaterThan(0)
      for (const t of picked)
        expect(t.targets, `${t.id}: ${rule.why}`).toEqual(expect.arrayContaining([...rule.targets]))
    },
  )

  it('links a task to a target only where a rule says why', () => {
    const unexplained = TASKS_2022.flatMap((t) =>
      t.targets
        .filter((target) => !RULES.some((r) => r.picks(t) && r.targets.includes(target)))
        .map((target) => `${t.id} → ${target}`),
    )
    expect(unexplained).toEqual([])
  })

  it('serves the section targets from every task that names 岱海 or 黄旗海, as it does from the Daihai tasks', () => {
    const lakes = TASKS_2022.filter((t) => /岱海|黄旗海/.test(t.text.zh)).map((t) => [
      t.id,
      t.targets.filter((x) => SECTIONS.includes(x)),
    ])
    expect(lakes).toEqual([
      ['water.daihai-governance', SECTIONS],
      ['water.daihai-plan-projects', SECTIONS],
      ['water.huangqi-hai-supervision', SECTIONS],
      ['water.huangqi-hai-remote-sensing', SECTIONS],
    ])
  })

  it('marks a link that rests on a lake holding a national section as an inference naming the lake', () => {
    for (const t of TASKS_2022) {
      const water = namedWater(t)
      if (!water || /国控断面|入河排污口/.test(t.text.zh)) continue
      const inference = t.inferences?.find((i) => i.field === 'targets')
      expect(inference?.note.zh, t.id).toContain(water)
    }
  })

  it.each([
    ['柴油货车专项整治', [...AIR, 'emissions.nox']],
    ['推进重点挥发性有机物综合整治', [...AIR, 'emissions.vocs']],
    ['要持续加强岱海综合治理', SECTIONS],
    ['持续推进黄旗海周边涉水企业和察右前旗污水处理厂生态环境监管', [...SECTIONS, ...WASTEWATER]],
    ['全面落实黄旗海周边“遥感”问题点位整改任务', SECTIONS],
    ['开展城镇生活污水处理厂水质达标监管', WASTEWATER],
    [
      '对国控断面、饮用水水源地、污染物总量减排开展超标预警',
      [...SECTIONS, ...DRINKING, ...EMISSIONS],
    ],
    ['协调开展饮用水水源地本底判定', DRINKING],
    ['46家优先管控和疑似污染地块', ['soil.contaminated-land-safe-use']],
    ['系统排查本地区在产及关闭的涉镉等重金属排放企业', ['soil.farmland-safe-use']],
    ['加快生态环境部空气质量改善监督帮扶指出问题整改进度', AIR],
    // 铁合金行业专项整治 (air), 入河排污口整治 (sections), 水源地 (drinking water),
    // 污水处理厂强化监管 (COD, NH3-N); 危险废物 and falsified monitoring data serve no target.
    ['继续开展全市铁合金行业专项整治', [...AIR, ...SECTIONS, ...DRINKING, ...WASTEWATER]],
  ] as const)('links the task on %s to %j', (fragment, targets) => {
    expect(byText(fragment).targets).toEqual(targets)
  })

  it('lists the targets of each task in the order of TARGETS_2022', () => {
    const order = TARGETS_2022.map((t) => t.id)
    for (const t of TASKS_2022) {
      const at = t.targets.map((id) => order.indexOf(id))
      expect(at, t.id).toEqual([...at].sort((a, b) => a - b))
    }
  })

  it('serves every one of the 13 targets with at least one task', () => {
    const served = new Set(TASKS_2022.flatMap((t) => t.targets))
    expect(TARGETS_2022.filter((t) => !served.has(t.id)).map((t) => t.id)).toEqual([])
  })

  it('links no Party, governance or growth task to a quantified target', () => {
    const linked = TASKS_2022.filter((t) => ['party', 'governance', 'growth'].includes(t.pillar))
    expect(linked.flatMap((t) => t.targets)).toEqual([])
  })
})

describe('TASKS_2022 kinds', () => {
  // A task that makes or completes a document the source names (方案, 办法, 规划, 清单, 名录,
  // 预案, a 《…机制》) produces a document; one that applies an existing one (落实, 实施, 执行)
  // does not.
  const MAKES_DOCUMENT =
    /(制定|形成|建立|完善|编制|更新)[^，；。]*?(方案|办法|规划|清单|名录|预案|机制》)/

  it('makes a task a document task exactly when it makes or completes a named document', () => {
    const mismatched = TASKS_2022.filter(
      (t) => MAKES_DOCUMENT.test(t.text.zh) !== (t.kind === 'document'),
    ).map((t) => `${t.id} (${t.kind})`)
    expect(mismatched).toEqual([])
  })

  it('files 应急预案编制 as a document and the 系统排查 of heavy-metal enterprises as one-off', () => {
    expect(byText('完善应急组织指挥体系和应急预案编制')).toMatchObject({
      kind: 'document',
      documents: [{ zh: '应急预案' }],
    })
    expect(byText('系统排查本地区在产及关闭的涉镉等重金属排放企业').kind).toBe('oneOff')
  })

  it('makes a task that completes a bounded piece of work one-off or counted, never ongoing', () => {
    // 完成 (complete), 系统排查 / 全面排查 (a systematic or comprehensive screening),
    // 整改任务 (rectification tasks to carry out), 本底判定 (a background determination)
    const bounded = TASKS_2022.filter((t) =>
      /完成|系统排查|全面排查|整改任务|本底判定/.test(t.text.zh),
    )
    expect(bounded.map((t) => t.id)).toEqual([
      'water.huangqi-hai-remote-sensing',
      'water.source-background',
      'soil.heavy-metal-screening',
      'soil.priority-plots',
      'rural.non-point-survey',
      'rural.village-sewage',
      'groundwater.environmental-surveys',
    ])
    for (const t of bounded) expect(['oneOff', 'counted'], t.id).toContain(t.kind)
  })
})

describe('TASKS_2022 English', () => {
  const texts = TASKS_2022.map((t) => [t.id, t] as const)

  it.each(texts)('%s gives every number of the Chinese in the English', (_id, t) => {
    for (const n of t.text.zh.match(/\d+/g) ?? [])
      expect(t.text.en).toMatch(new RegExp(`\\b${n}\\b`))
  })

  it.each(texts)(
    '%s renders 积极, 自治区, 国家 and 全市 / 我市 / *市 without paraphrase',
    (_id, t) => {
      const { zh, en } = t.text
      if (zh.includes('积极')) expect(en, '积极 → actively').toMatch(/\bactive(ly)?\b/i)
      if (zh.includes('自治区')) {
        expect(en, '自治区 → the autonomous region').toMatch(/autonomous region/)
        expect(en, '自治区 is not "regional"').not.toMatch(/\bregional\b/i)
      }
      if (/国家|国控/.test(zh))
        expect(en, '国家 / 国控 → national, state').toMatch(/\b(national|state|country)/i)
      if (/[全我本*]市/.test(zh)) expect(en, '全市 / 我市 / *市 → city').toMatch(/\bcity\b/i)
    },
  )

  // English words that need a Chinese word of the clause to stand for: without it, the English
  // adds what the source does not say.
  const NEEDS: readonly [RegExp, RegExp][] = [
    [/\brestor/i, /修复/],
    [/\bregular\b/i, /经常性|常态化|定期/],
    [/\benclosed\b/i, /封闭|密闭|全封闭/],
    [/\bmandatory\b/i, /强制/],
    [/\bnational(ly)?\b/i, /国/],
    [/\bnatural\b/i, /自然/],
    [/\bpolic(y|ies)\b/i, /政策/],
    [/\bregional\b/i, /区域/],
  ]

  it.each(texts)('%s adds no word that the Chinese lacks', (_id, t) => {
    for (const [word, source] of NEEDS) {
      if (word.test(t.text.en)) expect(t.text.zh, `${word} needs ${source}`).toMatch(source)
    }
  })
})

describe('TASKS_2022 inferences', () => {
  it('marks the dates the source does not give: the windows of the Games and the due date', () => {
    for (const t of TASKS_2022) {
      const fields = (t.inferences ?? []).map((i) => i.field)
      if (t.windows) expect(fields, t.id).toContain('windows')
      if (t.due) expect(fields, t.id).toContain('due')
    }
    const games = byText('北京冬奥会和冬残奥会空气质量保障')
    expect(games.inferences?.map((i) => i.field)).toEqual(['windows', 'due'])
  })

  it('writes every inference in Chinese and English, each note ending as a sentence', () => {
    for (const t of TASKS_2022) {
      for (const i of t.inferences ?? []) {
        expect(i.note.zh, t.id).toMatch(/[\u4e00-\u9fff]/)
        expect(i.note.zh, t.id).toMatch(/。$/)
        expect(i.note.en, t.id).toMatch(/\.$/)
      }
    }
  })
})
