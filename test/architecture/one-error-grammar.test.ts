import { describe, expect, it } from 'vitest'
import * as root from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import * as air from '../../src/standards/air/index.js'
import * as water from '../../src/standards/water/index.js'

/** What each entry says of one bad value: the error's class, and each issue's code, path and words. */
function said(run: () => unknown) {
  try {
    run()
  } catch (e) {
    expect(root.isInputError(e)).toBe(true)
    return (e as root.InputError).issues.map((i) => ({
      code: i.code,
      path: i.path,
      en: i.message.en,
      zh: i.message.zh,
    }))
  }
  throw new Error('expected an input error')
}

const DAY = {
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

describe('one bad value, one error, through every entry', () => {
  it('is the same class in the root, air and water entries', () => {
    expect(air.InputError).toBe(root.InputError)
    expect(water.InputError).toBe(root.InputError)
  })

  // Each case: the field, the bad value, and the words the catalogue gives for it.
  const cases = [
    ['pm25', -1, 'too_small', 'expected a non-negative number (µg/m³), got -1'],
    ['pm25', 'x', 'invalid_type', 'expected a non-negative number (µg/m³), got "x"'],
    [
      'so2',
      Number.POSITIVE_INFINITY,
      'not_finite',
      'expected a non-negative number (µg/m³), got Infinity',
    ],
    // 80 mg/m³ as a daily mean is above the top of the HJ 633 24-hour CO column (60): µg/m³.
    [
      'co',
      80,
      'implausible',
      'expected a 24-hour CO concentration of at most 60 mg/m³, got 80 (implausible: CO is in mg/m³, was it µg/m³? (80 µg/m³ = 0.08 mg/m³))',
    ],
  ] as const

  it.each(cases)(
    '%s = %s reads the same in dailyAqi, evaluatePlan and validateObservations',
    (field, value, code, en) => {
      const direct = said(() => air.dailyAqi({ [field]: value } as never))
      expect(direct).toEqual([expect.objectContaining({ code, path: [field], en })])
      const record = { ...DAY, [field]: value }
      const evaluated = said(() =>
        root.evaluatePlan(plan2022, [record as never], { asOf: '2022-01-01' }),
      )
      const validated = said(() => root.validateObservations([record]))
      // The same words and code, at the field of the caller's record.
      for (const issues of [evaluated, validated]) {
        expect(issues).toEqual([{ ...direct[0], path: ['observations', 0, field] }])
      }
    },
  )
})
