import { describe, expect, it } from 'vitest'
import { displayWidth, padEndToWidth, padStartToWidth } from '../../src/_lib/display-width.js'

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

describe('padEndToWidth', () => {
  it('pads Chinese by columns, not by code units', () => {
    expect(padEndToWidth('良', 6)).toBe('良    ')
    expect(padEndToWidth('good', 6)).toBe('good  ')
  })
  it('never cuts a text wider than the width', () => {
    expect(padEndToWidth('轻度污染', 4)).toBe('轻度污染')
  })
})

describe('padStartToWidth', () => {
  it('pads at the start by columns', () => {
    expect(padStartToWidth('优', 4)).toBe('  优')
    expect(padStartToWidth('12', 4)).toBe('  12')
  })
})
