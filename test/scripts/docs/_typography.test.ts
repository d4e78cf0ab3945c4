import { describe, expect, it } from 'vitest'
import { isCjk, joinCjkLines } from '../../../scripts/docs/_typography.js'

describe('isCjk', () => {
  it('accepts Chinese characters, full-width punctuation and the roman class numerals', () => {
    for (const c of ['年', '，', '（', '》', '“', 'Ⅲ']) expect(isCjk(c), c).toBe(true)
    for (const c of ['a', '1', '(', ' ', undefined]) expect(isCjk(c), String(c)).toBe(false)
  })
})

describe('joinCjkLines', () => {
  it('removes the break between two Chinese lines of a paragraph: the 简介 page’s typos', () => {
    // the sentences of the old 简介 page that read 年度中途 判断 and 有明确的 时间段
    expect(joinCjkLines('并在年度中途\n判断全年能否达标。')).toBe('并在年度中途判断全年能否达标。')
    expect(joinCjkLines('- **107项**：冬奥会保障有明确的\n  时间段。')).toBe(
      '- **107项**：冬奥会保障有明确的时间段。',
    )
  })

  it('joins a line that starts with a link or bold text whose text is Chinese', () => {
    expect(joinCjkLines('详见\n[命令行](./cli.md)。')).toBe('详见[命令行](./cli.md)。')
    expect(joinCjkLines('依据\n**官方**原文')).toBe('依据**官方**原文')
  })

  it('keeps the space between Chinese and Latin text, as the pages write it', () => {
    expect(joinCjkLines('用命令行工具\n`eco-targets` 检查')).toBe(
      '用命令行工具\n`eco-targets` 检查',
    )
    expect(joinCjkLines('按 GB/T 8170\n修约')).toBe('按 GB/T 8170\n修约')
  })

  it('joins quoted lines inside a block quote and leaves new blocks alone', () => {
    expect(joinCjkLines('> 数据由程序\n> 生成。')).toBe('> 数据由程序生成。')
    expect(joinCjkLines('第一段。\n\n第二段。')).toBe('第一段。\n\n第二段。')
    expect(joinCjkLines('- 第一项；\n- 第二项。')).toBe('- 第一项；\n- 第二项。')
    expect(joinCjkLines('## 标题\n正文')).toBe('## 标题\n正文')
    expect(joinCjkLines('| 甲 |\n| 乙 |')).toBe('| 甲 |\n| 乙 |')
  })

  it('never touches fenced code', () => {
    const code = '```text\n中文\n中文\n```'
    expect(joinCjkLines(code)).toBe(code)
    expect(joinCjkLines(`${code}\n前\n后`)).toBe(`${code}\n前后`)
  })
})
