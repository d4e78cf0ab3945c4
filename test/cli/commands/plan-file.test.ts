/**
 * Plan files on the command line: `--plan FILE` for evaluate, tasks and plan, `plan --json` as a
 * plan file that `--plan` reads back, `plan init`, and mistakes located at their line and field.
 */
import { describe, expect, it } from 'vitest'
import { planStarterText, readPlanFile } from '../../../src/index.js'
import { fileText, run } from '../../_helpers/cli.js'
import { gbk } from '../../_helpers/gbk.js'

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string, from = 0) => {
  const i = text.split('\n').findIndex((l, n) => n >= from && l.includes(needle))
  if (i < 0) throw new Error(`not in the text: ${needle}`)
  return i + 1
}

const STARTER = planStarterText({ year: 2026 })

describe('plan --json and --plan: the bundled plan round-trips byte for byte', () => {
  it('evaluate --sample --plan <plan --json> gives the same JSON as the built-in plan', async () => {
    const printed = await run(['plan', '--json'])
    expect(printed.code).toBe(0)
    const files = { 'plan-2022.json': printed.stdout }
    const builtIn = await run(['evaluate', '--sample', '--json'], { disk: true })
    const fromFile = await run(['evaluate', '--sample', '--plan', 'plan-2022.json', '--json'], {
      disk: true,
      files,
    })
    expect(builtIn.code).toBe(0)
    expect(fromFile.code).toBe(0)
    expect(JSON.parse(builtIn.stdout).targets).toHaveLength(13)
    expect(fromFile.stdout).toBe(builtIn.stdout)
    expect(fromFile.stderr).toBe(builtIn.stderr)
  }, 60_000)

  it('gives the same Markdown report', async () => {
    const printed = await run(['plan', '--json'])
    const files = { 'plan-2022.json': printed.stdout }
    const builtIn = await run(['evaluate', '--sample'], { disk: true })
    const fromFile = await run(['evaluate', '--sample', '--plan', 'plan-2022.json'], {
      disk: true,
      files,
    })
    expect(fromFile.stdout).toBe(builtIn.stdout)
  }, 60_000)

  it('tasks --sample --plan <plan --json> gives the same checklist, JSON and text', async () => {
    const printed = await run(['plan', '--json'])
    const files = { 'plan-2022.json': printed.stdout }
    for (const extra of [['--json'], ['--lang', 'zh']]) {
      const builtIn = await run(['tasks', '--sample', ...extra], { disk: true })
      const fromFile = await run(['tasks', '--sample', '--plan', 'plan-2022.json', ...extra], {
        disk: true,
        files,
      })
      expect(builtIn.code).toBe(0)
      expect(fromFile.stdout).toBe(builtIn.stdout)
    }
  }, 60_000)

  it('plan --plan <plan --json> lists the same targets and tasks', async () => {
    const printed = await run(['plan', '--json'])
    const again = await run(['plan', '--plan', 'p.json', '--json'], {
      files: { 'p.json': printed.stdout },
    })
    expect(again.stdout).toBe(printed.stdout)
    const text = await run(['plan'])
    const textFromFile = await run(['plan', '--plan', 'p.json'], {
      files: { 'p.json': printed.stdout },
    })
    expect(textFromFile.stdout).toBe(text.stdout)
  })
})

describe('--plan with a YAML plan file', () => {
  it('lists the targets of the starter file', async () => {
    const { code, stdout } = await run(['plan', '--plan', 'city.yaml'], {
      files: { 'city.yaml': STARTER },
    })
    expect(code).toBe(0)
    expect(stdout).toContain('(plan-2026)')
    expect(stdout).toMatch(/air\.good-days-ratio +≥ 90%/)
    expect(stdout).toMatch(/air\.pm25-decrease +≥ 5% below 2021/)
  })

  it('checks --pillar against the pillars of the plan file', async () => {
    const { code, stderr } = await run(['plan', '--plan', 'city.yaml', '--pillar', 'growth'], {
      files: { 'city.yaml': STARTER },
    })
    expect(code).toBe(2)
    expect(stderr).toContain('--pillar must be one of pollution (got "growth")')
  })

  it('evaluates observations on it and names its tasks in status files', async () => {
    const { code, stderr } = await run(
      ['tasks', '--plan', 'city.yaml', '--tasks', 's.json', '--as-of', '2026-06-30'],
      {
        files: {
          'city.yaml': STARTER,
          's.json': JSON.stringify([
            { task: 'air.winter-games', date: '2026-03-01', status: 'done' },
          ]),
        },
      },
    )
    expect(code).toBe(2)
    expect(stderr).toContain(
      's.json:1: task: expected a task of the plan plan-2026 (see eco-targets plan), got "air.winter-games"',
    )
  })

  it('reads a plan file saved in GBK as its UTF-8 form', async () => {
    // 某市 in GBK, encoded by hand: C4B3 CAD0
    expect([...gbk('某市')]).toEqual([0xc4, 0xb3, 0xca, 0xd0])
    // GBK has no µ or ³; they stand only in a comment of the starter file
    const text = STARTER.replace(', µg/m³', '')
    const utf8 = await run(['plan', '--plan', 'city.yaml', '--json'], {
      files: { 'city.yaml': text },
    })
    const fromGbk = await run(['plan', '--plan', 'city.yaml', '--json'], {
      files: { 'city.yaml': gbk(text) },
    })
    expect(utf8.code).toBe(0)
    expect(JSON.parse(utf8.stdout).issuer.zh).toBe('某市生态环境局')
    expect([fromGbk.code, fromGbk.stdout, fromGbk.stderr]).toEqual([0, utf8.stdout, utf8.stderr])
  })

  it('reads the plan from standard input with --plan -', async () => {
    const { code, stdout } = await run(['plan', '--plan', '-', '--json'], { stdin: STARTER })
    expect(code).toBe(0)
    expect(readPlanFile(stdout).id).toBe('plan-2026')
  })
})

describe('a mistake in a plan file is rejected with its line and field', () => {
  const reject = async (text: string, command = ['evaluate', '--sample']) => {
    const result = await run([...command, '--plan', 'city.yaml'], {
      disk: true,
      files: { 'city.yaml': text },
    })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    return result.stderr
  }

  it('an unknown metric', async () => {
    const text = STARTER.replace('metric: goodDaysRatio', 'metric: goodDayRatio')
    const line = lineOf(text, 'metric: goodDayRatio')
    const stderr = await reject(text)
    expect(stderr).toMatch(
      new RegExp(`^city\\.yaml:${line}:\\d+: plan\\.targets\\[0\\]\\.metric: .*goodDayRatio`),
    )
  })

  it('a duplicate id, at the second use', async () => {
    const text = STARTER.replace('- id: air.pm25-decrease', '- id: air.good-days-ratio')
    const first = lineOf(text, '- id: air.good-days-ratio')
    const line = lineOf(text, '- id: air.good-days-ratio', first)
    const stderr = await reject(text, ['plan'])
    expect(stderr).toContain(
      `city.yaml:${line}:9: plan.targets[1].id: expected a unique id, got "air.good-days-ratio" (first used at targets[0])`,
    )
  })

  it('a YAML syntax error', async () => {
    const text = STARTER.replace('issuer: 某市生态环境局', 'issuer: [某市生态环境局')
    const stderr = await reject(text, ['tasks', '--sample'])
    const line = lineOf(text, 'issuer: [')
    const at = Number(/^city\.yaml:(\d+)(?::\d+)?: plan: .*YAML/.exec(stderr)?.[1])
    // the parser notices the unclosed flow sequence at the line or just after it
    expect(at).toBeGreaterThanOrEqual(line)
    expect(at).toBeLessThanOrEqual(line + 1)
  })

  it('in Chinese with --lang zh', async () => {
    const text = STARTER.replace('metric: goodDaysRatio', 'metric: goodDayRatio')
    const line = lineOf(text, 'metric: goodDayRatio')
    const { code, stderr } = await run(['plan', '--plan', 'city.yaml', '--lang', 'zh'], {
      files: { 'city.yaml': text },
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(
      new RegExp(
        `^city\\.yaml:${line}:\\d+: plan\\.targets\\[0\\]\\.metric: 应为.*实际为 "goodDayRatio"`,
      ),
    )
  })

  it('a plan file that does not exist', async () => {
    const { code, stderr } = await run(['plan', '--plan', 'nope.yaml'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'nope.yaml: expected a file that can be read, got nothing (no such file or folder)\n',
    )
  })
})

describe('plan init', () => {
  it('prints the starter file without FILE', async () => {
    const { code, stdout } = await run(['plan', 'init', '--year', '2026'])
    expect(code).toBe(0)
    expect(stdout).toBe(STARTER)
  })

  it('writes FILE, which --plan then reads', async () => {
    const { code, io, stderr } = await run(['plan', 'init', 'city.yaml', '--year', '2027'])
    expect(code).toBe(0)
    expect(fileText(io, 'city.yaml')).toBe(planStarterText({ year: 2027 }))
    expect(stderr).toContain('eco-targets evaluate --plan city.yaml')
  })

  it('keeps an existing file unless --force is given', async () => {
    const files = { 'city.yaml': 'mine\n' }
    const kept = await run(['plan', 'init', 'city.yaml', '--year', '2026'], { files })
    expect(kept.code).toBe(2)
    expect(kept.stderr).toBe(
      'eco-targets plan: city.yaml already exists; give --force to replace it\n',
    )
    expect(fileText(kept.io, 'city.yaml')).toBe('mine\n')
    const forced = await run(['plan', 'init', 'city.yaml', '--year', '2026', '--force'], {
      files,
    })
    expect(forced.code).toBe(0)
    expect(fileText(forced.io, 'city.yaml')).toBe(STARTER)
  })

  it('takes --id and rejects a bad year or id, and plan-listing options', async () => {
    const { stdout } = await run(['plan', 'init', '--year', '2026', '--id', 'jining-2026'])
    expect(readPlanFile(stdout).id).toBe('jining-2026')
    expect((await run(['plan', 'init', '--year', '26'])).stderr).toContain(
      '--year must be a year 2000-2100 (got "26")',
    )
    expect((await run(['plan', 'init', '--year', '2026', '--id', 'A B'])).stderr).toContain(
      '--id must be lower-case words',
    )
    expect((await run(['plan', 'init', '--json'])).stderr).toContain('plan init takes no --json')
    expect((await run(['plan', '--force'])).stderr).toContain('--force applies only to plan init')
    expect((await run(['plan', 'list'])).stderr).toContain('unexpected argument "list"')
  })
})
