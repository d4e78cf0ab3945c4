import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLI_EXAMPLES } from '../../../scripts/docs/cli-examples.js'
import {
  type CliRun,
  commandLine,
  commandOf,
  embeddedMarkdown,
  langCommands,
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

const NO_ABOUT = { zh: '', en: '' }

const HELP = `Usage: eco-targets <command> [options]

Commands:
  plan       The plan
  schema     A schema

Options:
  -h, --help  Show this help.
`

const run = (line: string, output: string, extra: Partial<CliRun> = {}): CliRun => ({
  example: { run: line, about: { zh: `关于 ${line}。`, en: `About ${line}.` } },
  line,
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
    expect(commandOf({ run: 'eco-targets plan --json', about: NO_ABOUT })).toBe('plan')
    expect(commandOf({ run: 'eco-targets --help', about: NO_ABOUT })).toBeNull()
  })
})

describe('runCliExamples', () => {
  it('runs each example in a copy of the inputs folder and keeps its output', () => {
    const [r] = runCliExamples([{ run: 'eco-targets validate "a b"', about: NO_ABOUT }], {
      cli: fakeCli,
      inputs,
    })
    expect(r?.stdout).toBe('["validate","a b"] days.csv\n')
    expect(r?.status).toBe(0)
  })

  it('accepts the exit code an example expects', () => {
    const [r] = runCliExamples([{ run: 'eco-targets x --fail', about: NO_ABOUT, exit: 2 }], {
      cli: fakeCli,
      inputs,
    })
    expect(r?.stderr).toBe('failed on purpose\n')
  })

  it('fails the build when an example exits otherwise than expected', () => {
    expect(() =>
      runCliExamples([{ run: 'eco-targets x --fail', about: NO_ABOUT }], { cli: fakeCli, inputs }),
    ).toThrow(/"eco-targets x --fail" exited with 2, expected 0/)
  })

  it('refuses a command line that does not start with eco-targets', () => {
    expect(() =>
      runCliExamples([{ run: 'npx eco-targets plan', about: NO_ABOUT }], { cli: fakeCli, inputs }),
    ).toThrow(/start the command line with eco-targets/)
  })
})

describe('commandLine', () => {
  it('adds --lang for the page language to the commands whose help offers it', () => {
    const example = { run: 'eco-targets plan --json', about: NO_ABOUT }
    const langCommands = new Set<string | null>(['plan'])
    expect(commandLine(example, { lang: 'zh', langCommands })).toBe(
      'eco-targets plan --json --lang zh',
    )
    expect(
      commandLine({ ...example, run: 'eco-targets schema' }, { lang: 'zh', langCommands }),
    ).toBe('eco-targets schema')
  })

  it('runs the command line with the language it shows', () => {
    const [r] = runCliExamples([{ run: 'eco-targets plan', about: NO_ABOUT }], {
      cli: fakeCli,
      inputs,
      lang: 'en',
      langCommands: new Set(['plan']),
    })
    expect(r?.line).toBe('eco-targets plan --lang en')
    expect(r?.stdout).toBe('["plan","--lang","en"] days.csv\n')
  })
})

describe('langCommands', () => {
  it('reads which commands offer --lang from their help', () => {
    const set = langCommands({
      root: HELP,
      commands: { plan: 'Options:\n  --lang zh|en  Language', schema: 'Options:\n  --out FILE' },
    })
    expect([...set]).toEqual(['plan'])
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

  it('says what was cut and the exit code in Chinese on the Chinese page', () => {
    const long = Array.from({ length: 42 }, (_, i) => `第${i + 1}行`).join('\n')
    const text = renderTranscript(run('eco-targets schema', long, { status: 2 }), 'zh')
    expect(text).toContain('第40行\n……（以下还有2行）\n```')
    expect(text).toMatch(/退出码为2。$/)
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

  it('writes the Chinese page with the Chinese descriptions', () => {
    const page = renderCliPage(
      [run('eco-targets plan', 'P'), run('eco-targets schema x', 'S')],
      help,
      'zh',
    )
    expect(page).toContain('# 命令行示例')
    expect(page).toContain('**关于 eco-targets schema x。**')
    expect(page).toContain('<summary>用法和选项（<code>--help</code>）</summary>')
  })

  it('fails when a listed command has no example', () => {
    expect(() => renderCliPage([run('eco-targets plan', 'P')], help)).toThrow(
      /no example for the command\(s\) schema: add a line to scripts\/docs\/cli-examples\.ts/,
    )
  })
})

describe('renderHomeCommand', () => {
  it('shows the command line of the example marked for the home page and its output rendered', () => {
    const home = {
      ...run('eco-targets evaluate --lang zh', '# 报告\n\n| a |\n|---|\n| 1 |\n'),
      example: {
        run: 'eco-targets evaluate',
        about: { zh: '主要命令。', en: 'Main.' },
        home: true,
      },
    }
    expect(renderHomeCommand([run('eco-targets schema', 'S'), home], 'zh')).toBe(
      [
        '主要命令。',
        '',
        '```console\n$ eco-targets evaluate --lang zh\n```',
        '',
        '<div class="command-output">',
        '',
        '**报告**\n\n| a |\n|---|\n| 1 |',
        '',
        '</div>',
        '',
      ].join('\n'),
    )
  })
})

describe('embeddedMarkdown', () => {
  it('turns headings into bold lines and cuts at the last blank line within the budget', () => {
    const md = '# Title\n\nfirst\n\n## Part\n\n| a |\n| b |\n| c |\n'
    // 8 lines allowed: the table (lines 7–9) would be cut inside, so the cut is at line 6
    expect(embeddedMarkdown(md, 8)).toEqual({
      text: '**Title**\n\nfirst\n\n**Part**',
      cut: true,
    })
    expect(embeddedMarkdown(md, 20).cut).toBe(false)
  })
})

describe('CLI_EXAMPLES', () => {
  it('starts every command line with eco-targets, describes it in both languages, and marks one for the home page', () => {
    for (const e of CLI_EXAMPLES) {
      expect(e.run).toMatch(/^eco-targets /)
      expect(e.run).not.toMatch(/--lang/)
      expect(e.about.en).toMatch(/\.$/)
      expect(e.about.zh).toMatch(/。$/)
    }
    expect(CLI_EXAMPLES.filter((e) => e.home)).toHaveLength(1)
  })
})
