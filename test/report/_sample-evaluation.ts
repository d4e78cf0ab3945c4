import type { PlanEvaluation } from '../../src/index.js'

/** A hand-written evaluation whose rendering can be checked line by line. */
export const EVALUATION: PlanEvaluation = {
  plan: {
    id: 'mini',
    title: { zh: '小计划', en: 'Mini plan' },
    year: 2022,
    period: { start: '2022-01-01', end: '2022-12-31' },
  },
  asOf: '2022-06-30',
  targets: [
    {
      target: 'air.good-days-ratio',
      metric: 'goodDaysRatio',
      status: 'onTrack',
      actual: { value: 94.47513812154696, exact: '94.4751381215', published: 94.5, precision: 1 },
      expected: { comparator: 'atLeast', value: 91.6 },
      unit: '%',
      margin: 2.9,
      period: {
        start: '2022-01-01',
        end: '2022-12-31',
        asOf: '2022-06-30',
        elapsedDays: 181,
        totalDays: 365,
      },
      coverage: { unit: 'days', used: 181, expected: 181, excluded: [] },
      ruleSet: 'cn-air-2012',
      options: {},
      explanation: { zh: '171/181 <ok>', en: '171 of 181 <ok>' },
    },
  ],
  objectives: [],
  checklist: null,
  airCalendar: [
    { date: '2022-01-01', aqi: 37, level: 1, primary: [], dust: false, valid: true },
    { date: '2022-01-02', aqi: 212, level: 5, primary: ['pm25'], dust: true, valid: true },
    { date: '2022-01-03', aqi: null, level: null, primary: [], dust: false, valid: false },
  ],
  summary: {
    targets: { met: 0, notMet: 0, onTrack: 1, atRisk: 0, unreachable: 0, insufficientData: 0 },
    objectives: { met: 0, notMet: 0, onTrack: 0, atRisk: 0, unreachable: 0, insufficientData: 0 },
  },
  options: {
    asOf: '2022-06-30',
    schedule: 'linear',
    air: {
      dustRatioMethod: 'excludeDays',
      verdictBasis: null,
      validDay: 'allIndicators',
      missingIndicators: null,
      requireAnnualValidity: true,
    },
    sections: { indicators: null, minSamplings: 1, network: 'national' },
    drinkingWater: { rule: 'annualMean', level: null },
    emissions: { decreaseAgainst: 'previousYear' },
    allowances: { emissionYear: null, expectedUnits: null, offsetCap: 0.05 },
  },
}
