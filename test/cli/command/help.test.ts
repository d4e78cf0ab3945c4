import { describe, expect, it } from 'vitest'
import { renderCommandHelp, renderExitCodes } from '../../../src/cli/command/help.js'

describe('renderCommandHelp', () => {
  it('lays out usage, description, aligned options, examples and exit codes', () => {
    const help = renderCommandHelp({
      name: 'demo',
      summary: 'Demo',
      usage: '[--id ID]',
      description: 'Does a demo.',
      options: { id: { type: 'string', value: 'ID', description: 'An id.' } },
      examples: [{ command: '--id a', result: 'Runs with a.' }],
      run: async () => 0,
    })
    expect(help).toBe(
      [
        'Usage: eco-targets demo [--id ID]',
        '',
        'Does a demo.',
        '',
        'Options:',
        '      --id ID  An id.',
        '  -h, --help   Show this help.',
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
    expect(renderExitCodes(false)).toBe(
      'Exit codes:\n  0  success\n  2  bad usage, bad input or an output that could not be written',
    )
    expect(renderExitCodes(true)).toContain('  1  a --fail-on condition was met\n')
  })
})
