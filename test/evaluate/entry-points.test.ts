import { describe, expect, it } from 'vitest'
import {
  evaluateGoodDaysRatio,
  evaluatePlan,
  InputError,
  type InputIssue,
  type ObservationInput,
  ObservationSchema,
  ObservationsSchema,
  PlanSchema,
  parseInput,
  readPlanFile,
  validateObservations,
  writePlanFile,
} from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

function issuesOf(run: () => unknown): readonly InputIssue[] {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as InputError).issues
  }
  throw new Error('expected an InputError')
}

/** What an issue says, without where in a file it is. */
const said = ({ location: _l, ...issue }: InputIssue) => issue

const plot: ObservationInput = { kind: 'landPlot', plot: 'p1', year: 2022, safeUse: true }
const day = {
  kind: 'airDaily',
  date: '2022-01-01',
  so2: 10,
  no2: 20,
  co: 0.5,
  pm10: 40,
  pm25: 30,
  o3_1h: 80,
  o3_8h: 70,
} as const
const asOf = '2022-12-31'

describe('the same bad observation through every entry point', () => {
  it.each([
    ['a negative concentration', { ...day, pm25: -1 }, 'pm25'],
    ['CO in µg/m³', { ...day, co: 800 }, 'co'],
    ['an impossible date', { ...day, date: '2022-02-30' }, 'date'],
    ['a misspelt field', { ...day, pm2_5: 30 }, 'pm2_5'],
  ] as const)('gives %s the same class, path and message', (_, bad, field) => {
    const observations = [plot, bad] as unknown as ObservationInput[]
    const entries = [
      issuesOf(() => parseInput(ObservationsSchema, observations, 'observations')),
      issuesOf(() => validateObservations(observations)),
      issuesOf(() => evaluatePlan(plan2022, observations, { asOf })),
      issuesOf(() =>
        evaluateGoodDaysRatio(target2022('air.good-days-ratio'), observations, { asOf }),
      ),
    ]
    for (const issues of entries) {
      expect(issues).toHaveLength(1)
      expect(issues[0]?.path).toEqual(['observations', 1, field])
      expect(issues).toEqual(entries[0])
    }
    // the schema of one record, and zod itself, agree on the place
    expect(issuesOf(() => parseInput(ObservationSchema, bad, 'observation'))[0]?.message).toEqual(
      entries[0]?.[0]?.message,
    )
    // (zod names an unknown key in `keys`, beside the path of its object)
    const raw = ObservationsSchema.safeParse(observations).error?.issues[0]
    expect([...(raw?.path ?? []), ...(raw && 'keys' in raw ? raw.keys : [])]).toEqual([1, field])
  })
})

describe('the same bad plan through every entry point', () => {
  it.each([
    ['a unit that does not fit the metric', { unit: 'mg/m³' }, 'unit'],
    ['a comparator that does not fit the metric', { comparator: 'atMost' }, 'comparator'],
    ['an unknown metric', { metric: 'pm10Mean' }, 'metric'],
  ] as const)('gives %s the same class, path and message', (_, change, field) => {
    const plan = {
      ...plan2022,
      targets: plan2022.targets.map((t, i) => (i === 0 ? { ...t, ...change } : t)),
    }
    const file = writePlanFile(plan2022).replace(
      `"${Object.keys(change)[0]}": ${JSON.stringify(plan2022.targets[0]?.[field])}`,
      `"${Object.keys(change)[0]}": ${JSON.stringify(Object.values(change)[0])}`,
    )
    const entries = [
      issuesOf(() => parseInput(PlanSchema, plan, 'plan')),
      issuesOf(() => evaluatePlan(plan as never, [], { asOf })),
      issuesOf(() => readPlanFile(file, { file: 'plan.json' })),
    ]
    for (const issues of entries) {
      const issue = issues.find((i) => i.path.at(-1) === field)
      expect(issue?.path).toEqual(['plan', 'targets', 0, field])
      expect(said(issue as InputIssue)).toEqual(
        said(entries[0]?.find((i) => i.path.at(-1) === field) as InputIssue),
      )
    }
    // only the file says where in the text
    expect(entries[2]?.find((i) => i.path.at(-1) === field)?.location?.file).toBe('plan.json')
  })
})
