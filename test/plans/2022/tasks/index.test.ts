import { describe, expect, it } from 'vitest'
import {
  PILLARS_2022,
  PLAN_2022_SOURCE_TEXT as SOURCE,
  TARGETS_2022,
  TASKS_2022,
} from '../../../../src/plans/2022/index.js'
import type { Task } from '../../../../src/schemas/task.js'
import { DOMAINS, type Domain } from '../../../../src/schemas/vocabulary.js'
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
  it('has 107 tasks with unique ids, in the order of the source', () => {
    expect(TASKS_2022).toHaveLength(107)
    expect(new Set(TASKS_2022.map((t) => t.id)).size).toBe(107)
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
    ]).toEqual([13, 44, 10, 14, 26])
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
    expect(Object.keys(NON_ACTION)).toHaveLength(11)
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
  // 污染隐患排查和治理; 实现废铅蓄电池规范化收集率达到50%.
  it.each([
    ['13家重点排放单位碳排放配额核定及清缴履约', 13, '家'],
    ['46家优先管控和疑似污染地块详查和风险管控', 46, '家'],
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
    expect(withDocs).toHaveLength(8)
  })
})

describe('TASKS_2022 target links', () => {
  const AIR = ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio']
  const SECTIONS = ['water.national-sections-class-i-iii', 'water.national-sections-worse-than-v']
  const DRINKING = ['water.drinking-water-prefecture', 'water.drinking-water-county']
  const EMISSIONS = ['emissions.nox', 'emissions.vocs', 'emissions.cod', 'emissions.nh3n']

  it.each([
    ['柴油货车专项整治', [...AIR, 'emissions.nox']],
    ['推进重点挥发性有机物综合整治', [...AIR, 'emissions.vocs']],
    ['要持续加强岱海综合治理', SECTIONS],
    [
      '对国控断面、饮用水水源地、污染物总量减排开展超标预警',
      [...SECTIONS, ...DRINKING, ...EMISSIONS],
    ],
    ['协调开展饮用水水源地本底判定', DRINKING],
    ['46家优先管控和疑似污染地块', ['soil.contaminated-land-safe-use']],
    ['系统排查本地区在产及关闭的涉镉等重金属排放企业', ['soil.farmland-safe-use']],
    ['加快生态环境部空气质量改善监督帮扶指出问题整改进度', AIR],
  ] as const)('links the task on %s to %j', (fragment, targets) => {
    expect(byText(fragment).targets).toEqual(targets)
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
