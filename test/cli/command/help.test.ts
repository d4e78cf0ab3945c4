import { describe, expect, it } from 'vitest'
import { renderCommandHelp, renderExitCodes } from '../../../src/cli/command/help.js'

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
