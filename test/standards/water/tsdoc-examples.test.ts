import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as water from '../../../src/standards/water/index.js'
import { ROOT } from '../../_helpers/shared.js'

/**
 * Every `//=>` claim in the TSDoc examples of `eco-targets/water` is run against the module, so
 * an example that stops being true fails here.
 */
const DIR = join(ROOT, 'src/standards/water')

interface Claim {
  readonly file: string
  readonly setup: string
  readonly expression: string
  readonly expected: string
}

function claims(): Claim[] {
  const out: Claim[] = []
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DIR, file), 'utf8')
    for (const block of text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      const lines = (block[1] as string)
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .filter((l) => !l.startsWith('import '))
      let setup = ''
      let buffer: string[] = []
      for (const line of lines) {
        const at = line.indexOf('//=>')
        if (at === -1) {
          buffer.push(line)
          continue
        }
        const before = line.slice(0, at).trim()
        const expected = line.slice(at + 4).trim()
        if (before === '') {
          out.push({ file, setup, expression: buffer.join('\n'), expected })
        } else {
          setup += `${buffer.join('\n')}\n`
          out.push({ file, setup, expression: before, expected })
        }
        buffer = []
      }
      if (buffer.join('').trim() !== '') setup += buffer.join('\n')
    }
  }
  return out
}

const names = Object.keys(water)
const values = Object.values(water)

describe('TSDoc examples of eco-targets/water', () => {
  const all = claims()

  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(60)
  })

  it.each(all.map((c) => [`${c.file}: ${c.expression.split('\n')[0]}`, c] as const))(
    'holds: %s',
    (_, claim) => {
      const run = new Function(
        ...names,
        `${claim.setup}\nreturn [(${claim.expression}), (${claim.expected})]`,
      ) as (...args: unknown[]) => [unknown, unknown]
      const [actual, expected] = run(...values)
      expect(actual).toEqual(expected)
    },
  )
})
