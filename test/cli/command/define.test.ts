import { describe, expect, it } from 'vitest'
import { defineCommand } from '../../../src/cli/command/index.js'
import { UsageError } from '../../../src/cli/errors.js'
import { memoryIO } from '../../_helpers/cli.js'

const seen: unknown[] = []
const demo = defineCommand({
  name: 'demo',
  summary: 'A demo',
  usage: '[files…] [--lang zh|en] [--id ID] [--flag]',
  description: 'Demonstrates the options.',
  options: {
    lang: { type: 'string', value: 'zh|en', choices: ['zh', 'en'], description: 'Language.' },
    id: { type: 'string', value: 'ID', choices: ['a', 'b'], description: 'An id.' },
    flag: { type: 'boolean', short: 'f', description: 'A flag.' },
    tag: { type: 'string', multiple: true, description: 'Tags.' },
  },
  positionals: { min: 1, max: 2 },
  failOn: true,
  examples: [{ command: 'x --lang zh', result: 'Runs in Chinese.' }],
  async run(context) {
    seen.push(context.options, context.positionals)
    return 0
  },
})

describe('defineCommand', () => {
  it('parses options and positionals and passes them to run', async () => {
    seen.length = 0
    expect(
      await demo.execute(['x', '--lang', 'zh', '-f', '--tag', 'a', '--tag', 'b'], memoryIO()),
    ).toBe(0)
    expect(seen).toEqual([{ lang: 'zh', flag: true, tag: ['a', 'b'] }, ['x']])
  })

  it('prints the help for --help without running the command', async () => {
    seen.length = 0
    const io = memoryIO()
    expect(await demo.execute(['--help'], io)).toBe(0)
    expect(seen).toEqual([])
    expect(io.stdoutText()).toBe(await demo.help('zh'))
  })

  it('renders usage, description, options with choices, the example and the exit codes', async () => {
    const help = await demo.help('en')
    expect(help).toContain('Usage: eco-targets demo [files…] [--lang zh|en] [--id ID] [--flag]')
    expect(help).toContain('--id ID')
    expect(help).toContain('An id. One of: a, b.')
    expect(help).not.toContain('Language. One of')
    expect(help).toContain('-f, --flag')
    expect(help).toContain('Example:\n  $ eco-targets demo x --lang zh\n    Runs in Chinese.')
    expect(help).toContain('  1  a --fail-on condition was met')
  })

  it.each([
    [['x', '--nope'], 'unknown option --nope'],
    [['x', '--lang'], 'option --lang needs a value'],
    [['x', '--flag=yes'], 'option --flag takes no value'],
    [['x', '--lang', 'fr'], '--lang must be one of zh, en (got "fr")'],
    [['x', '--tag', 'a', '--id', 'c'], '--id must be one of a, b (got "c")'],
    [['x', 'y', 'z'], 'unexpected argument "z"'],
    [[], 'missing argument (see the usage line)'],
  ])('throws a usage error for %j', async (args, message) => {
    const error = await demo.execute(args, memoryIO()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).text.en).toBe(message)
    expect((error as UsageError).text.zh).not.toBe(message)
  })
})
