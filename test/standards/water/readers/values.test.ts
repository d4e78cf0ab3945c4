import { describe, expect, it } from 'vitest'
import {
  parseGroundwaterValues,
  parseSurfaceSourceValues,
  parseSurfaceWaterValues,
  resolveWaterColumn,
  resolveWaterIndicatorKey,
  WATER_COLUMN_ALIASES,
} from '../../../../src/standards/water/index.js'
import { inputErrorOf, issuesOf } from '../../../_helpers/input-error.js'

describe('resolveWaterIndicatorKey', () => {
  it.each([
    ['高锰酸盐指数(mg/L)', 'CODMn'],
    ['pH(无量纲)', 'pH'],
    ['溶解氧（mg/L）', 'DO'],
    ['NH3-N', 'NH3N'],
    ['CODCr', 'COD'],
    ['挥发性酚类', 'phenol'],
    ['Dissolved oxygen', 'DO'],
    ['电导率(μS/cm)', null],
    ['叶绿素α(mg/L)', null],
  ])('maps %s to %s', (header, key) => {
    expect(resolveWaterIndicatorKey(header)).toBe(key)
  })

  it('knows one alias table for every reader (CODCr was a command-line alias only)', () => {
    expect(WATER_COLUMN_ALIASES.COD).toContain('CODCr')
    expect(resolveWaterColumn('CODCr', 'surfaceSource')?.key).toBe('COD')
    expect(resolveWaterColumn('挥发性酚类', 'groundwater')?.key).toBe('phenol')
    expect(resolveWaterColumn('硝酸盐氮', 'groundwater')?.key).toBe('nitrate')
  })
})

describe('parseSurfaceWaterValues', () => {
  it('reads numbers and numeric text, and the shared no-value texts as null (never 0)', () => {
    expect(
      parseSurfaceWaterValues({
        pH: '7.62',
        DO: 7.78,
        NH3N: '--',
        TP: '',
        CODMn: 'NA',
        COD: 'na',
        BOD5: '/',
        Cu: null,
      }),
    ).toEqual({
      pH: 7.62,
      DO: 7.78,
      NH3N: null,
      TP: null,
      CODMn: null,
      COD: null,
      BOD5: null,
      Cu: null,
    })
  })

  it('rejects a value with a unit, a value below the detection limit, a negative value and pH 15, naming the column', () => {
    const e = inputErrorOf(() =>
      parseSurfaceWaterValues(
        { '总磷(mg/L)': '0.5mg/L', 氨氮: '<0.01', 化学需氧量: '-3', 'pH(无量纲)': '15' },
        { location: { file: 's.csv', line: 7 } },
      ),
    )
    expect(e.issues.map((i) => [i.path, i.code, i.location])).toEqual([
      [['总磷(mg/L)'], 'invalid_type', { file: 's.csv', line: 7 }],
      [['氨氮'], 'invalid_type', { file: 's.csv', line: 7 }],
      [['化学需氧量'], 'too_small', { file: 's.csv', line: 7 }],
      [['pH(无量纲)'], 'too_big', { file: 's.csv', line: 7 }],
    ])
    expect(e.issues[1]?.message.en).toBe(
      'expected a number, got "<0.01" (a value below the detection limit needs a number, or leave it empty)',
    )
    expect(e.issues[1]?.message.zh).toBe(
      '应为数值，实际为 "<0.01"（低于检出限的值需写成数值，或留空）',
    )
  })

  it('rejects unknown columns, two columns for one item, a column in another unit, and non-records', () => {
    expect(issuesOf(() => parseSurfaceWaterValues({ 电导率: '400' }))[0]).toMatch(
      /^\["电导率"\] unrecognized_keys: expected a known indicator column/,
    )
    expect(parseSurfaceWaterValues({ 电导率: '400', TP: 0.1 }, { ignore: ['电导率'] })).toEqual({
      TP: 0.1,
    })
    expect(issuesOf(() => parseSurfaceWaterValues({ NH3N: 1, '氨氮(mg/L)': 2 }))[0]).toMatch(
      /^\["氨氮\(mg\/L\)"\] duplicate/,
    )
    expect(issuesOf(() => parseSurfaceWaterValues({ '氨氮(μg/L)': 200 }))).toEqual([
      '["氨氮(μg/L)"] invalid_value: expected a column in mg/L, got "氨氮(μg/L)"',
    ])
    expect(issuesOf(() => parseSurfaceWaterValues(['x']))).toEqual([
      ' invalid_type: expected an object, got ["x"]',
    ])
    expect(issuesOf(() => parseSurfaceWaterValues({}, { ignor: [] } as never))[0]).toMatch(
      /options\.ignor unrecognized_keys/,
    )
  })
})

describe('parseSurfaceSourceValues', () => {
  it('reads Table 1, 2 and 3 items by key or Chinese name', () => {
    expect(parseSurfaceSourceValues({ 氨氮: '0.12', 铁: '0.08', 三氯甲烷: '--' })).toEqual({
      NH3N: 0.12,
      Fe: 0.08,
      chloroform: null,
    })
  })
})

describe('parseGroundwaterValues', () => {
  it('reads numbers, not-detected and the described items', () => {
    expect(
      parseGroundwaterValues({
        肉眼可见物: '无',
        阴离子表面活性剂: 'ND',
        硝酸盐: '4.2',
        嗅和味: '有',
        锰: '未检出',
      }),
    ).toEqual({
      visibleMatter: 'none',
      LAS: 'notDetected',
      nitrate: 4.2,
      odourTaste: 'present',
      Mn: 'notDetected',
    })
  })

  it('rejects wrong kinds of value', () => {
    expect(
      issuesOf(() => parseGroundwaterValues({ 嗅和味: '12', pH: 'ND', 硝酸盐: '-1' })),
    ).toEqual([
      `["嗅和味"] invalid_value: expected 'none' (无) or 'present' (有), got 12`,
      'pH invalid_value: expected a pH from 0 to 14, got "notDetected"',
      '["硝酸盐"] too_small: expected a non-negative number (mg/L), got -1',
    ])
  })
})
