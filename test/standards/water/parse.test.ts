import { describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import {
  GroundwaterValuesSchema,
  parseGroundwaterValues,
  parseSurfaceSourceValues,
  parseSurfaceWaterValues,
  resolveWaterIndicatorKey,
  SurfaceWaterValuesSchema,
} from '../../../src/standards/water/parse.js'

function issues(fn: () => unknown): string[] {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ZodError)
    return (e as ZodError).issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }
  throw new Error('expected a ZodError')
}

describe('SurfaceWaterValuesSchema', () => {
  it('reads numbers and numeric text, and -- / empty / null as not measured (never 0)', () => {
    expect(
      SurfaceWaterValuesSchema.parse({
        pH: '7.62',
        DO: 7.78,
        CODMn: ' 2.98 ',
        NH3N: '--',
        TP: '',
        TN: null,
      }),
    ).toEqual({ pH: 7.62, DO: 7.78, CODMn: 2.98, NH3N: null, TP: null, TN: null })
    expect(SurfaceWaterValuesSchema.parse({ Hg: '5e-5' })).toEqual({ Hg: 0.00005 })
  })

  it('rejects a value with a unit, a negative value, pH outside 0–14 and an unknown key, with the path', () => {
    expect(
      issues(() =>
        SurfaceWaterValuesSchema.parse({ TP: '0.5mg/L', DO: -1, pH: 14.2, TN2: 1, COD: true }),
      ),
    ).toEqual([
      'pH: pH must be within 0–14, got 14.2',
      'DO: expected a value ≥ 0, got -1',
      'COD: expected a finite number (or "--" for not measured), got true',
      'TP: expected a number without a unit (or "--" for not measured), got "0.5mg/L"',
      ': Unrecognized key: "TN2"',
    ])
  })
})

describe('parseSurfaceWaterValues', () => {
  const row = {
    省份: '上海市',
    断面名称: '临江',
    '水温(℃)': '19.3',
    'pH(无量纲)': '7.18',
    '溶解氧(mg/L)': '8.13',
    '高锰酸盐指数(mg/L)': '3.02',
    '氨氮(mg/L)': '--',
    '总磷(mg/L)': '0.100',
    '总氮(mg/L)': '3.95',
  }

  it('reads a CNEMC row with Chinese headers, skipping the columns named', () => {
    expect(parseSurfaceWaterValues(row, { ignore: ['省份', '断面名称'] })).toEqual({
      waterTemp: 19.3,
      pH: 7.18,
      DO: 8.13,
      CODMn: 3.02,
      NH3N: null,
      TP: 0.1,
      TN: 3.95,
    })
  })

  it('names the original column in every error', () => {
    expect(
      issues(() =>
        parseSurfaceWaterValues(
          { ...row, '总磷(mg/L)': '0.5mg/L', '电导率(μS/cm)': '464.6' },
          { ignore: ['省份'] },
        ),
      ),
    ).toEqual([
      '断面名称: unknown GB 3838-2002 Table 1 indicator "断面名称"',
      '电导率(μS/cm): unknown GB 3838-2002 Table 1 indicator "电导率(μS/cm)"',
      '总磷(mg/L): expected a number without a unit (or "--" for not measured), got "0.5mg/L"',
    ])
  })

  it('rejects two columns naming the same indicator, and input that is not a record', () => {
    expect(issues(() => parseSurfaceWaterValues({ NH3N: 0.1, 'NH3-N': 0.2 }))).toEqual([
      'NH3-N: "NH3-N" names NH3N, already given as "NH3N"',
    ])
    expect(issues(() => parseSurfaceWaterValues(['x']))).toEqual([
      ': expected an object of GB 3838-2002 Table 1 values',
    ])
  })
})

describe('resolveWaterIndicatorKey', () => {
  it.each([
    ['NH3N', 'NH3N'],
    ['nh3n', 'NH3N'],
    ['氨氮(mg/L)', 'NH3N'],
    ['NH3-N', 'NH3N'],
    ['pH值', 'pH'],
    ['pH(无量纲)', 'pH'],
    ['铬（六价）', 'Cr6'],
    ['六价铬', 'Cr6'],
    ['粪大肠菌群（个/L）', 'fecalColiform'],
    ['Dissolved oxygen', 'DO'],
    ['叶绿素α(mg/L)', null],
  ])('maps %s to %s', (header, key) => {
    expect(resolveWaterIndicatorKey(header)).toBe(key)
  })
})

describe('parseSurfaceSourceValues', () => {
  it('reads Table 1, 2 and 3 items by key or Chinese name', () => {
    expect(
      parseSurfaceSourceValues({
        氨氮: '0.12',
        铁: '0.08',
        三氯甲烷: '--',
        benzoAPyrene: '2.8e-6',
      }),
    ).toEqual({
      NH3N: 0.12,
      Fe: 0.08,
      chloroform: null,
      benzoAPyrene: 0.0000028,
    })
    expect(issues(() => parseSurfaceSourceValues({ 氡: 1 }))).toEqual([
      '氡: unknown GB 3838-2002 indicator "氡"',
    ])
  })
})

describe('parseGroundwaterValues', () => {
  it('reads numbers, not-detected and the described items', () => {
    expect(
      parseGroundwaterValues({
        肉眼可见物: '无',
        嗅和味: '有',
        阴离子表面活性剂: '未检出',
        硝酸盐: '4.2',
        pH: '--',
      }),
    ).toEqual({
      odourTaste: 'present',
      visibleMatter: 'none',
      pH: null,
      LAS: 'notDetected',
      nitrate: 4.2,
    })
  })

  it('rejects wrong kinds of value', () => {
    expect(
      issues(() =>
        GroundwaterValuesSchema.parse({
          odourTaste: 1,
          visibleMatter: 'some',
          pH: 'ND',
          NH3N: '1 mg/L',
        }),
      ),
    ).toEqual([
      'odourTaste: expected 无 / none or 有 / present, got 1',
      'visibleMatter: expected 无 / none or 有 / present, got "some"',
      'pH: expected a number without a unit (or "--" for not measured), got "ND"',
      'NH3N: expected a number without a unit (or "--" for not measured), got "1 mg/L"',
    ])
    expect(
      issues(() => GroundwaterValuesSchema.parse({ pH: 15, Fe: Number.POSITIVE_INFINITY })),
    ).toEqual([
      'pH: pH must be within 0–14, got 15',
      'Fe: expected a finite number (or "--" for not measured), got Infinity',
    ])
  })
})
