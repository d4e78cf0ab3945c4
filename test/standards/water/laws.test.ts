import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assessSectionSet,
  classifySection,
  classifySectionPeriod,
  InputError,
  mainPollutants,
  SECTION_INDICATORS,
  SurfaceWaterValuesSchema,
  trophicLevelIndex,
} from '../../../src/standards/water/index.js'

// The laws a hostile caller probes: on any input a water function returns a result or
// throws an InputError (never another error, never NaN or undefined in a figure), leaves a
// frozen input untouched and answers the same twice. Fixed seeds; ECO_TARGETS_LONG=1 runs more.
const RUNS = process.env.ECO_TARGETS_LONG ? 20_000 : 300
const SEED = 20_221_231

const oddValue = fc.oneof(
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(null, undefined, '0.5', 'NA', Number.NaN, -0, 6, 9, 14, 15),
)
const key = fc.constantFrom(...SECTION_INDICATORS, 'TN', 'fecalColiform', 'waterTemp', 'TSS')
const values = fc.dictionary(key, oddValue, { maxKeys: 8 })
const body = fc.constantFrom('river', 'lake', 'reservoir', 'sea', undefined)
const condition = fc.constantFrom(undefined, 'assessed', 'noData', 'driedUp', 'frozen', 'flooded')
const member = fc.record(
  { id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', ''), waterBody: body, values, condition },
  { requiredKeys: ['id'] },
)

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x)
    Object.freeze(v)
  }
  return v
}

function figures(v: unknown, out: unknown[] = []): unknown[] {
  if (typeof v === 'number' || v === undefined) out.push(v)
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) figures(x, out)
  return out
}

function lawful(run: () => unknown): void {
  let result: unknown
  try {
    result = run()
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return
  }
  for (const f of figures(result)) {
    expect(f).not.toBeUndefined()
    expect(Number.isNaN(f)).toBe(false)
  }
  expect(run()).toEqual(result)
}

describe('water functions on hostile input', () => {
  it('classifySection and mainPollutants: a result or an InputError, no NaN, frozen input kept', () => {
    fc.assert(
      fc.property(values, body, (v, waterBody) => {
        const input = deepFreeze({ ...v })
        lawful(() => classifySection(input as never, { waterBody } as never))
        lawful(() => mainPollutants(input as never, { waterBody } as never))
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('assessSectionSet: never NaN in excludedCounts, whatever the conditions and water bodies', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 8 }), (sections) => {
        const input = deepFreeze(sections.map((s) => ({ ...s })))
        lawful(() => assessSectionSet(input as never))
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('classifySectionPeriod: impossible dates and odd statuses are input errors', () => {
    const date = fc.constantFrom(
      '2022-01-10',
      '2022-02-30',
      '2022-13-01',
      '2024-02-29',
      '2023-02-29',
      'x',
      20220110,
    )
    const status = fc.constantFrom(
      undefined,
      'sampled',
      'driedUp',
      'frozen',
      'notSampled',
      'melted',
    )
    fc.assert(
      fc.property(
        fc.array(fc.record({ date, status, values }, { requiredKeys: ['date'] }), { maxLength: 5 }),
        (samplings) => {
          lawful(() =>
            classifySectionPeriod(deepFreeze(samplings) as never, { waterBody: 'river' }),
          )
        },
      ),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('trophicLevelIndex: a result or an InputError, no NaN', () => {
    const tli = fc.dictionary(fc.constantFrom('chla', 'TP', 'TN', 'SD', 'CODMn', 'chl'), oddValue, {
      maxKeys: 5,
    })
    fc.assert(
      fc.property(tli, (v) => lawful(() => trophicLevelIndex(deepFreeze(v) as never))),
      { numRuns: RUNS, seed: SEED },
    )
  })
})

describe('classifySection at the pH range bounds', () => {
  // GB 3838-2002 表1 第2项: 6～9 inclusive. pH exactly 6.0 or 9.0 does not exceed; 5.99 and 9.01 do.
  it.each([
    [6, false],
    [9, false],
    [5.99, true],
    [9.01, true],
  ])('lists pH %d as exceeding: %s', (pH, exceeds) => {
    const r = classifySection({ pH }, { waterBody: 'river' })
    expect(r.exceeding.map((e) => e.indicator)).toEqual(exceeds ? ['pH'] : [])
    expect(r.waterClass).toBe(exceeds ? 6 : 1)
  })
})

describe('SurfaceWaterValuesSchema', () => {
  it('accepts exactly the values classifySection accepts', () => {
    fc.assert(
      fc.property(values, (v) => {
        let accepted = true
        try {
          classifySection(v as never, { waterBody: 'river' })
        } catch {
          accepted = false
        }
        expect(SurfaceWaterValuesSchema.safeParse(v).success).toBe(accepted)
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })
})
