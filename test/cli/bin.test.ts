/**
 * The built command: a smoke test of `dist/cli.js` (built first when missing or older than the
 * sources) and a test of the packed tarball installed in an empty project.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PlanEvaluationSchema } from '../../src/index.js'
import { ROOT } from '../_helpers/shared.js'
import { CLI, ensureBuilt } from './_built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'eco-targets-bin-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The files of the built command: `cli.js` and the chunks it loads (`cli-*.js`). */
const cliFiles = () => readdirSync(join(ROOT, 'dist')).filter((f) => /^cli(-[\w-]+)?\.js$/.test(f))

const node = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [CLI, ...args, '--lang', 'en'], { cwd, encoding: 'utf8' })

beforeAll(ensureBuilt, 180_000)

// Each test starts a Node.js process; on a loaded machine that takes more than the default 5 s.
describe('dist/cli.js', { timeout: 60_000 }, () => {
  it('starts with a shebang and is executable', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(CLI).mode & 0o111).not.toBe(0)
  })

  it('imports the library from the built entries instead of bundling a copy', () => {
    const code = cliFiles()
      .map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8'))
      .join('\n')
    expect(code).toMatch(/from ['"]\.\/index\.js['"]/)
    // The bundled plan is loaded only by the commands that use it.
    expect(code).toMatch(/import\(['"]\.\/plan-2022\.js['"]\)/)
    expect(code).not.toMatch(/ObservationSchema\s*=/)
    expect(code).not.toContain('积极助力经济高质量发展')
  })

  /** The modules a built file imports statically (`import … from 'x'`, `import 'x'`), in order. */
  const staticImports = (file: string) =>
    [
      ...readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(
        /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?\sfrom\s*)?['"]([^'"]+)['"]/g,
      ),
    ].map((m) => (m[1] as string).replace(/^\.\//, ''))
  /** Every file and package a built file loads before it runs, its own chunks followed. */
  const reached = (start: string) => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      if (/^cli[-.]/.test(file)) for (const next of staticImports(file)) visit(next)
    }
    visit(start)
    return seen
  }
  const aqiChunk = () => cliFiles().find((f) => f.startsWith('cli-aqi-')) as string

  it('loads a command only when it runs: the start reaches no library entry', () => {
    expect([...reached('cli.js')].filter((f) => f.endsWith('.js') && !f.startsWith('cli'))).toEqual(
      [],
    )
  })

  it('computes aqi from flags without loading zod or a library entry', () => {
    const loaded = [...reached('cli.js'), ...reached(aqiChunk())]
    // node: built-ins and the command's own chunks only
    expect(loaded.filter((f) => !/^cli[-.]/.test(f) && !/^(node:)?[a-z/]+$/.test(f))).toEqual([])
    expect(loaded.filter((f) => f === 'zod' || f.startsWith('zod/'))).toEqual([])
    // the rest of the library comes only with a file, JSON or the real-time report
    const code = readFileSync(join(ROOT, 'dist', aqiChunk()), 'utf8')
    expect(code).toMatch(/import\(['"]\.\/air\.js['"]\)/)
  })

  it('does not load zod or a library entry at run time for aqi --pm25 80 (module hooks)', () => {
    // a resolve hook that writes every module URL resolved to standard error
    const hooks = join(work, 'hooks.mjs')
    writeFileSync(
      hooks,
      [
        "import { writeSync } from 'node:fs'",
        'export async function resolve(specifier, context, next) {',
        '  const resolved = await next(specifier, context)',
        "  writeSync(2, 'loaded ' + resolved.url + '\\n')",
        '  return resolved',
        '}',
      ].join('\n'),
    )
    const register = `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)})`
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(register)}`,
        CLI,
        'aqi',
        '--pm25',
        '80',
        '--lang',
        'en',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^AQI 107 /)
    const urls = [...result.stderr.matchAll(/^loaded (.+)$/gm)].map((m) => m[1] as string)
    expect(urls.some((u) => u.includes('/dist/cli-aqi-'))).toBe(true)
    expect(
      urls.filter((u) =>
        /\/node_modules\/zod\/|\/dist\/(?:index|air|water|plan-2022)\.js$/.test(u),
      ),
    ).toEqual([])
  })

  it('loads the library for aqi --json and for the real-time report', () => {
    const json = node(['aqi', '--pm25', '80', '--json'])
    expect(json.status, json.stderr).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ aqi: 107 })
    const realtime = node(['aqi', '--realtime', '--o3', '242', '--pm25', '31'])
    expect(realtime.status, realtime.stderr).toBe(0)
    expect(realtime.stdout).toMatch(/^AQI 121 /)
  })

  it('prints the help', () => {
    const result = node(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: eco-targets <command> [options]')
  })

  it('prints the plan as JSON', () => {
    const result = node(['plan', '--json'])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).targets).toHaveLength(13)
  })

  it('exits with 2 and a message on bad usage', () => {
    const result = node(['plan', '--domain', 'noise'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('--domain must be one of')
  })

  it('evaluates the bundled sample as JSON that PlanEvaluationSchema accepts', () => {
    const result = node(['evaluate', '--sample', '--format', 'json'], work)
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^note: Synthetic sample data/)
    const evaluation = PlanEvaluationSchema.parse(JSON.parse(result.stdout))
    expect(evaluation.asOf).toBe('2022-12-31')
    expect(evaluation.targets).toHaveLength(13)
  })

  it('prints AQI 107 for PM2.5 80 µg/m³ (IAQI 106.25, rounded up by HJ 633-2012 §6.2)', () => {
    const result = node(['aqi', '--pm25', '80'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^AQI 107 /)
  })

  it('filters CSV rows from standard input to standard output', () => {
    const result = spawnSync(process.execPath, [CLI, 'aqi', '-', '--lang', 'en'], {
      input: 'day,pm25\n2022-01-01,80\n',
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      'day,pm25,aqi,level,category,primary,withheld,capped\n2022-01-01,80,107,3,Lightly polluted,pm25,,\n',
    )
  })

  it('exits with 1 when a --fail-on gate fails', () => {
    const result = node(['evaluate', '--sample', '--fail-on', 'notMet'], work)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('--fail-on notMet: 4 of 13 targets fail the gate')
  })

  it('finds the bundled sample from another working folder', () => {
    const result = node(['validate', '--sample'], work)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('sample/2022/air-daily.jsonl: 365 records, valid')
  })

  it('reads standard input and writes --out relative to the working folder', () => {
    const result = spawnSync(
      process.execPath,
      [CLI, 'validate', '--out', 'dust.jsonl', '--lang', 'en'],
      {
        cwd: work,
        input: '{"kind":"dustDay","date":"2022-03-15"}\n',
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(0)
    expect(readFileSync(join(work, 'dust.jsonl'), 'utf8')).toBe(
      '{"kind":"dustDay","date":"2022-03-15","scope":"central-city"}\n',
    )
  })
})

describe('the packed package', () => {
  it('installs from its tarball into an empty project and runs with npx', () => {
    const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const tarball = join(work, packed.trim().split('\n').at(-1) as string)
    const project = join(work, 'consumer')
    mkdirSync(project)
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true }),
    )
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
      cwd: project,
      stdio: 'pipe',
    })
    const help = spawnSync('npx', ['--yes', 'eco-targets', '--help', '--lang', 'en'], {
      cwd: project,
      encoding: 'utf8',
    })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: eco-targets <command> [options]')
    const sample = spawnSync(
      'npx',
      ['--yes', 'eco-targets', 'validate', '--sample', '--lang', 'en'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    )
    expect(sample.status).toBe(0)
    expect(sample.stdout).toContain('carbon.jsonl: 13 records, valid')
    const report = spawnSync(
      'npx',
      ['--yes', 'eco-targets', 'evaluate', '--sample', '--lang', 'en'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    )
    expect(report.status).toBe(0)
    expect(report.stdout).toContain('> Synthetic sample data')
  }, 180_000)
})
