import { describe, expect, it } from 'vitest'
import { type AqiColumn, iaqi } from '../../../src/standards/air/index.js'
import { inputErrorOf } from '../../_helpers/input-error.js'

// What a caller of iaqi reads when a concentration or a column is wrong: one issue, at the
// argument, with the code that says what kind of problem it is and the unit of the column
// (HJ 633: CO in mg/m³, every other pollutant in µg/m³).
const issueOf = (run: () => unknown) => {
  const e = inputErrorOf(run)
  expect(e.issues).toHaveLength(1)
  const [i] = e.issues
  return { context: e.context, code: i.code, path: i.path, expected: i.expected }
}

const NUMBER = { zh: '非负数值（µg/m³）', en: 'a non-negative number (µg/m³)' }
const NUMBER_OR_TEXT = {
  zh: '非负数值（µg/m³），或写作数字的十进制文本（如 "2.2"）',
  en: 'a non-negative number (µg/m³) or a decimal written in digits such as "2.2"',
}

describe('iaqi input issues', () => {
  it.each([
    ['a negative number', -1, 'too_small', NUMBER],
    ['NaN', Number.NaN, 'not_finite', NUMBER],
    ['an infinity', Number.NEGATIVE_INFINITY, 'not_finite', NUMBER],
    ['a text that is no decimal', 'abc', 'invalid_type', NUMBER_OR_TEXT],
    ['a negative decimal text', '-2', 'invalid_type', NUMBER_OR_TEXT],
    // an array whose text form is a decimal ("35") is still not a concentration
    ['an array', [35], 'invalid_type', NUMBER],
    ['an object', { value: 35 }, 'invalid_type', NUMBER],
  ])('%s is one %s issue at the concentration', (_, value, code, expected) => {
    expect(issueOf(() => iaqi('pm25_24h', value as number))).toEqual({
      context: 'iaqi input',
      code,
      path: ['concentration'],
      expected,
    })
  })

  it('names mg/m³ for a CO column', () => {
    expect(issueOf(() => iaqi('co_24h', -1)).expected.en).toBe('a non-negative number (mg/m³)')
    expect(issueOf(() => iaqi('co_1h', 'x')).expected.zh).toBe(
      '非负数值（mg/m³），或写作数字的十进制文本（如 "2.2"）',
    )
  })

  it('puts a CO value above the column at the concentration', () => {
    // 150 mg/m³ is the top breakpoint of the 1-hour column (HJ 633-2012 表1): 151 can only be
    // a value in µg/m³
    expect(issueOf(() => iaqi('co_1h', 151))).toEqual({
      context: 'iaqi input',
      code: 'implausible',
      path: ['concentration'],
      expected: {
        zh: '1小时平均不大于 150 mg/m³ 的一氧化碳浓度',
        en: 'a 1-hour CO concentration of at most 150 mg/m³',
      },
    })
  })

  it('reports an unknown column as a value outside the list, at the column', () => {
    const i = issueOf(() => iaqi('pm2_5' as AqiColumn, 10))
    expect([i.context, i.code, i.path]).toEqual(['iaqi input', 'invalid_value', ['column']])
    expect(i.expected.en).toMatch(/^one of "so2_24h", .*"pm25_24h"$/)
  })
})
