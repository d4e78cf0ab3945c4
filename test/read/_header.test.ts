import { describe, expect, it } from 'vitest'
import { normalizeHeader, normalizeUnit } from '../../src/read/_header.js'

describe('normalizeHeader', () => {
  it.each([
    ['溶解氧(mg/L)', '溶解氧', 'mg/l'],
    ['溶解氧（mg/L）', '溶解氧', 'mg/l'],
    ['溶解氧', '溶解氧', null],
    ['pH(无量纲)', 'ph', '无量纲'],
    ['水温(℃)', '水温', '°c'],
    ['电导率(μS/cm)', '电导率', 'μs/cm'],
    ['PM2.5', 'pm25', null],
    ['pm2_5', 'pm25', null],
    ['pm2_5_24h', 'pm2524h', null],
    [' O3-8h ', 'o38h', null],
    ['硝酸盐(以N计)', '硝酸盐', null],
    ['硝酸盐(以N计)(mg/L)', '硝酸盐', 'mg/l'],
    ['铬(六价)', '铬(六价)', null],
    ['铬（六价）(mg/L)', '铬(六价)', 'mg/l'],
  ])('%j → name %j, unit %j', (header, name, unit) => {
    expect(normalizeHeader(header)).toEqual({ name, unit })
  })
})

describe('normalizeUnit', () => {
  it('treats the micro sign, Greek mu, ug and superscripts alike', () => {
    const forms = ['µg/m³', 'μg/m3', 'ug/m3', 'UG / M3']
    expect(new Set(forms.map(normalizeUnit)).size).toBe(1)
  })

  it('keeps mg and µg apart', () => {
    expect(normalizeUnit('mg/m³')).not.toBe(normalizeUnit('µg/m³'))
  })
})
