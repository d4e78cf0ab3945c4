import { describe, expect, it } from 'vitest'
import { dailyAqi } from '../../../src/standards/air/index.js'
import { inputErrorOf } from '../../_helpers/input-error.js'

// dailyAqi reads a daily record: an object of concentrations. Whatever shortcut it takes for
// input it has seen before, what it accepts and what it refuses stay those of its schema.
const issueOf = (run: () => unknown) => {
  const e = inputErrorOf(run)
  return [e.context, ...e.issues.map((i) => [i.code, i.path, i.expected.en])]
}

describe('dailyAqi input checks', () => {
  it.each([
    ['null', null],
    ['an empty text', ''],
    ['a text', 'pm25'],
    ['a number', 5],
    ['an empty array', []],
    ['an array', ['pm25']],
  ])('refuses %s as the record, at the root', (_, input) => {
    expect(issueOf(() => dailyAqi(input as never))).toEqual([
      'dailyAqi input',
      ['invalid_type', [], 'an object'],
    ])
  })

  it('reads -0 as a concentration of 0 (IAQI 0, not -0)', () => {
    const r = dailyAqi({ pm25: -0 })
    expect(Object.is(r.iaqi.pm25, 0)).toBe(true)
    expect(Object.is(r.aqi, 0)).toBe(true)
  })

  it('refuses an option written as text after the same option as a value was accepted', () => {
    // PM2.5 35 µg/m³ is the top of the 优/良 breakpoint pair 0–35: IAQI 50 (HJ 633-2012 表1)
    expect(dailyAqi({ pm25: 35 }, { roundConcentrations: true }).aqi).toBe(50)
    expect(issueOf(() => dailyAqi({ pm25: 35 }, { roundConcentrations: 'true' as never }))).toEqual(
      ['dailyAqi options', ['invalid_type', ['options', 'roundConcentrations'], 'true or false']],
    )
    expect(dailyAqi({ pm25: 35 }, { maxPlausibleCo: 60 }).aqi).toBe(50)
    expect(issueOf(() => dailyAqi({ pm25: 35 }, { maxPlausibleCo: '60' as never }))).toEqual([
      'dailyAqi options',
      ['invalid_type', ['options', 'maxPlausibleCo'], 'a number'],
    ])
    expect(dailyAqi({ pm25: 35 }, { standard: 'HJ633-2012' }).aqi).toBe(50)
    expect(
      issueOf(() => dailyAqi({ pm25: 35 }, { standard: ['HJ633-2012'] as never }))[1]?.slice(0, 2),
    ).toEqual(['invalid_value', ['options', 'standard']])
    expect(dailyAqi({ pm25: 35 }, { missingIndicators: 'computeFromOthers' }).aqi).toBe(50)
    expect(
      issueOf(() =>
        dailyAqi({ pm25: 35 }, { missingIndicators: ['computeFromOthers'] as never }),
      )[1]?.slice(0, 2),
    ).toEqual(['invalid_value', ['options', 'missingIndicators']])
  })

  it('refuses options that are not an object after options with nothing set', () => {
    expect(dailyAqi({ pm25: 35 }, {}).aqi).toBe(50)
    for (const options of [5, [], 'HJ633-2012', true, null]) {
      expect(issueOf(() => dailyAqi({ pm25: 35 }, options as never))[0]).toBe('dailyAqi options')
    }
  })

  it('accepts CO exactly at the bound and refuses it just above, beside values on and off the grid', () => {
    // HJ 633-2012 表1: CO 24-hour 60 mg/m³ is the top breakpoint, IAQI 500; PM2.5 35 is IAQI
    // 50 and 35.5 is 50 + 0.5 × 50 / 40 = 50.625 → 51 (rounded up)
    for (const [pm25, iaqi] of [
      [35, 50],
      [35.5, 51],
    ] as const) {
      const r = dailyAqi({ co: 60, pm25 })
      expect([r.iaqi.co, r.iaqi.pm25, r.aqi, r.flags.capped]).toEqual([500, iaqi, 500, []])
      expect(issueOf(() => dailyAqi({ co: 60.1, pm25 }))).toEqual([
        'dailyAqi input',
        ['implausible', ['co'], 'a 24-hour CO concentration of at most 60 mg/m³'],
      ])
    }
  })

  it('refuses a rule for indicators not measured that is not one of the two, even after a valid one', () => {
    expect(dailyAqi({ pm25: 35 }, { notMeasured: 'text' }).aqi).toBe(50)
    expect(dailyAqi({ pm25: 35 }, { notMeasured: 'platform' }).aqi).toBe(50)
    for (const notMeasured of ['nope', ['text'], 'Text']) {
      expect(
        issueOf(() => dailyAqi({ pm25: 35 }, { notMeasured: notMeasured as never }))[1]?.slice(
          0,
          2,
        ),
      ).toEqual(['invalid_value', ['options', 'notMeasured']])
    }
  })

  it('refuses a CO bound that is not a positive finite number', () => {
    for (const bound of [0, -1, Number.POSITIVE_INFINITY, Number.NaN]) {
      const e = inputErrorOf(() => dailyAqi({ co: 1 }, { maxPlausibleCo: bound }))
      expect(e.issues[0].path).toEqual(['options', 'maxPlausibleCo'])
    }
  })
})
