import { describe, expect, it } from 'vitest'
import { evaluateEmissionTotal } from '../../src/evaluate/emissions.js'
import { type Observation, TargetResultSchema } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const nox = target2022('emissions.nox')
const totals = (t2020: number, t2021: number, t2022?: number): Observation[] => [
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2020, tonnes: t2020 },
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2021, tonnes: t2021 },
  ...(t2022 === undefined
    ? []
    : [{ kind: 'emissionTotal' as const, pollutant: 'NOx' as const, year: 2022, tonnes: t2022 }]),
  // another pollutant must not be read
  { kind: 'emissionTotal', pollutant: 'COD', year: 2022, tonnes: 1 },
]
const percent = (p: number): Observation => ({
  kind: 'emissionAssignment',
  pollutant: 'NOx',
  year: 2022,
  baseYear: 2020,
  reductionPercent: p,
})

describe('evaluateEmissionTotal', () => {
  it('is met when the total falls and the reduction vs 2020 reaches the assigned percentage', () => {
    // (50000 − 48000) / 50000 = 4 % ≥ 3 %; 48000 < 49000
    const r = evaluateEmissionTotal(nox, [...totals(50000, 49000, 48000), percent(3)], {
      asOf: '2023-03-31',
    })
    expect(r).toMatchObject({
      status: 'met',
      unit: '%',
      margin: 1,
      expected: { comparator: 'reachReduction', value: 3 },
    })
    expect(r.actual?.value).toBe(4)
    expect(TargetResultSchema.safeParse(r).success).toBe(true)
  })

  it('is not met when the reduction is reached but the total rose on the previous year', () => {
    // 49500 is 1 % below 2020 (≥ 0.5 %) but above 2021's 49000
    const r = evaluateEmissionTotal(nox, [...totals(50000, 49000, 49500), percent(0.5)], {
      asOf: '2023-03-31',
    })
    expect(r.status).toBe('notMet')
    expect(r.explanation.en).toMatch(/not below the 2021 total/)
  })

  it('can measure the decrease against the base year instead', () => {
    const r = evaluateEmissionTotal(nox, [...totals(50000, 49000, 49500), percent(0.5)], {
      asOf: '2023-03-31',
      decreaseAgainst: 'baseYear',
    })
    expect(r.status).toBe('met')
    expect(r.options).toMatchObject({ decreaseAgainst: 'baseYear' })
  })

  it('is not met when the assigned percentage is missed', () => {
    const r = evaluateEmissionTotal(nox, [...totals(50000, 49000, 48000), percent(5)], {
      asOf: '2023-03-31',
    })
    expect(r.status).toBe('notMet')
    expect(r.margin).toBe(-1)
  })

  it('sums key-project reductions against assigned tonnes', () => {
    const r = evaluateEmissionTotal(
      nox,
      [
        ...totals(50000, 49000, 48000),
        {
          kind: 'emissionAssignment',
          pollutant: 'NOx',
          year: 2022,
          baseYear: 2020,
          projectTonnes: 100,
        },
        {
          kind: 'emissionProjectReduction',
          pollutant: 'NOx',
          year: 2022,
          project: 'a',
          tonnes: 60,
        },
        {
          kind: 'emissionProjectReduction',
          pollutant: 'NOx',
          year: 2022,
          project: 'b',
          tonnes: 50,
        },
        {
          kind: 'emissionProjectReduction',
          pollutant: 'NOx',
          year: 2021,
          project: 'old',
          tonnes: 500,
        },
      ],
      { asOf: '2023-03-31' },
    )
    expect(r).toMatchObject({ status: 'met', unit: 't', margin: 10, actual: { value: 110 } })
  })

  it('treats a total before the year ends as provisional: onTrack or atRisk', () => {
    const ok = evaluateEmissionTotal(nox, [...totals(50000, 49000, 48000), percent(3)], {
      asOf: '2022-09-30',
    })
    expect(ok.status).toBe('onTrack')
    expect(ok.explanation.en).toMatch(/provisional/)
    const risk = evaluateEmissionTotal(nox, [...totals(50000, 49000, 48000), percent(5)], {
      asOf: '2022-09-30',
    })
    expect(risk.status).toBe('atRisk')
  })

  it('gives insufficientData, never a pass, without the assignment or the year total', () => {
    const noAssignment = evaluateEmissionTotal(nox, totals(50000, 49000, 48000), {
      asOf: '2023-03-31',
    })
    expect(noAssignment).toMatchObject({ status: 'insufficientData', actual: null, margin: null })
    expect(noAssignment.explanation.en).toMatch(/reduction assigned by the region was not supplied/)
    const noTotal = evaluateEmissionTotal(nox, [...totals(50000, 49000), percent(3)], {
      asOf: '2023-03-31',
    })
    expect(noTotal.status).toBe('insufficientData')
    expect(noTotal.coverage.excluded).toEqual([{ reason: 'noTotal', count: 1, items: ['2022'] }])
  })

  it('rejects a target of another metric', () => {
    expect(() =>
      evaluateEmissionTotal(target2022('air.good-days-ratio'), [], { asOf: '2022-12-31' }),
    ).toThrow(/needs an emissionTotal target/)
  })
})
