import { describe, expect, it } from 'vitest'
import { renderCommandHelp, renderExitCodes } from '../../../src/cli/command/help.js'
import { displayWidth } from '../../../src/index.js'

describe('renderCommandHelp', () => {
  it('lays out usage, description, aligned options, examples and exit codes', () => {
    const help = renderCommandHelp(
      {
        name: 'demo',
        summary: 'Demo',
        usage: '[--id ID]',
        description: 'Does a demo.',
        options: { id: { type: 'string', value: 'ID', description: 'An id.' } },
        examples: [{ command: '--id a', result: 'Runs with a.' }],
        run: async () => 0,
      },
      'en',
    )
    expect(help).toBe(
      [
        'Usage: eco-targets demo [--id ID]',
        '',
        'Does a demo.',
        '',
        'Options:',
        '      --lang zh|en  Language of titles, texts and messages (default zh, Chinese).',
        '      --id ID       An id.',
        '  -h, --help        Show this help.',
        '',
        'Example:',
        '  $ eco-targets demo --id a',
        '    Runs with a.',
        '',
        'Exit codes:',
        '  0  success',
        '  2  bad usage, bad input or an output that could not be written',
        '',
      ].join('\n'),
    )
  })
})

describe('renderCommandHelp in Chinese', () => {
  const spec = {
    name: 'demo',
    summary: 'Demo',
    usage: { zh: '[--plan 文件] [--format 格式]', en: '[--plan FILE] [--format md|html]' },
    description: { zh: '演示。', en: 'A demo.' },
    options: {
      plan: { type: 'string', value: { zh: '文件', en: 'FILE' }, description: '方案文件。' },
      format: {
        type: 'string',
        value: { zh: '格式', en: 'md|html' },
        choices: ['md', 'html'],
        description: { zh: '报告格式。', en: 'Report format.' },
      },
    },
    examples: [{ command: '--format html', result: { zh: '写出 HTML。', en: 'Writes HTML.' } }],
    run: async () => 0,
  } as const

  it('puts the placeholders in the language of the help and lists choices as code', () => {
    const help = renderCommandHelp(spec, 'zh', displayWidth)
    expect(help).toContain('用法：eco-targets demo [--plan 文件] [--format 格式]\n')
    // 文件 and 格式 take four columns each: the descriptions start in one column
    expect(help).toContain('      --plan 文件    方案文件。\n')
    expect(help).toContain('      --format 格式  报告格式。可选值：`md`、`html`。\n')
    expect(help).toContain('      --lang zh|en   标题')
  })

  it('keeps the English placeholders, and lists no choices that the placeholder shows', () => {
    const help = renderCommandHelp(spec, 'en', displayWidth)
    expect(help).toContain('Usage: eco-targets demo [--plan FILE] [--format md|html]\n')
    expect(help).toContain('      --format md|html  Report format.\n')
  })
})

describe('renderExitCodes', () => {
  it('lists 1 only for commands with --fail-on', () => {
    expect(renderExitCodes(false, 'en')).toBe(
      'Exit codes:\n  0  success\n  2  bad usage, bad input or an output that could not be written',
    )
    expect(renderExitCodes(true, 'en')).toContain('  1  a --fail-on condition was met\n')
    expect(renderExitCodes(false)).toBe(
      '退出码：\n  0  成功\n  2  用法错误、输入有误或输出无法写入',
    )
  })
})
