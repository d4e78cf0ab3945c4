import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineCommand } from '../../src/cli/command/index.js'
import { COMMANDS } from '../../src/cli/commands/index.js'
import { OutputError } from '../../src/cli/errors.js'
import { main, renderMainHelp } from '../../src/cli/main.js'
import { expectations, InputError, inputIssue } from '../../src/index.js'
import { memoryIO, run } from '../_helpers/cli.js'
import { ROOT } from '../_helpers/shared.js'

const throwing = (error: unknown) =>
  defineCommand({
    name: 'boom',
    summary: 'Throws',
    usage: '',
    description: 'Throws on purpose.',
    options: {},
    examples: [{ command: '', result: 'Throws.' }],
    async run() {
      throw error
    },
  })

describe('main', () => {
  it('prints the help on stderr and exits with 2 when no command is given', async () => {
    // the default language is Chinese, for the command line as for the library
    const { code, stdout, stderr } = await run([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('用法：eco-targets <命令> [选项]')
    const en = await run(['--lang', 'en'])
    expect(en.stderr).toContain('Usage: eco-targets <command> [options]')
  })

  it('prints the help on stdout and exits with 0 for --help, -h and help', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout } = await run([flag])
      expect(code).toBe(0)
      for (const name of Object.keys(COMMANDS)) expect(stdout).toContain(`  ${name} `)
      expect(stdout).toContain('2  bad usage, bad input or an output that could not be written')
    }
  })

  it("prints a command's help for help <command>", async () => {
    const { code, stdout } = await run(['help', 'plan'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: eco-targets plan')
  })

  it('rejects help for an unknown command with exit 2', async () => {
    const { code, stderr } = await run(['help', 'nope'])
    expect(code).toBe(2)
    expect(stderr).toContain('eco-targets: unknown command "nope"')
  })

  it('prints the version of package.json for --version and -V', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    for (const flag of ['--version', '-V']) {
      const { code, stdout } = await run([flag])
      expect(code).toBe(0)
      expect(stdout).toBe(`${version}\n`)
    }
  })

  it('names an unknown command, lists the commands and exits with 2', async () => {
    const { code, stdout, stderr } = await run(['evaluat'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'eco-targets: unknown command "evaluat" (commands: evaluate, aqi, air, water, plan, tasks, schema, validate)\n' +
        'Run "eco-targets --help" for usage.\n',
    )
  })

  it('names an unknown global option', async () => {
    const { code, stderr } = await run(['--nope'])
    expect(code).toBe(2)
    expect(stderr).toContain('eco-targets: unknown option --nope')
  })

  it('points to the command help on a usage error', async () => {
    const { code, stderr } = await run(['plan', '--nope'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'eco-targets plan: unknown option --nope\nRun "eco-targets plan --help" for usage.\n',
    )
  })

  it.each(Object.values(COMMANDS).map((c) => [c.name, c] as const))(
    'lists %s with the summary of the command it loads',
    async (name, entry) => {
      const command = await entry.load()
      expect(command.name).toBe(name)
      expect(entry.summary).toEqual(command.summary)
    },
  )

  it.each(Object.values(COMMANDS).map((c) => [c.name, c] as const))(
    'shows the %s help with a real example and the exit codes',
    async (name) => {
      const { code, stdout } = await run([name, '--help'])
      expect(code).toBe(0)
      expect(stdout).toMatch(new RegExp(`\\$ eco-targets ${name} \\S`))
      expect(stdout).toContain('Exit codes:')
      expect(stdout).toContain('-h, --help')
    },
  )

  it('prints input problems one per line and exits with 2', async () => {
    const io = memoryIO()
    const error = new InputError('a.csv', [
      inputIssue({
        code: 'invalid_type',
        path: ['pm2_5'],
        expected: expectations.number(),
        received: 'x',
        location: { file: 'a.csv', line: 3 },
      }),
      inputIssue({
        code: 'invalid_type',
        path: ['date'],
        expected: expectations.text(),
        location: { file: 'a.csv', line: 4 },
      }),
    ])
    expect(await main(['boom', '--lang', 'en'], io, { boom: throwing(error) })).toBe(2)
    expect(io.stderrText()).toBe(
      'a.csv:3: pm2_5: expected a number, got "x"\na.csv:4: date: expected a text, got nothing\n',
    )
  })

  it('prints an output error with the command name and exits with 2', async () => {
    const io = memoryIO()
    const error = new OutputError('cannot write x/y.md: no such file or folder')
    expect(await main(['boom'], io, { boom: throwing(error) })).toBe(2)
    expect(io.stderrText()).toBe('eco-targets boom: cannot write x/y.md: no such file or folder\n')
  })

  it('reports an unexpected error as such, with exit 2', async () => {
    const io = memoryIO()
    expect(await main(['boom', '--lang', 'en'], io, { boom: throwing(new TypeError('bad')) })).toBe(
      2,
    )
    expect(io.stderrText()).toMatch(
      /^eco-targets boom: unexpected error \(please report it\): TypeError: bad/,
    )
    const other = memoryIO()
    expect(await main(['boom', '--lang', 'en'], other, { boom: throwing('plain') })).toBe(2)
    expect(other.stderrText()).toBe(
      'eco-targets boom: unexpected error (please report it): plain\n',
    )
    const zh = memoryIO()
    expect(await main(['boom'], zh, { boom: throwing('plain') })).toBe(2)
    expect(zh.stderrText()).toBe('eco-targets boom: 意外错误（请报告此问题）: plain\n')
  })
})

describe('renderMainHelp', () => {
  it('lists every command with its summary and the three exit codes', () => {
    const help = renderMainHelp(undefined, 'en')
    expect(renderMainHelp()).toContain('  0  成功')
    expect(help).toContain(
      "plan       A plan's targets and tasks; plan init writes a starter plan file",
    )
    expect(help).toContain(
      'evaluate   Evaluate a plan (default the 2022 plan) on observations (or the sample)',
    )
    expect(help).toContain('$ eco-targets evaluate --sample')
    expect(help).toContain('  0  success')
    expect(help).toContain('  1  a --fail-on condition was met')
    expect(help).toContain('  2  bad usage')
  })
})
