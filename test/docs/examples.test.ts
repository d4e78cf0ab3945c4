import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  type DocExample,
  guideExamples,
  toCheckedModule,
  tsdocExamples,
} from '../_helpers/doc-examples.js'

const dir = join(tmpdir(), `eco-targets-doc-examples-${process.pid}`)
mkdirSync(dir, { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const checks: { location: string; actual: unknown; expected: unknown }[] = []
;(globalThis as Record<string, unknown>).__check = (
  actual: unknown,
  expected: unknown,
  location: string,
) => {
  checks.push({ location, actual, expected })
}

async function run(example: DocExample, index: number) {
  const file = join(dir, `example-${index}.ts`)
  writeFileSync(file, toCheckedModule(example))
  checks.length = 0
  await import(/* @vite-ignore */ file)
  for (const c of checks) expect(c.actual, c.location).toEqual(c.expected)
  return checks.length
}

describe('TSDoc examples', () => {
  const examples = tsdocExamples()
  it('exist for the public API', () => {
    expect(examples.length).toBeGreaterThan(50)
  })
  it.each(examples.map((e, i) => [`${e.file}:${e.line}`, e, i] as const))(
    '%s runs and its //=> values hold',
    async (_, example, i) => {
      await run(example, i)
    },
  )
})

describe('guide examples', () => {
  const examples = guideExamples()
  it.each(examples.map((e, i) => [`${e.file}:${e.line}`, e, i] as const))(
    '%s runs and its //=> values hold',
    async (_, example, i) => {
      await run(example, 10_000 + i)
    },
  )
})
