// The 2025 regional air targets of Inner Mongolia (action plan of 14 May 2024), written as a plan
// file and evaluated on the region's 2019 hourly station data, 2019 standing in for 2025.
//
//   node --import tsx examples/inner-mongolia-2025.ts           prints the verdicts
//   node --import tsx examples/inner-mongolia-2025.ts --write   also writes examples/output/*.md
//   node --import tsx examples/inner-mongolia-2025.ts --check   fails when the reports differ
//
// The data are the archive of the national platform's real-time values in ../shared (set
// ECO_TARGETS_SHARED to move it); they are read here, never copied into the repository.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  airDailyObservationsFromCityDays,
  evaluatePlan,
  type ObservationInput,
  readPlanFile,
  renderReportMarkdown,
} from '../src/index.js'
import { aggregateCityDays, aggregateStationDays } from '../src/standards/air/index.js'
import { readHourly, readStations } from './_quotsoft-wide.js'

const ROOT = resolve(import.meta.dirname, '..')
const SHARED = resolve(process.env.ECO_TARGETS_SHARED ?? join(ROOT, '..', 'shared'))
const DATA = join(SHARED, 'fixtures', 'quotsoft-2019')
const PLAN = join(ROOT, 'examples', 'plans', 'inner-mongolia-2025.yaml')
const OUTPUT = join(ROOT, 'examples', 'output')
const REPORTS = {
  en: join(OUTPUT, 'inner-mongolia-2025.report.md'),
  zh: join(OUTPUT, 'inner-mongolia-2025.report.zh.md'),
}

/** The 12 cities (盟市) of the region and the scope ids of the plan file. */
const CITIES: Readonly<Record<string, string>> = {
  呼和浩特: 'hohhot',
  包头: 'baotou',
  鄂尔多斯: 'ordos',
  赤峰: 'chifeng',
  乌海: 'wuhai',
  通辽: 'tongliao',
  呼伦贝尔: 'hulunbuir',
  巴彦淖尔: 'bayannur',
  乌兰察布: 'ulanqab',
  兴安盟: 'hinggan',
  锡林郭勒盟: 'xilingol',
  阿拉善盟: 'alxa',
}

const NOTE = {
  zh: '示例：以2019年内蒙古各国控站点的实时小时数据代替2025年（日期改记为2025年），由小时值计算站点日均值与城市日均值。存档缺8、9月部分小时，各盟市这两个月有效天数不足27天，本报告关闭了GB 3095年度数据有效性要求（requireAnnualValidity: false）；未扣除沙尘天气影响，数据未经审核，非官方结果。未提供氮氧化物、VOCs 排放总量与乌海市2020年PM2.5基准值。',
  en: 'Example: the 2019 real-time hourly data of the national stations of Inner Mongolia stand in for 2025 (dates relabelled 2025); station and city daily values are computed from the hours. The archive lacks hours in August and September, where no city has the 27 valid days a month GB 3095 asks, so this report turns the annual data rule off (requireAnnualValidity: false). No dust deduction, unaudited data, not an official result. No NOx or VOCs totals and no 2020 PM2.5 base of Wuhai are given.',
}

/** Every city's daily values of 2019 as airDaily observations of 2025. */
function observationsOf2019(): ObservationInput[] {
  const stations = readStations(join(DATA, 'stations-2019.csv')).filter((s) => s.city in CITIES)
  const hourly = readHourly(
    join(DATA, 'china_sites_2019_beijing_inner_mongolia.csv.gz'),
    stations.map((s) => s.code),
  )
  const stationDays = aggregateStationDays(hourly)
  return Object.entries(CITIES).flatMap(([city, scope]) => {
    // city figures use the city's assessment stations, not its background (对照) stations
    const codes = new Set(
      stations.filter((s) => s.city === city && !s.background).map((s) => s.code),
    )
    const cityDays = aggregateCityDays(stationDays.filter((d) => codes.has(d.station)))
    return airDailyObservationsFromCityDays(
      cityDays.filter((d) => d.date.startsWith('2019-')),
      { scope },
    ).map((o) => ({ ...o, date: `2025${o.date.slice(4)}` }))
  })
}

if (!existsSync(DATA)) {
  console.log(`needs ${DATA} (set ECO_TARGETS_SHARED)`)
} else {
  const plan = readPlanFile(readFileSync(PLAN, 'utf8'), { file: 'inner-mongolia-2025.yaml' })
  const observations = observationsOf2019()
  // The archive lacks hours in August and September, so no city reaches the GB 3095 表4
  // minimum of 27 valid days in those months: by default every air target has insufficient data.
  const strict = evaluatePlan(plan, observations, { asOf: '2025-12-31' })
  const short = strict.targets.filter((r) => r.status === 'insufficientData').length
  console.log(
    `with the GB 3095 annual data rule: ${short} of ${strict.targets.length} insufficient`,
  )
  const evaluation = evaluatePlan(plan, observations, {
    asOf: '2025-12-31',
    air: { requireAnnualValidity: false },
  })
  for (const r of evaluation.targets) {
    const actual = r.actual ? `${r.actual.published}${r.unit === '%' ? ' %' : ` ${r.unit}`}` : '—'
    console.log(`${r.target}: ${r.status} (${actual})`)
  }
  const reports = {
    en: renderReportMarkdown(evaluation, { plan, lang: 'en', note: NOTE.en }),
    zh: renderReportMarkdown(evaluation, { plan, lang: 'zh', note: NOTE.zh }),
  }
  const mode = process.argv[2]
  for (const lang of ['en', 'zh'] as const) {
    if (mode === '--write') writeFileSync(REPORTS[lang], reports[lang])
    else if (mode === '--check' && readFileSync(REPORTS[lang], 'utf8') !== reports[lang]) {
      console.error(`${REPORTS[lang]} differs from the evaluation: run with --write`)
      process.exitCode = 1
    }
  }
}
