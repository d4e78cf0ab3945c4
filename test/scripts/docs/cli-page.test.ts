import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLI_EXAMPLES } from '../../../scripts/docs/cli-examples.js'
import {
  type CliRun,
  commandOf,
  listedCommands,
  renderCliPage,
  renderHomeCommand,
  renderTranscript,
  runCliExamples,
  splitCommandLine,
} from '../../../scripts/docs/cli-page.js'

const dir = mkdtempSync(join(tmpdir(), 'eco-targets-cli-page-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A stand-in for dist/cli.js: prints its arguments and the files of its working folder, and
// exits with 2 when asked to fail.
const fakeCli = join(dir, 'cli.mjs')
writeFileSync(
  fakeCli,
  [
    "import { readdirSync } from 'node:fs'",
    'const args = process.argv.slice(2)',
    "console.log(JSON.stringify(args), readdirSync('.').sort().join(','))",
    "if (args.includes('--fail')) { console.error('failed on purpose'); process.exit(2) }",
  ].join('\n'),
)
const inputs = join(dir, 'inputs')
mkdirSync(inputs)
writeFileSync(join(inputs, 'days.csv'), 'date\n')

const HELP = `Usage: eco-targets <command> [options]

Commands:
  plan       The plan
  schema     A schema

Options:
  -h, --help  Show this help.
`

const run = (line: string, output: string, extra: Partial<CliRun> = {}): CliRun => ({
  example: { run: line, about: `About ${line}.` },
  stdout: output,
  stderr: '',
  status: 0,
  ...extra,
})

describe('splitCommandLine', () => {
  it('splits at spaces and keeps quoted words whole', () => {
    expect(splitCommandLine(`eco-targets validate "my file.csv" --kind 'air Daily'`)).toEqual([
      'eco-targets',
      'validate',
      'my file.csv',
      '--kind',
      'air Daily',
    ])
  })
})

describe('commandOf', () => {
  it('returns the command word, or null for global options', () => {
    expect(commandOf({ run: 'eco-targets plan --json', about: '' })).toBe('plan')
    expect(commandOf({ run: 'eco-targets --help', about: '' })).toBeNull()
  })
})

describe('runCliExamples', () => {
  it('runs each example in a copy of the inputs folder and keeps its output', () => {
    const [r] = runCliExamples([{ run: 'eco-targets validate "a b"', about: '' }], fakeCli, inputs)
    expect(r?.stdout).toBe('["validate","a b"] days.csv\n')
    expect(r?.status).toBe(0)
  })

  it('accepts the exit code an example expects', () => {
    const [r] = runCliExamples(
      [{ run: 'eco-targets x --fail', about: '', exit: 2 }],
      fakeCli,
      inputs,
    )
    expect(r?.stderr).toBe('failed on purpose\n')
  })

  it('fails the build when an example exits otherwise than expected', () => {
    expect(() =>
      runCliExamples([{ run: 'eco-targets x --fail', about: '' }], fakeCli, inputs),
    ).toThrow(/"eco-targets x --fail" exited with 2, expected 0/)
  })

  it('refuses a command line that does not start with eco-targets', () => {
    expect(() =>
      runCliExamples([{ run: 'npx eco-targets plan', about: '' }], fakeCli, inputs),
    ).toThrow(/start the command line with eco-targets/)
  })
})

describe('listedCommands', () => {
  it('reads the command names under "Commands:"', () => {
    expect(listedCommands(HELP)).toEqual(['plan', 'schema'])
  })
})

describe('renderTranscript', () => {
  it('shows the command line, then the output cut after the line budget', () => {
    const long = Array.from({ length: 45 }, (_, i) => `line ${i + 1}`).join('\n')
    const text = renderTranscript(run('eco-targets plan', `${long}\n`))
    expect(text.split('\n')[1]).toBe('$ eco-targets plan')
    expect(text).toContain('line 40\n… (5 more lines)\n```')
    expect(text).not.toContain('line 41')
  })

  it('adds the exit code when it is not 0', () => {
    const text = renderTranscript(run('eco-targets schema', '', { stderr: 'names\n', status: 2 }))
    expect(text).toMatch(/\$ eco-targets schema\nnames\n```\n\nExit code 2\.$/)
  })
})

describe('renderCliPage', () => {
  const help = {
    root: HELP,
    commands: { plan: 'Usage: eco-targets plan', schema: 'Usage: eco-targets schema' },
  }

  it('gives every listed command a section with its help and its examples', () => {
    const page = renderCliPage(
      [run('eco-targets plan', 'P'), run('eco-targets schema x', 'S')],
      help,
    )
    expect(page).toContain('## eco-targets plan')
    expect(page).toContain('Usage: eco-targets schema')
    expect(page).toContain('**About eco-targets schema x.**')
  })

  it('fails when a listed command has no example', () => {
    expect(() => renderCliPage([run('eco-targets plan', 'P')], help)).toThrow(
      /no example for the command\(s\) schema: add a line to scripts\/docs\/cli-examples\.ts/,
    )
  })
})

describe('renderHomeCommand', () => {
  it('shows the example marked for the home page', () => {
    const home = {
      ...run('eco-targets plan', 'P'),
      example: { run: 'eco-targets plan', about: 'Main.', home: true },
    }
    expect(renderHomeCommand([run('eco-targets schema', 'S'), home])).toBe(
      'Main.\n\n```console\n$ eco-targets plan\nP\n```\n',
    )
  })
})

describe('CLI_EXAMPLES', () => {
  it('starts every command line with eco-targets, describes it, and marks one for the home page', () => {
    for (const e of CLI_EXAMPLES) {
      expect(e.run).toMatch(/^eco-targets /)
      expect(e.about).toMatch(/\.$/)
    }
    expect(CLI_EXAMPLES.filter((e) => e.home)).toHaveLength(1)
  })
})
