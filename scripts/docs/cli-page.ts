/**
 * Runs the command-line examples against the built CLI and renders the "Command-line examples"
 * page and the home page's main command from their real output.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { codeBlock, frontMatter, generatedNote } from './_markdown.js'
import { ROOT } from './_paths.js'
import type { CliExample } from './cli-examples.js'

/** What one run of the command printed. */
export interface CliRun {
  readonly example: CliExample
  readonly stdout: string
  readonly stderr: string
  readonly status: number
}

/** Splits a command line into words, honouring single and double quotes (no other shell syntax). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = []
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
    words.push(m[1] ?? m[2] ?? m[3] ?? '')
  return words
}

/** The command an example runs (`plan`, `schema`, …), or `null` for global options. */
export function commandOf(example: CliExample): string | null {
  const [, first] = splitCommandLine(example.run)
  return first === undefined || first.startsWith('-') ? null : first
}

/**
 * Runs every example with `node <cli> …` in a fresh copy of the inputs folder and checks its
 * exit code.
 *
 * @throws Error naming the example when a command line does not start with `eco-targets` or
 *   the command ends with an exit code other than the one the entry expects
 */
export function runCliExamples(
  examples: readonly CliExample[],
  cli: string = join(ROOT, 'dist', 'cli.js'),
  inputs: string = join(ROOT, 'docs', 'cli-inputs'),
): CliRun[] {
  const cwd = mkdtempSync(join(tmpdir(), 'eco-targets-cli-examples-'))
  try {
    cpSync(inputs, cwd, { recursive: true })
    return examples.map((example) => {
      const [program, ...args] = splitCommandLine(example.run)
      if (program !== 'eco-targets') {
        throw new Error(`CLI example "${example.run}": start the command line with eco-targets`)
      }
      const r = spawnSync(process.execPath, [cli, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      })
      if (r.error) throw r.error
      const status = r.status ?? -1
      if (status !== (example.exit ?? 0)) {
        throw new Error(
          `CLI example "${example.run}" exited with ${status}, expected ${example.exit ?? 0}:\n${r.stderr}`,
        )
      }
      return { example, stdout: r.stdout, stderr: r.stderr, status }
    })
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

/** The commands `eco-targets --help` lists under "Commands:". */
export function listedCommands(help: string): string[] {
  const section = help.split(/\n\s*\n/).find((block) => block.startsWith('Commands:'))
  return (section ?? '')
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const m = /^\s+([a-z][\w-]*)\s/.exec(line)
      return m?.[1] ? [m[1]] : []
    })
}

/** The transcript of a run as a console block, cut after the example's line budget. */
export function renderTranscript(run: CliRun): string {
  const output = `${run.stdout}${run.stderr}`.replace(/\n$/, '')
  const lines = output === '' ? [] : output.split('\n')
  const budget = run.example.lines ?? 40
  const shown = lines.slice(0, budget)
  if (lines.length > budget) shown.push(`… (${lines.length - budget} more lines)`)
  const block = codeBlock('console', [`$ ${run.example.run}`, ...shown].join('\n'))
  return run.status === 0 ? block : `${block}\n\nExit code ${run.status}.`
}

/**
 * The page: every command `eco-targets --help` lists, with its own `--help` text and its
 * examples, each with the real output.
 *
 * @param runs - the examples' runs, in list order
 * @param help - the output of `eco-targets --help` and of `eco-targets <command> --help`
 * @throws Error naming the command when a listed command has no example
 */
export function renderCliPage(
  runs: readonly CliRun[],
  help: { readonly root: string; readonly commands: Readonly<Record<string, string>> },
): string {
  const commands = listedCommands(help.root)
  const missing = commands.filter((c) => !runs.some((r) => commandOf(r.example) === c))
  if (missing.length) {
    throw new Error(
      `no example for the command(s) ${missing.join(', ')}: add a line to scripts/docs/cli-examples.ts`,
    )
  }
  const example = (r: CliRun) => `**${r.example.about}**\n\n${renderTranscript(r)}`
  const out = [
    frontMatter({ title: 'Command-line examples' }),
    generatedNote('scripts/docs/cli-page.ts from scripts/docs/cli-examples.ts'),
    '',
    '# Command-line examples',
    '',
    'Every example on this page was run against the built command when this site was built; the',
    'output is what the command printed, cut after a few dozen lines where it is long. The',
    '[command line guide](../guides/cli.md) explains the options, the input formats and the exit codes.',
    '',
    ...runs.filter((r) => commandOf(r.example) === null).map(example),
    '',
  ]
  for (const command of commands) {
    out.push(`## eco-targets ${command}`, '')
    out.push(
      '<details><summary>Usage and options (<code>--help</code>)</summary>',
      '',
      codeBlock('text', help.commands[command] ?? ''),
      '',
      '</details>',
      '',
    )
    for (const r of runs.filter((x) => commandOf(x.example) === command)) out.push(example(r), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** The home page's main command: the example marked `home`, with its output. */
export function renderHomeCommand(runs: readonly CliRun[]): string {
  const home = runs.find((r) => r.example.home)
  if (!home)
    throw new Error('no CLI example is marked home: mark one in scripts/docs/cli-examples.ts')
  return `${home.example.about}\n\n${renderTranscript(home)}\n`
}

/** Runs `eco-targets --help` and `eco-targets <command> --help` for every listed command. */
export function readCliHelp(cli: string = join(ROOT, 'dist', 'cli.js')): {
  root: string
  commands: Record<string, string>
} {
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`eco-targets ${args.join(' ')} exited with ${r.status}`)
    return r.stdout
  }
  const root = run('--help')
  return {
    root,
    commands: Object.fromEntries(listedCommands(root).map((c) => [c, run(c, '--help')])),
  }
}
