import { describe, expect, it } from 'vitest'
import { InputError, periodChange } from '../../../../src/standards/air/index.js'

describe('periodChange', () => {
  it('reproduces the national July 2021 report from its printed figures', () => {
    // "PM2.5 平均浓度为 16μg/m3，同比下降 15.8%": (16 − 19) / 19 × 100 = −15.789… → −15.8
    const pm25 = periodChange(16, 19, { kind: 'concentration' })
    expect(pm25.change?.published).toBe(-15.8)
    expect(pm25.text).toEqual({
      zh: '同比下降 15.8%',
      en: 'down 15.8% on the same period of last year',
    })
    // PM10 31 on 37: −16.216… → "下降 16.2%"; NO2 14 on 17: −17.647… → "下降 17.6%"
    expect(periodChange(31, 37, { kind: 'concentration' }).text?.zh).toBe('同比下降 16.2%')
    expect(periodChange(14, 17, { kind: 'concentration' }).text?.zh).toBe('同比下降 17.6%')
    // CO 0.7 on 0.8: −12.5% exactly; O3 139 on 137: +1.4598… → "上升 1.5%"
    expect(periodChange(0.7, 0.8, { kind: 'concentration' }).text?.zh).toBe('同比下降 12.5%')
    expect(periodChange(139, 137, { kind: 'concentration' }).text?.zh).toBe('同比上升 1.5%')
    // "优良天数比例为 92.4% … 上升 2.0 个百分点": 92.4 − 90.4 = 2.0, printed with its zero
    const ratio = periodChange(92.4, 90.4, { kind: 'ratio' })
    expect(ratio.unit).toBe('percentagePoints')
    expect(ratio.text).toEqual({
      zh: '同比上升 2.0 个百分点',
      en: 'up 2.0 percentage points on the same period of last year',
    })
  })

  it('writes the change on a base year: "比2020年下降 17.1%"', () => {
    // (29 − 35) / 35 × 100 = −17.142857… → −17.1
    const c = periodChange(29, 35, { kind: 'concentration', baseYear: 2020 })
    expect(c.text).toEqual({ zh: '比2020年下降 17.1%', en: 'down 17.1% on 2020' })
    expect(c.options.baseYear).toBe(2020)
    expect(periodChange(86.5, 86.5, { kind: 'ratio', baseYear: 2020 }).text).toEqual({
      zh: '与2020年持平',
      en: 'unchanged on 2020',
    })
  })

  it('returns 持平 when the printed change is zero, also when the figures differ a little', () => {
    const same = periodChange(7, 7, { kind: 'concentration' })
    expect(same.direction).toBe('flat')
    expect(same.word).toEqual({ zh: '持平', en: 'unchanged' })
    expect(same.text?.zh).toBe('同比持平')
    // 2001 on 2000: +0.05% → 0.0 (half to even) → 持平
    const tiny = periodChange(2001, 2000, { kind: 'concentration' })
    expect(tiny.change?.exact).toBe('0.05')
    expect(tiny.change?.published).toBe(0)
    expect(tiny.direction).toBe('flat')
    // 2003 on 2000: +0.15% → 0.2 → 上升
    expect(periodChange(2003, 2000, { kind: 'concentration' }).text?.zh).toBe('同比上升 0.2%')
  })

  it('rounds the change half to even on the exact value (GB/T 8170)', () => {
    // (0.85 − 0.8) / 0.8 × 100 = 6.25 → 6.2 (2 is even); (0.87 − 0.8) / 0.8 × 100 = 8.75 → 8.8
    expect(periodChange(0.85, 0.8, { kind: 'concentration' }).change?.published).toBe(6.2)
    expect(periodChange(0.87, 0.8, { kind: 'concentration' }).change?.published).toBe(8.8)
    // percentage points: 86.55 − 86.5 = 0.05 → 0.0; 86.65 − 86.5 = 0.15 → 0.2
    expect(periodChange(86.55, 86.5, { kind: 'ratio' }).direction).toBe('flat')
    expect(periodChange(86.65, 86.5, { kind: 'ratio' }).change?.published).toBe(0.2)
  })

  it('names one percentage point in the singular', () => {
    expect(periodChange(80, 79, { kind: 'ratio', decimals: 0 }).text?.en).toBe(
      'up 1 percentage point on the same period of last year',
    )
    expect(periodChange(80, 79, { kind: 'ratio' }).text?.zh).toBe('同比上升 1.0 个百分点')
  })

  it('changes an index in percent, like a concentration', () => {
    // Anhui 2020-01…10, 黄山: 2.49 on 2.91 → (2.49 − 2.91) / 2.91 = −14.43% → "−14.4%"
    const c = periodChange(2.49, 2.91, { kind: 'index' })
    expect(c.unit).toBe('percent')
    expect(c.change?.published).toBe(-14.4)
  })

  it('compares published figures by default and exact ones when asked', () => {
    const now = { value: 16.4, exact: '16.4', published: 16, precision: 0 }
    const before = { value: 18.6, exact: '18.6', published: 19, precision: 0 }
    // published: (16 − 19) / 19 = −15.8%; exact: (16.4 − 18.6) / 18.6 = −11.827… → −11.8%
    expect(periodChange(now, before, { kind: 'concentration' }).change?.published).toBe(-15.8)
    expect(
      periodChange(now, before, { kind: 'concentration', compare: 'exact' }).change?.published,
    ).toBe(-11.8)
  })

  it('returns no change, never zero, when a figure is missing or the earlier one is zero', () => {
    expect(periodChange(null, 19, { kind: 'concentration' })).toMatchObject({
      gap: 'noCurrent',
      change: null,
      direction: null,
      text: null,
    })
    expect(periodChange(16, null, { kind: 'concentration' }).gap).toBe('noEarlier')
    expect(periodChange(5, 0, { kind: 'concentration' }).gap).toBe('earlierZero')
    // a ratio of zero is a figure: 5 − 0 = 5 percentage points
    expect(periodChange(5, 0, { kind: 'ratio' }).text?.zh).toBe('同比上升 5.0 个百分点')
  })

  it('rejects a figure that is not finite, a missing kind and a misspelt option', () => {
    expect(() => periodChange(Number.NaN, 1, { kind: 'ratio' })).toThrow(InputError)
    expect(() => periodChange('16' as never, 1, { kind: 'ratio' })).toThrow(InputError)
    expect(() => periodChange(1, 1, {} as never)).toThrow(InputError)
    try {
      periodChange(1, 1, { kind: 'ratio', baseyear: 2020 } as never)
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues[0].hint?.en).toBe('did you mean baseYear?')
    }
  })
})
