import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/_lib/display-width.js'

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['PM2.5', 5],
    // CJK ideographs (East Asian Width W): two columns each
    ['乌兰察布市', 10],
    // full-width punctuation (F and W): ， （ ） ：
    ['优（一级），良：', 16],
    // the ideographic space U+3000 is fullwidth
    ['\u3000', 2],
    // ambiguous characters count one: middle dot, µ, ³, the roman numeral Ⅲ
    ['·µ³Ⅲ', 4],
    // a character outside the BMP (CJK Extension B, 𠀀) is one wide character, not two halves
    ['\u{20000}', 2],
    // a combining acute accent adds nothing
    ['e\u0301', 1],
    // a zero-width space adds nothing
    ['a\u200bb', 2],
    ['AQI 107 轻度污染', 16],
  ])('returns the columns of %j: %i', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })
})
