import { describe, expect, it } from 'vitest'
import { runAsIs } from '../_helpers/cli.js'

// Usage errors in the reader's language: Chinese by default, English with --lang en.
const CASES: readonly [args: readonly string[], zh: string, en: string][] = [
  [['plan', '--domain', 'noise'], '--domain 应为 air, water', '--domain must be one of air, water'],
  [['plan', '--pillar', 'x'], '--pillar 应为 ', '--pillar must be one of '],
  [['tasks', '--sample', '--pillar', 'x'], '--pillar 应为 ', '--pillar must be one of '],
  [
    ['tasks', '--sample', '--tasks', 'a.csv'],
    '--tasks 与 --sample 只能给出其一',
    'give either --tasks or --sample',
  ],
  [
    ['tasks'],
    '请用 --tasks 文件 给出任务状态文件，或用 --sample',
    'give status files with --tasks FILE, or --sample',
  ],
  [
    ['validate', '--sample', 'a.csv'],
    '文件与 --sample 只能给出其一',
    'give either files or --sample, not both',
  ],
  [
    ['plan', 'init', '--year', '1999'],
    '--year 应为 2000—2100 之间的年份（实际为 "1999"）',
    '--year must be a year 2000-2100 (got "1999")',
  ],
  [['plan', 'init', '--pillar', 'air'], 'plan init 不接受 --pillar', 'plan init takes no --pillar'],
  [['plan', 'list'], '多余的参数 "list"', 'unexpected argument "list"'],
  [
    ['evaluate', '--sample', '--as-of', '2022-02-30'],
    '--as-of 应为 YYYY-MM-DD 格式的日期（实际为 "2022-02-30"）',
    '--as-of must be a date YYYY-MM-DD (got "2022-02-30")',
  ],
]

describe('usage errors in both languages', () => {
  it.each(CASES)('eco-targets %j', async (args, zh, en) => {
    const chinese = await runAsIs(args)
    expect(chinese.code).toBe(2)
    expect(chinese.stderr).toContain(zh)
    expect(chinese.stderr).not.toMatch(/must be|give |applies only|unexpected argument/)
    const english = await runAsIs([...args, '--lang', 'en'])
    expect(english.code).toBe(2)
    expect(english.stderr).toContain(en)
  })
})
