import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js'
import { validateObservations } from '../../src/evaluate/validate-observations.js'
import { formatIssuePath, InputError, type ObservationInput } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'

function caught(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

const day = (date: string, co = 0.5): ObservationInput => ({
  kind: 'airDaily',
  date,
  so2: 10,
  no2: 20,
  co,
  pm10: 40,
  pm25: 30,
  o3_1h: 80,
  o3_8h: 70,
})
const plot: ObservationInput = { kind: 'landPlot', plot: 'p1', year: 2022, safeUse: true }
const well = (
  level: 'prefecture' | 'county',
  sourceType: 'surface' | 'groundwater',
  values: Record<string, number>,
  source = 'jining-1',
): ObservationInput => ({
  kind: 'drinkingWaterSample',
  source,
  level,
  sourceType,
  ...(sourceType === 'surface' ? { waterBody: 'reservoir' as const } : {}),
  date: '2022-03-01',
  values,
})

describe('validateObservations', () => {
  it('returns the records parsed, frozen and in order, and leaves the input unchanged', () => {
    const input = [plot, day('2022-01-01')]
    const copy = structuredClone(input)
    const out = validateObservations(input)
    expect(out.map((o) => o.kind)).toEqual(['landPlot', 'airDaily'])
    expect(out[1]).toMatchObject({ scope: 'central-city' })
    expect(Object.isFrozen(out)).toBe(true)
    expect(Object.isFrozen(out[1])).toBe(true)
    expect(input).toEqual(copy)
    // a checked list is accepted as it is
    expect(validateObservations(out)).toBe(out)
  })

  // `validate` and `evaluate` both run this function, so a daily CO of 800 (µg/m³ by mistake)
  // that one rejects the other rejects too.
  it('rejects a daily CO mean that can only be µg/m³ (60 mg/m³, the top of the 24-hour column, is the bound) and accepts 60', () => {
    expect(() => validateObservations([day('2022-01-01', 60)])).not.toThrow()
    expect(caught(() => validateObservations([day('2022-01-01', 61)])).issues[0].code).toBe(
      'implausible',
    )
    const e = caught(() => validateObservations([plot, day('2022-01-01', 800)]))
    expect(e.issues[0].code).toBe('implausible')
    expect(e.issues[0].path).toEqual(['observations', 1, 'co'])
    expect(e.issues[0].hint?.en).toBe(
      'implausible: CO is in mg/m³, was it µg/m³? (800 µg/m³ = 0.8 mg/m³)',
    )
  })

  // A duplicate date is reported at the caller's record, not at an index into one scope's days.
  it('names the later of two records of one scope and date, and the earlier in the hint', () => {
    const e = caught(() =>
      validateObservations([plot, day('2022-01-01'), plot, day('2022-01-02'), day('2022-01-01')]),
    )
    expect(e.issues).toHaveLength(1)
    expect(e.issues[0]).toMatchObject({
      code: 'duplicate',
      path: ['observations', 4, 'date'],
      hint: { en: 'also given at [1]' },
    })
  })

  it('accepts the same date in two scopes', () => {
    const other = { ...day('2022-01-01'), scope: 'baotou' }
    expect(validateObservations([day('2022-01-01'), other])).toHaveLength(2)
  })

  // One source as surface and groundwater must never be judged on the wrong limits, nor crash
  // with "RangeError: values.DO: unknown GB/T 14848-2017 item".
  it('rejects one drinking-water source given as surface and as groundwater, in either order', () => {
    const ground = well('prefecture', 'groundwater', { nitrate: 4 })
    const surface = well('prefecture', 'surface', { DO: 7 })
    for (const [a, b, second] of [
      [ground, surface, 'surface'],
      [surface, ground, 'groundwater'],
    ] as const) {
      const e = caught(() => validateObservations([plot, a, b]))
      // one problem, not two: the missing or extra water body follows from the source type
      expect(e.issues).toHaveLength(1)
      const issue = e.issues.find((i) => i.path.at(-1) === 'sourceType')
      expect(issue?.code).toBe('conflict')
      expect(issue?.path).toEqual(['observations', 2, 'sourceType'])
      expect(issue?.received).toBe(`"${second}"`)
      expect(formatIssuePath(issue?.path ?? [])).toBe('observations[2].sourceType')
    }
  })

  it('rejects one source at two levels, so it is never counted in both targets', () => {
    const e = caught(() =>
      validateObservations([
        well('prefecture', 'groundwater', { nitrate: 4 }),
        well('county', 'groundwater', { nitrate: 5 }),
      ]),
    )
    expect(e.issues).toEqual([
      expect.objectContaining({ code: 'conflict', path: ['observations', 1, 'level'] }),
    ])
  })

  it('rejects a section given two water bodies, and a yearly figure given twice', () => {
    const sample = (waterBody: 'river' | 'lake'): ObservationInput => ({
      kind: 'waterSample',
      section: 's1',
      waterBody,
      date: '2022-05-01',
      values: { pH: 7 },
    })
    expect(
      caught(() => validateObservations([sample('river'), sample('lake')])).issues[0],
    ).toMatchObject({
      code: 'conflict',
      path: ['observations', 1, 'waterBody'],
    })
    const total: ObservationInput = {
      kind: 'emissionTotal',
      pollutant: 'NOx',
      year: 2022,
      tonnes: 1,
    }
    expect(
      caught(() => validateObservations([total, { ...total, tonnes: 2 }])).issues[0],
    ).toMatchObject({
      code: 'duplicate',
      path: ['observations', 1, 'year'],
    })
    // the same pollutant and year in two scopes is two figures
    expect(validateObservations([total, { ...total, scope: 'baotou' }])).toHaveLength(2)
  })

  it('rejects a surface source without its water body', () => {
    const { waterBody: _w, ...bare } = well('prefecture', 'surface', { DO: 7 }) as {
      waterBody?: string
    }
    expect(caught(() => validateObservations([bare])).issues[0]).toMatchObject({
      path: ['observations', 0, 'waterBody'],
      code: 'invalid_type',
    })
  })
})

describe('evaluatePlan', () => {
  it('rejects exactly what validateObservations rejects, with the same issues', () => {
    const bad: ObservationInput[][] = [
      [plot, day('2022-01-01', 800)],
      [plot, day('2022-01-01'), day('2022-01-01')],
      [well('prefecture', 'groundwater', { nitrate: 4 }), well('prefecture', 'surface', { DO: 7 })],
      [well('prefecture', 'surface', { DO: 7 }), well('prefecture', 'groundwater', { nitrate: 4 })],
      [well('prefecture', 'groundwater', { nitrate: 4 }), well('county', 'groundwater', { F: 1 })],
      [plot, day('2022-01-01'), plot, day('2022-01-02', 200)],
    ]
    for (const observations of bad) {
      const direct = caught(() => validateObservations(observations))
      const viaPlan = caught(() => evaluatePlan(plan2022, observations, { asOf: '2022-12-31' }))
      expect(viaPlan.issues).toEqual(direct.issues)
    }
  })

  // An unknown option is never ignored.
  it('rejects an unknown or misspelt option, at any level, and suggests the known one', () => {
    const top = caught(() =>
      evaluatePlan(plan2022, [], { asOf: '2022-12-31', shedule: 'final' } as never),
    )
    expect(top.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['options', 'shedule'],
      hint: { en: 'did you mean schedule?' },
    })
    const nested = caught(() =>
      evaluatePlan(plan2022, [], {
        asOf: '2022-12-31',
        air: { dustMethod: 'excludeDays' },
      } as never),
    )
    expect(nested.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['options', 'air', 'dustMethod'],
    })
  })

  it('gives a surface and a groundwater source of two levels each their own target', () => {
    const e = evaluatePlan(
      plan2022,
      [
        well('prefecture', 'groundwater', { nitrate: 4 }, 'a'),
        well('county', 'surface', { DO: 7, NH3N: 0.2 }, 'b'),
      ],
      { asOf: '2022-12-31' },
    )
    const byId = (id: string) => e.targets.find((t) => t.target === id)
    expect(byId('water.drinking-water-prefecture')?.coverage.used).toBe(1)
    expect(byId('water.drinking-water-county')?.coverage.used).toBe(1)
  })
})
