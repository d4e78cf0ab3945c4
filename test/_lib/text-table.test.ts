import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/_lib/display-width.js'
import { renderTextTable as renderTable } from '../../src/_lib/text-table.js'

describe('displayWidth', () => {
  it('counts Chinese and full-width characters twice', () => {
    expect(displayWidth('乌兰察布市')).toBe(10)
    expect(displayWidth('PM2.5')).toBe(5)
    expect(displayWidth('（mg/L）')).toBe(8)
  })
})

describe('renderTable', () => {
  it('pads columns to the widest cell, right-aligns numbers, and trims line ends', () => {
    expect(
      renderTable(
        ['city', 'AQI', 'note'],
        [
          ['乌兰察布市', '52'],
          ['X', '107', 'ok'],
        ],
        { right: [1] },
      ),
    ).toBe(
      '  city        AQI  note\n' +
        '  ----------  ---  ----\n' +
        '  乌兰察布市   52\n' +
        '  X           107  ok\n',
    )
  })

  it('takes another indentation', () => {
    expect(renderTable(['a'], [['b']], { indent: '' })).toBe('a\n-\nb\n')
  })
})
