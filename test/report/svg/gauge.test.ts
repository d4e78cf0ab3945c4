import { describe, expect, it } from 'vitest'
import { wrapGaugeTitle } from '../../../src/report/svg/gauge.js'

describe('wrapGaugeTitle', () => {
  it('returns the title on one line when it fits', () => {
    // 'PM2.5 annual mean' is 17 characters × 0.6 × 12 px = 122.4 px ≤ 240 px
    expect(wrapGaugeTitle('PM2.5 annual mean', 240)).toEqual(['PM2.5 annual mean'])
  })

  it('breaks a long Latin title at a space, within the width', () => {
    // 240 px at 12 px and 0.6 em per character holds 33 characters
    const lines = wrapGaugeTitle('Good-air-days ratio, central city (Central city)', 240)
    expect(lines).toEqual(['Good-air-days ratio, central city', '(Central city)'])
  })

  it('breaks Chinese text anywhere and ends a third line with an ellipsis', () => {
    // 60 px at 12 px per CJK character holds 5 characters a line
    expect(wrapGaugeTitle('中心城区空气质量优良天数比例', 60)).toEqual(['中心城区空', '气质量优…'])
  })
})
