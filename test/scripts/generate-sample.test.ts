import { describe, expect, it } from 'vitest'
import { renderSample, SAMPLE_SEED } from '../../scripts/generate-sample.js'
import { type Observation, ObservationSchema, TaskStatusUpdatesSchema } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { PLAN_WITH_TASKS } from '../_helpers/plan-with-tasks.js'

const files = renderSample()
const text = (name: string) => {
  const file = files.find((f) => f.path === `sample/2022/${name}`)
  if (!file) throw new Error(name)
  return file.content
}
const lines = (name: string) =>
  text(name)
    .trimEnd()
    .split('\n')
    .map((l) => ObservationSchema.parse(JSON.parse(l)))
const of = <K extends Observation['kind']>(records: Observation[], kind: K) =>
  records.filter((r): r is Extract<Observation, { kind: K }> => r.kind === kind)

const air = of(lines('air-daily.jsonl'), 'airDaily')
const dust = of(lines('dust-days.jsonl'), 'dustDay')
const water = of(lines('water-sections.jsonl'), 'waterSample')
const drinking = of(lines('drinking-water.jsonl'), 'drinkingWaterSample')
const emissions = lines('emissions.jsonl')
const soil = lines('soil.jsonl')
const carbon = of(lines('carbon.jsonl'), 'carbonAllowance')

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

// HJ 633-2012 Table 1 (daily report): concentrations at IAQI 100 and 200. AQI ≤ 100 (good)
// iff every value is at or below its IAQI-100 breakpoint; AQI > 200 (heavy) iff any is above
// its IAQI-200 breakpoint.
const KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const
const AT_100 = { so2: 150, no2: 80, co: 4, pm10: 150, pm25: 75, o3_1h: 200, o3_8h: 160 }
const AT_200 = { so2: 800, no2: 280, co: 24, pm10: 350, pm25: 150, o3_1h: 400, o3_8h: 265 }
type Day = (typeof air)[number]
const valid = (d: Day) => KEYS.every((k) => d[k] !== null)
const good = (d: Day) => KEYS.every((k) => (d[k] as number) <= AT_100[k])
const heavy = (d: Day) => KEYS.some((k) => (d[k] as number) > AT_200[k])

describe('renderSample', () => {
  it('is deterministic', () => {
    expect(renderSample()).toEqual(files)
  })

  it('labels the data synthetic in the README and the manifest', () => {
    const readme = text('README.md')
    expect(readme.startsWith('<!-- synthetic: true -->\n# Synthetic sample data, 2022')).toBe(true)
    expect(readme).toContain(`seed ${SAMPLE_SEED}`)
    expect(readme).toContain('Nothing here was measured or\n> published by anyone')
    const manifest = JSON.parse(text('manifest.json'))
    expect(manifest.synthetic).toBe(true)
    expect(manifest.seed).toBe(SAMPLE_SEED)
  })

  it('writes a status update for every task of the plan it is given', () => {
    const withTasks = renderSample(PLAN_WITH_TASKS)
    for (const name of ['task-status-2022-06-30.json', 'task-status-2022-12-31.json']) {
      const file = withTasks.find((f) => f.path === `sample/2022/${name}`)
      const updates = TaskStatusUpdatesSchema.parse(JSON.parse(file?.content ?? ''))
      expect(updates.map((u) => u.task)).toEqual(PLAN_WITH_TASKS.tasks.map((t) => t.id))
    }
    const bundled = TaskStatusUpdatesSchema.parse(JSON.parse(text('task-status-2022-12-31.json')))
    expect(bundled).toHaveLength(plan2022.tasks.length)
  })
})

describe('the sample air year', () => {
  it('has every day of 2022 once, in order', () => {
    expect(air).toHaveLength(365)
    expect(air[0]?.date).toBe('2022-01-01')
    expect(air.at(-1)?.date).toBe('2022-12-31')
    expect(new Set(air.map((d) => d.date)).size).toBe(365)
  })

  it('has 333 good days of 363 valid ones: 91.7 %, just above the 91.6 % target', () => {
    // Designed: 365 days − 2 outage days; 16 PM2.5 + 5 dust + 1 PM10 + 8 O3 episode days = 30
    // not good. 333 / 363 = 91.74 %.
    const days = air.filter(valid)
    expect(days).toHaveLength(363)
    expect(days.filter(good)).toHaveLength(333)
    const ratio = (333 / 363) * 100
    expect(ratio).toBeGreaterThan(90)
    expect(ratio).toBeLessThan(93)
  })

  it('has three heavy days, one of them a flagged dust day', () => {
    const days = air
      .filter(valid)
      .filter(heavy)
      .map((d) => d.date)
    expect(days).toEqual(['2022-04-10', '2022-12-18', '2022-12-19'])
    expect(dust.map((d) => d.date)).toContain('2022-04-10')
  })

  it('has six dust days with high PM10, one of them still good', () => {
    expect(dust).toHaveLength(6)
    const flagged = air.filter((d) => dust.some((x) => x.date === d.date))
    expect(flagged.filter(good).map((d) => d.date)).toEqual(['2022-03-16'])
    const withoutDust = air.filter((d) => valid(d) && !flagged.includes(d))
    expect([withoutDust.length, withoutDust.filter(good).length]).toEqual([357, 332])
  })

  it('has a PM2.5 mean that rounds to 24 raw and to 23 without the dust days', () => {
    const pm25 = air.flatMap((d) => (d.pm25 === null ? [] : [d.pm25]))
    expect(pm25).toHaveLength(364)
    const raw = mean(pm25)
    expect(raw).toBeGreaterThanOrEqual(23.5)
    expect(raw).toBeLessThan(24.5)
    const flagged = new Set(dust.map((d) => d.date))
    const net = mean(air.flatMap((d) => (d.pm25 === null || flagged.has(d.date) ? [] : [d.pm25])))
    expect(net).toBeGreaterThanOrEqual(22.5)
    expect(net).toBeLessThan(23.5)
  })

  it('has Ulanqab seasons: heating PM2.5, spring coarse dust, summer ozone', () => {
    const months = (ms: number[]) => air.filter((d) => ms.includes(Number(d.date.slice(5, 7))))
    const values = (days: Day[], k: (typeof KEYS)[number]) =>
      days.flatMap((d) => (d[k] === null ? [] : [d[k] as number]))
    const winter = months([1, 2, 11, 12])
    const spring = months([3, 4, 5])
    const summer = months([6, 7, 8])
    expect(mean(values(winter, 'pm25'))).toBeGreaterThan(2 * mean(values(summer, 'pm25')))
    expect(mean(values(spring, 'pm10')) / mean(values(spring, 'pm25'))).toBeGreaterThan(
      mean(values(winter, 'pm10')) / mean(values(winter, 'pm25')) + 0.8,
    )
    expect(mean(values(summer, 'o3_8h'))).toBeGreaterThan(mean(values(winter, 'o3_8h')) + 50)
    expect(mean(values(winter, 'so2'))).toBeGreaterThan(2 * mean(values(summer, 'so2')))
  })

  it('keeps daily values consistent: max 1-hour O3 ≥ max 8-hour O3, PM10 > PM2.5', () => {
    for (const d of air) {
      if (d.o3_1h !== null && d.o3_8h !== null) expect(d.o3_1h).toBeGreaterThanOrEqual(d.o3_8h)
      if (d.pm10 !== null && d.pm25 !== null) expect(d.pm10).toBeGreaterThan(d.pm25)
      expect(Number.isInteger(d.pm25 ?? 0) && Number.isInteger((d.co ?? 0) * 10)).toBe(true)
    }
  })
})

// GB 3838-2002 Table 1, classes I–V; DO is a minimum, pH must lie in 6–9, TP differs for lakes.
const LIMITS: Record<string, number[]> = {
  CODMn: [2, 4, 6, 10, 15],
  COD: [15, 15, 20, 30, 40],
  BOD5: [3, 3, 4, 6, 10],
  NH3N: [0.15, 0.5, 1.0, 1.5, 2.0],
  F: [1.0, 1.0, 1.0, 1.5, 1.5],
}
const TP = { river: [0.02, 0.1, 0.2, 0.3, 0.4], lake: [0.01, 0.025, 0.05, 0.1, 0.2] }
const DO = [7.5, 6, 5, 3, 2]
const NAMES = ['I', 'II', 'III', 'IV', 'V', '劣V']

function classOf(values: Record<string, number>, body: 'river' | 'lake'): string {
  const classes = Object.entries(values).map(([key, v]) => {
    if (key === 'pH') return v >= 6 && v <= 9 ? 0 : 5
    if (key === 'DO')
      return DO.findIndex((limit) => v >= limit) === -1 ? 5 : DO.findIndex((l) => v >= l)
    const limits = key === 'TP' ? TP[body] : LIMITS[key]
    if (!limits) return 0 // waterTemp and TN do not count (环办〔2011〕22号)
    const i = limits.findIndex((limit) => v <= limit)
    return i === -1 ? 5 : i
  })
  return NAMES[Math.max(...classes)] as string
}

describe('the sample water sections', () => {
  const sections = [...new Set(water.map((s) => s.section))]

  it('has six sections sampled every month, a lake among them and a dried-up month', () => {
    expect(sections).toHaveLength(6)
    expect(water).toHaveLength(72)
    expect(water.some((s) => s.waterBody === 'lake')).toBe(true)
    expect(
      water.filter((s) => s.status === 'driedUp').map((s) => [s.section, s.date.slice(0, 7)]),
    ).toEqual([['bawang-river', '2022-06']])
  })

  it('gives annual-mean classes with 4 of 6 sections in I–III and 1 worse than V', () => {
    const classes = Object.fromEntries(
      sections.map((id) => {
        const samples = water.filter((s) => s.section === id && s.status === 'sampled')
        const keys = Object.keys(samples[0]?.values ?? {})
        const means = Object.fromEntries(
          keys.map((k) => [k, mean(samples.map((s) => s.values[k as 'pH'] as number))]),
        )
        return [id, classOf(means, samples[0]?.waterBody === 'river' ? 'river' : 'lake')]
      }),
    )
    expect(classes).toEqual({
      'daihai-lake-centre': '劣V',
      'huangqihai-lake': 'IV',
      'dongyang-river': 'II',
      'yuhe-river': 'III',
      'hun-river': 'III',
      'bawang-river': 'III',
    })
  })
})

describe('the sample drinking-water sources', () => {
  const sources = (level: string) => [
    ...new Set(drinking.filter((s) => s.level === level).map((s) => s.source)),
  ]

  it('has two prefecture-level and two county-level sources, groundwater among them', () => {
    expect(sources('prefecture')).toHaveLength(2)
    expect(sources('county')).toHaveLength(2)
    expect(drinking.some((s) => s.sourceType === 'groundwater')).toBe(true)
    expect(drinking).toHaveLength(2 * 12 + 2 * 4)
  })

  it('uses the GB/T 14848 keys for groundwater and the GB 3838 Table 2 keys for surface sources', () => {
    for (const s of drinking) {
      if (s.sourceType === 'groundwater')
        // the 16 routine items of GB/T 14848-2017 Table 1 the sample measures
        expect(Object.keys(s.values).sort()).toEqual(
          [
            'pH',
            'totalHardness',
            'TDS',
            'sulfate',
            'chloride',
            'Fe',
            'Mn',
            'nitrate',
            'nitrite',
            'NH3N',
            'F',
            'As',
            'Hg',
            'Cr6',
            'Pb',
            'Cd',
          ].sort(),
        )
      else
        expect(Object.keys(s.values)).toEqual(
          expect.arrayContaining([
            'pH',
            'DO',
            'CODMn',
            'NH3N',
            'TP',
            'F',
            'sulfate',
            'chloride',
            'nitrate',
            'Fe',
            'Mn',
          ]),
        )
    }
  })

  it('keeps every source within class III except the county wellfield (fluoride)', () => {
    // GB/T 14848-2017 class III and GB 3838-2002 Table 1 class III / Table 2 limits.
    const GROUND = {
      F: 1.0,
      nitrate: 20,
      nitrite: 1.0,
      NH3N: 0.5,
      As: 0.01,
      Hg: 0.001,
      Cr6: 0.05,
      Pb: 0.01,
      Cd: 0.005,
      totalHardness: 450,
      tds: 1000,
      sulfate: 250,
      chloride: 250,
      Fe: 0.3,
      Mn: 0.1,
    }
    const SURFACE = {
      CODMn: 6,
      BOD5: 4,
      NH3N: 1.0,
      F: 1.0,
      As: 0.05,
      Hg: 0.0001,
      Cd: 0.005,
      Cr6: 0.05,
      Pb: 0.05,
      phenol: 0.005,
      oil: 0.05,
      sulfate: 250,
      chloride: 250,
      nitrate: 10,
      Fe: 0.3,
      Mn: 0.1,
    }
    const failing = new Set<string>()
    for (const s of drinking) {
      const limits: Record<string, number> =
        s.sourceType === 'groundwater'
          ? GROUND
          : { ...SURFACE, TP: s.waterBody === 'river' ? 0.2 : 0.05 }
      for (const [key, limit] of Object.entries(limits))
        if ((s.values[key] as number) > limit) failing.add(`${s.source}:${key}`)
      if (s.sourceType === 'surface' && (s.values.DO as number) < 5) failing.add(`${s.source}:DO`)
      const pH = s.values.pH as number
      if (pH < 6.5 || pH > 8.5) failing.add(`${s.source}:pH`)
    }
    expect([...failing]).toEqual(['county-wellfield:F'])
  })
})

describe('the sample emissions, soil, batteries and carbon', () => {
  it('has totals falling every year 2020–2022 for each pollutant', () => {
    const totals = of(emissions, 'emissionTotal')
    expect(totals).toHaveLength(12)
    for (const p of ['NOx', 'VOCs', 'COD', 'NH3N'] as const) {
      const t = totals.filter((x) => x.pollutant === p).sort((a, b) => a.year - b.year)
      expect(t.map((x) => x.year)).toEqual([2020, 2021, 2022])
      expect(t[0]!.tonnes > t[1]!.tonnes && t[1]!.tonnes > t[2]!.tonnes).toBe(true)
    }
  })

  it('assigns two reductions as percentages and two as project tonnes, with the projects', () => {
    const assignments = of(emissions, 'emissionAssignment')
    expect(
      assignments.filter((a) => a.reductionPercent !== undefined).map((a) => a.pollutant),
    ).toEqual(['NOx', 'VOCs'])
    expect(
      assignments.filter((a) => a.projectTonnes !== undefined).map((a) => a.pollutant),
    ).toEqual(['COD', 'NH3N'])
    const projects = of(emissions, 'emissionProjectReduction')
    const sum = (p: string) =>
      Math.round(projects.filter((x) => x.pollutant === p).reduce((a, x) => a + x.tonnes, 0) * 10) /
      10
    // COD 312.4 + 205.7 + 168.3 = 686.4 ≥ 650; NH3-N 24.8 + 14.1 + 8.6 = 47.5 ≥ 46.
    expect(sum('COD')).toBe(686.4)
    expect(sum('NH3N')).toBe(47.5)
    // NOx (62,480.0 − 59,102.6) / 62,480.0 = 5.41 % ≥ 4.0 %; VOCs (21,530.0 − 20,640.8) / 21,530.0 = 4.13 % < 4.5 %.
    const totals = of(emissions, 'emissionTotal')
    const cut = (p: string) => {
      const t = (y: number) =>
        totals.find((x) => x.pollutant === p && x.year === y)?.tonnes as number
      return ((t(2020) - t(2022)) / t(2020)) * 100
    }
    expect(cut('NOx')).toBeCloseTo(5.406, 3)
    expect(cut('VOCs')).toBeCloseTo(4.13, 3)
  })

  it('has farmland at 98.2 % safe use and 46 plots in three states', () => {
    const [farmland] = of(soil, 'farmlandSafeUse')
    // (1,850 + 3,120 + 410) / 5,480 = 98.18 %.
    expect(
      ((farmland!.lightProtected + farmland!.safeUseAchieved + farmland!.strictControlled) /
        farmland!.totalContaminated) *
        100,
    ).toBeCloseTo(98.18, 2)
    const plots = of(soil, 'landPlot')
    expect(plots).toHaveLength(46)
    expect(plots.filter((p) => p.surveyDone)).toHaveLength(41)
    expect(plots.filter((p) => p.safeUse === true)).toHaveLength(36)
    expect(plots.filter((p) => p.safeUse === false)).toHaveLength(2)
    expect(plots.filter((p) => p.safeUse === null)).toHaveLength(8)
    expect(plots.filter((p) => !p.surveyDone).every((p) => p.safeUse === null)).toBe(true)
  })

  it('has a battery collection rate above the 50 % objective', () => {
    const [battery] = of(lines('solid-waste.jsonl'), 'batteryCollection')
    expect((battery!.collectedTonnes / battery!.generatedTonnes) * 100).toBeCloseTo(53.26, 2)
  })

  it('has 13 units, one short and one late, with offsets capped at 5 %', () => {
    expect(carbon).toHaveLength(13)
    // Compliant: on time and allowances + min(offsets, 5 % of the obligation) ≥ verified emissions.
    const compliant = (c: (typeof carbon)[number]) =>
      c.onTime === true &&
      (c.allowancesSurrendered ?? 0) + Math.min(c.offsetsSurrendered, 0.05 * c.verifiedEmissions) >=
        c.verifiedEmissions
    expect(carbon.filter((c) => !compliant(c)).map((c) => c.unit)).toEqual([
      'emitter-07',
      'emitter-11',
    ])
    const late = carbon.find((c) => c.unit === 'emitter-11')!
    expect(late.allowancesSurrendered! + late.offsetsSurrendered).toBe(late.verifiedEmissions)
    const atCap = carbon.find((c) => c.unit === 'emitter-04')!
    expect(atCap.offsetsSurrendered).toBe(0.05 * atCap.verifiedEmissions)
  })
})
