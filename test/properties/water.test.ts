import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assessSectionSet,
  classifySection,
  SECTION_INDICATORS,
  type SectionClassification,
} from '../../src/standards/water/index.js'
import { lawful, oddNumber, PARAMS } from './_laws.js'

// The laws of the section functions on any input: a result or an InputError, clean figures,
// frozen input untouched, the same answer twice; and the rules of 22号 that hold whatever the
// values: the class is the worst class of the counted indicators (单因子评价), a higher
// concentration of a pollutant never gives a better class, and a set is judged by class shares
// from five sections with data, by the mean of each indicator below five.

const body = fc.constantFrom('river', 'lake', 'reservoir')
const oddBody = fc.constantFrom<unknown>('river', 'lake', 'reservoir', 'sea', '', undefined, 3)
const key = fc.constantFrom(...SECTION_INDICATORS, 'TN', 'fecalColiform', 'waterTemp', 'TSS')

/** Plausible values of the counted indicators (pH 0–14, the others 0–50 mg/L). */
const values = fc
  .dictionary(fc.constantFrom(...SECTION_INDICATORS), fc.double({ min: 0, max: 50, noNaN: true }), {
    maxKeys: 10,
  })
  .map((v) => (v.pH === undefined ? v : { ...v, pH: v.pH * 0.28 }))
const oddValues = fc.dictionary(key, oddNumber, { maxKeys: 8 })

function expectWorstOf(r: SectionClassification): void {
  const classes = r.indicators.map((i) => i.waterClass).filter((c) => c !== null)
  if (classes.length === 0) {
    expect(r.waterClass).toBeNull()
    return
  }
  expect(r.waterClass).toBe(Math.max(...classes))
  const deciding = r.indicators.filter((i) => i.waterClass === r.waterClass)
  expect([...r.deciding].sort()).toEqual(deciding.map((i) => i.indicator).sort())
  for (const e of r.exceeding) {
    const at = r.indicators.find((i) => i.indicator === e.indicator)
    expect(at?.waterClass).toBeGreaterThan(r.options.baseClass)
  }
}

describe('classifySection on any input', () => {
  it('returns the worst class of the counted indicators, or an InputError', () => {
    fc.assert(
      fc.property(oddValues, oddBody, (v, waterBody) => {
        const out = lawful({ v, o: { waterBody } }, (i) =>
          classifySection(i.v as never, i.o as never),
        )
        if (out.ok) expectWorstOf(out.value)
      }),
      PARAMS,
    )
  })

  it('never gives a better class for more of a pollutant, or for less dissolved oxygen', () => {
    const pollutant = fc.constantFrom(...SECTION_INDICATORS.filter((k) => k !== 'pH'))
    fc.assert(
      fc.property(
        values,
        pollutant,
        fc.double({ min: 0, max: 5, noNaN: true }),
        body,
        (v, k, step, waterBody) => {
          const base = { ...v, [k]: v[k] ?? 1 }
          const before = classifySection(base, { waterBody }).waterClass as number
          const moved =
            k === 'DO' ? Math.max(0, (base[k] as number) - step) : (base[k] as number) + step
          const after = classifySection({ ...base, [k]: moved }, { waterBody }).waterClass
          expect(after).toBeGreaterThanOrEqual(before)
        },
      ),
      PARAMS,
    )
  })
})

const condition = fc.constantFrom<unknown>(
  undefined,
  'assessed',
  'noData',
  'driedUp',
  'frozen',
  'notSampled',
  'tooFewSamplings',
  'flooded',
  null,
)
const member = fc.record(
  { waterBody: body, values, condition: fc.constantFrom(undefined, 'assessed', 'driedUp') },
  { requiredKeys: ['waterBody'] },
)
/** Sets of up to 9 sections with ids a, b, c, … */
const sections = fc
  .array(member, { maxLength: 9 })
  .map((ms) => ms.map((m, i) => ({ id: String.fromCharCode(97 + i), ...m })))

describe('assessSectionSet on any input', () => {
  it('answers odd members with an InputError, never NaN in a count', () => {
    const odd = fc.array(
      fc.record(
        {
          id: fc.constantFrom<unknown>('a', 'b', 'c', '', 7),
          waterBody: oddBody,
          values: oddValues,
          condition,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 7 },
    )
    const sets = fc.oneof(
      { weight: 9, arbitrary: odd as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'a', {}, 5) },
    )
    fc.assert(
      fc.property(
        sets,
        fc.constantFrom<unknown>(undefined, {}, { minSectionsForShares: 3 }),
        (s, o) => {
          lawful({ s, o }, (i) => assessSectionSet(i.s as never, i.o as never))
        },
      ),
      PARAMS,
    )
  })

  it('counts every section once, and uses class shares from five sections with data', () => {
    fc.assert(
      fc.property(sections, (s) => {
        const out = lawful(s, (i) => assessSectionSet(i))
        expect(out.ok).toBe(true)
        if (!out.ok) return
        const r = out.value
        expect(r.evaluated + r.excluded.length).toBe(s.length)
        expect(Object.values(r.excludedCounts).reduce((a, b) => a + b, 0)).toBe(r.excluded.length)
        expect(Object.values(r.classCounts).reduce((a, b) => a + b, 0)).toBe(r.evaluated)
        expect(r.classIToIII.denominator).toBe(r.evaluated)
        // 22号 二: 5 or more sections by class shares, fewer by the mean of each indicator
        if (r.evaluated >= 5) expect(r.status?.method).toBe('classShares')
        else if (r.evaluated > 0) expect(r.status?.method ?? 'average').toBe('average')
        else expect(r.status).toBeNull()
      }),
      PARAMS,
    )
  })

  it('does not depend on the order of the sections', () => {
    fc.assert(
      fc.property(
        sections.chain((s) =>
          fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length })),
        ),
        ([s, shuffled]) => {
          const a = assessSectionSet(s)
          const b = assessSectionSet(shuffled)
          expect(b.status).toEqual(a.status)
          expect(b.classCounts).toEqual(a.classCounts)
          expect(b.excludedCounts).toEqual(a.excludedCounts)
          expect(b.classIToIII).toEqual(a.classIToIII)
        },
      ),
      PARAMS,
    )
  })
})
