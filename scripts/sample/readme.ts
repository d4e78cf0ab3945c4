import type { Observation, TaskStatusUpdate } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { SOURCES } from './drinking-water.js'
import { round } from './prng.js'
import { PLOT_DESIGN } from './soil.js'
import { STATUS_DATES } from './tasks.js'
import { SECTIONS } from './water.js'

type AirDaily = Extract<Observation, { kind: 'airDaily' }>
const AIR_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

// HJ 633-2012 Table 1: the concentrations at IAQI 100 and 200 (daily report). The IAQI rises
// with the concentration and is rounded up, so AQI ≤ 100 exactly when every value is at or
// below its IAQI-100 breakpoint, and AQI > 200 when any value is above its IAQI-200 one.
const AT_IAQI_100 = { so2: 150, no2: 80, co: 4, pm10: 150, pm25: 75, o3_1h: 200, o3_8h: 160 }
const AT_IAQI_200 = { so2: 800, no2: 280, co: 24, pm10: 350, pm25: 150, o3_1h: 400, o3_8h: 265 }

/** Good days, heavy days and the PM2.5 mean of a set of days, by the breakpoints above. */
export function summarizeAir(days: readonly AirDaily[]) {
  const valid = days.filter((d) => AIR_KEYS.every((k) => d[k] !== null))
  const value = (d: AirDaily, k: (typeof AIR_KEYS)[number]) => d[k] as number
  const good = valid.filter((d) => AIR_KEYS.every((k) => value(d, k) <= AT_IAQI_100[k])).length
  const heavy = valid.filter((d) => AIR_KEYS.some((k) => value(d, k) > AT_IAQI_200[k])).length
  const pm25 = days.flatMap((d) => (d.pm25 === null ? [] : [d.pm25]))
  return {
    days: days.length,
    valid: valid.length,
    good,
    heavy,
    pm25Days: pm25.length,
    pm25Mean: pm25.reduce((a, b) => a + b, 0) / pm25.length,
  }
}

const pct = (n: number, d: number) => `${round((n / d) * 100, 1).toFixed(1)} %`

/** What the README needs to know about the generated data. */
export interface SampleContents {
  readonly seed: number
  readonly files: readonly { file: string; records: number; description: string }[]
  readonly air: readonly AirDaily[]
  readonly dustDates: readonly string[]
  readonly taskStatus: { midYear: TaskStatusUpdate[]; yearEnd: TaskStatusUpdate[] }
  readonly taskCount: number
}

function statusCounts(updates: readonly TaskStatusUpdate[]): string {
  const counts = new Map<string, number>()
  for (const u of updates) counts.set(u.status, (counts.get(u.status) ?? 0) + 1)
  return [...counts].map(([s, n]) => `${s} ${n}`).join(', ') || 'none'
}

/**
 * The sample's README: the synthetic label first, then the files, what the data are designed
 * to show (with figures counted from the data), and how to regenerate them.
 */
export function renderSampleReadme(sample: SampleContents): string {
  const dust = new Set(sample.dustDates)
  const raw = summarizeAir(sample.air)
  const net = summarizeAir(sample.air.filter((d) => !dust.has(d.date)))
  const h1 = summarizeAir(sample.air.filter((d) => d.date <= STATUS_DATES.midYear))
  const invalid = sample.air.filter((d) => AIR_KEYS.some((k) => d[k] === null)).map((d) => d.date)
  const rows = sample.files.map((f) => `| \`${f.file}\` | ${f.records} | ${f.description} |`)
  const classIToIII = SECTIONS.filter((s) => ['I', 'II', 'III'].includes(s.designClass)).length
  const worseThanV = SECTIONS.filter((s) => s.designClass === '劣V').length
  const sourceRows = SOURCES.map(
    (s) =>
      `| \`${s.source}\` | ${s.name} | ${s.level} | ${s.sourceType} | ${s.months.length} | ${s.meetsClassIII ? 'yes' : 'no (fluoride, GB/T 14848 class IV)'} |`,
  )
  return `<!-- synthetic: true -->
# Synthetic sample data, ${plan2022.year}

> **Synthetic data: \`synthetic: true\`.** Every value in this folder was made up by a seeded
> pseudo-random generator (\`scripts/generate-sample.ts\`, seed ${sample.seed}) to look like a
> year of the ${plan2022.year} work plan in a city like Ulanqab. Nothing here was measured or
> published by anyone. Use it to try the library and the command line; never cite it.

The files follow the library's schemas exactly: the \`.jsonl\` files hold one
\`ObservationSchema\` record a line, the \`task-status-*.json\` files a \`TaskStatusUpdatesSchema\`
array. \`manifest.json\` lists the files and repeats the synthetic label for programs. Check them
with \`eco-targets validate --sample\`.

## Files

| file | records | what |
| --- | --- | --- |
${rows.join('\n')}

## What the data are designed to show

Figures below are counted from the files (air days by the HJ 633-2012 breakpoints at IAQI 100
and 200); the library's evaluators compute the official versions.

**Air (central city, ${raw.days} days).** Winter heating raises PM2.5, spring brings dust with
high PM10, summer brings ozone. ${invalid.length} days lack a valid value for one indicator
(${invalid.join(', ')}: monitor outages), leaving ${raw.valid} valid days.

- Good days: ${raw.good} of ${raw.valid} (${pct(raw.good, raw.valid)}; target 91.6 %). With the
  ${dust.size} flagged dust days left out: ${net.good} of ${net.valid} (${pct(net.good, net.valid)}).
  By 30 June: ${h1.good} of ${h1.valid} (${pct(h1.good, h1.valid)}).
- Heavy-pollution days (AQI > 200): ${raw.heavy} (${pct(raw.heavy, raw.valid)}; target 0 %), one
  of them a dust day; ${net.heavy} without the dust days (${pct(net.heavy, net.valid)}).
- PM2.5 mean of the ${raw.pm25Days} days with a value: ${round(raw.pm25Mean, 2)} µg/m³ (target
  23, compared after rounding to an integer); ${round(net.pm25Mean, 2)} µg/m³ without the dust days.

**National water sections (monthly).** Annual means are designed to fall in these GB 3838-2002
classes (lake TP limits for the lakes): ${classIToIII} of ${SECTIONS.length} class I–III
(${pct(classIToIII, SECTIONS.length)}, target ≥ 66.7 %) and ${worseThanV} worse than V
(${pct(worseThanV, SECTIONS.length)}, target ≤ 16.7 %).

| section | name | water body | designed class | months without a sampling |
| --- | --- | --- | --- | --- |
${SECTIONS.map(
  (s) =>
    `| \`${s.section}\` | ${s.name} | ${s.waterBody} | ${s.designClass} | ${
      Object.entries(s.gaps ?? {})
        .map(([m, why]) => `${m} (${why})`)
        .join(', ') || '—'
    } |`,
).join('\n')}

**Drinking-water sources.** Surface sources carry GB 3838-2002 Table 1 and Table 2 items,
groundwater sources the GB/T 14848-2017 items (\`GROUNDWATER_KEYS\`).

| source | name | level | type | samplings | meets class III |
| --- | --- | --- | --- | --- | --- |
${sourceRows.join('\n')}

**Emissions.** Totals fall every year from 2020 to 2022. NOx and VOCs have assigned reductions
as a percentage of 2020 (NOx 4.0 %, reached with 5.4 %; VOCs 4.5 %, missed with 4.1 %); COD and
NH3-N as tonnes of key-project reductions (650 t, reached with 686.4 t; 46 t, reached with
47.5 t).

**Soil, batteries, carbon.** Contaminated farmland: B + C + D = 5,380 of E = 5,480 mu (98.2 %,
target 98 %). Plots: ${PLOT_DESIGN.plots}, of which ${PLOT_DESIGN.surveyed} surveyed,
${PLOT_DESIGN.safe} safely used, ${PLOT_DESIGN.unsafe} not, and ${PLOT_DESIGN.plots - PLOT_DESIGN.safe - PLOT_DESIGN.unsafe} not yet determined.
Waste lead-acid batteries: 2,146.5 t collected of 4,030 t (53.3 %, objective 50 %). Carbon
allowances for 2021: 13 units; \`emitter-04\` uses offsets of exactly 5 % of its emissions (the
cap), \`emitter-07\` surrenders only 99 %, \`emitter-11\` surrenders in full but late.

**Tasks.** ${sample.taskCount} tasks of the plan, each with an update as of ${STATUS_DATES.midYear}
(${statusCounts(sample.taskStatus.midYear)}) and ${STATUS_DATES.yearEnd}
(${statusCounts(sample.taskStatus.yearEnd)}). Counted tasks report progress (two thirds of the
count at mid-year); evidence links point to \`https://example.org/\`, which holds nothing.

## Regenerating

The generator and its output are both committed; a test fails when they disagree. After a change
to the generator or to the plan's tasks, run \`npm run generate\`.
`
}
