/**
 * Examples of the command-line JSON schemas for the "Data formats" page: the real output of
 * each command on the inputs of the command-line examples (`docs/cli-inputs/`), run in-process
 * from the source. The commands are asynchronous and the page is not: the page's builder
 * awaits {@link loadCommandOutputExamples} once before rendering.
 */
import { createReadStream } from 'node:fs'
import { join, resolve } from 'node:path'
import { type CliIO, main } from '../../src/cli/main.js'
import type { LocalizedText } from '../../src/index.js'
import { ROOT } from './_paths.js'

const INPUTS = join(ROOT, 'docs', 'cli-inputs')

/** The JSON that `eco-targets ARGS` writes, run in `docs/cli-inputs/`. */
async function run(args: readonly string[]): Promise<unknown> {
  let out = ''
  let err = ''
  const io: CliIO = {
    stdin: (async function* () {})(),
    stdout: {
      write: (text) => {
        out += text
      },
    },
    stderr: {
      write: (text) => {
        err += text
      },
    },
    isTTY: false,
    cwd: INPUTS,
    readFile: (path) => createReadStream(resolve(INPUTS, path)),
    createFile: () => Promise.reject(new Error('the examples write no file')),
  }
  const code = await main(args, io)
  if (code !== 0) throw new Error(`eco-targets ${args.join(' ')} failed (${code}): ${err}`)
  return JSON.parse(out)
}

const from = (command: string): LocalizedText => ({
  zh: `\`${command}\` 的输出（输入文件见命令行示例页）`,
  en: `the output of \`${command}\` (its input is on the command-line examples page)`,
})

const COMMANDS = {
  'cli-aqi': ['aqi', '--realtime', '--o3', '210', '--pm25', '120', '--json'],
  'cli-air': ['air', 'hourly.csv', '--city-of', '*=Demo', '--json'],
  'cli-air-ranking': [
    'air',
    'hourly.csv',
    '--city-of',
    'S1=Demo',
    '--city-of',
    '*=Other',
    '--rank',
    '--json',
  ],
  'cli-water': ['water', 'sections.csv', '--json'],
} as const

type Name = keyof typeof COMMANDS
type Examples = Record<Name, { readonly value: unknown; readonly from: LocalizedText }>

let loaded: Examples | undefined

/** Runs the commands of the examples; call (and await) once before {@link commandOutputExamples}. */
export async function loadCommandOutputExamples(): Promise<void> {
  if (loaded) return
  const entries = await Promise.all(
    (Object.keys(COMMANDS) as Name[]).map(async (name) => {
      const args = COMMANDS[name]
      return [name, { value: await run(args), from: from(`eco-targets ${args.join(' ')}`) }]
    }),
  )
  loaded = Object.fromEntries(entries) as Examples
}

/**
 * One example of each command-line JSON output, with the command that wrote it.
 *
 * @throws Error when {@link loadCommandOutputExamples} has not been awaited
 */
export function commandOutputExamples(): Examples {
  if (!loaded) throw new Error('await loadCommandOutputExamples() before rendering the page')
  return loaded
}
