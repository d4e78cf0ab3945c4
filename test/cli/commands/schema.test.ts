import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PUBLIC_SCHEMAS } from '../../../src/index.js'
import { fileText, run } from '../../_helpers/cli.js'
import { ROOT } from '../../_helpers/shared.js'

describe('schemaCommand', () => {
  it.each(Object.keys(PUBLIC_SCHEMAS))(
    'prints the same JSON Schema as the shipped schemas/%s.schema.json',
    async (name) => {
      const { code, stdout } = await run(['schema', name])
      expect(code).toBe(0)
      expect(stdout).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'))
    },
  )

  it('lists the names on stderr and exits with 2 when no name is given', async () => {
    const { code, stdout, stderr } = await run(['schema'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('eco-targets schema: name a schema; the names are:')
    expect(stderr).toContain('  task-status-update   A status update on a task')
  })

  it('lists the names and exits with 2 for an unknown name', async () => {
    const { code, stderr } = await run(['schema', 'observashun'])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown schema "observashun"; the names are:')
    expect(stderr).toContain('  observation ')
  })

  it('writes the schema to --out', async () => {
    const { code, stdout, io } = await run(['schema', 'task', '-o', 'task.json'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(fileText(io, 'task.json') ?? '').$id).toBe('urn:eco-targets:schema:task')
  })

  it('takes one name only', async () => {
    const { code, stderr } = await run(['schema', 'task', 'plan'])
    expect(code).toBe(2)
    expect(stderr).toContain('unexpected argument "plan"')
  })
})
