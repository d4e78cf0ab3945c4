import { describe, expect, it } from 'vitest'
import {
  createTaskStatusReader,
  formatInputIssue,
  type InputError,
  readTaskStatusUpdates,
} from '../../src/index.js'
import { run } from '../_helpers/cli.js'

const PLAN = {
  id: 'ulanqab-2022',
  tasks: [{ id: 'air.coal-burning' }, { id: 'rural.village-sewage' }],
}

function messages(call: () => unknown): string[] {
  try {
    call()
  } catch (error) {
    return (error as InputError).issues.map((i) => formatInputIssue(i, { lang: 'en' }))
  }
  throw new Error('expected an input error')
}

describe('readTaskStatusUpdates', () => {
  it('reads CSV rows by the schema’s field types', () => {
    const source = { file: 's.csv', lines: [2], header: ['task', 'date', 'status', 'progress'] }
    const rows = [
      { task: 'rural.village-sewage', date: '2022-06-30', status: 'inProgress', progress: '30' },
    ]
    expect(readTaskStatusUpdates(rows, { source, plan: PLAN }).updates).toEqual([
      { task: 'rural.village-sewage', date: '2022-06-30', status: 'inProgress', progress: 30 },
    ])
  })

  it('rejects a task the plan does not have, at its line, as the command line does', async () => {
    const line = '{"task":"air.coal","date":"2022-06-30","status":"done"}'
    const library = messages(() =>
      readTaskStatusUpdates([JSON.parse(line)], {
        source: { file: 's.jsonl', lines: [1] },
        plan: PLAN,
      }),
    )
    expect(library).toHaveLength(1)
    expect(library[0]).toMatch(/^s\.jsonl:1: task: expected a task of the plan ulanqab-2022/)
    const cli = await run(['tasks', '--tasks', 's.jsonl'], { files: { 's.jsonl': `${line}\n` } })
    expect(cli.code).toBe(2)
    expect(cli.stderr).toContain('s.jsonl:1: task: expected a task of the plan')
  })

  it('rejects an empty input unless allowEmpty', () => {
    expect(messages(() => readTaskStatusUpdates([], { source: { file: 's.json' } }))[0]).toMatch(
      /^s\.json:1: expected at least one record, got nothing/,
    )
    expect(readTaskStatusUpdates([], { allowEmpty: true }).updates).toEqual([])
  })
})

describe('createTaskStatusReader', () => {
  it('counts records and problems per file', () => {
    const reader = createTaskStatusReader({ plan: PLAN })
    reader.read([{ task: 'air.coal-burning', date: '2022-06-30', status: 'done' }], {
      file: 'a.jsonl',
      lines: [1],
    })
    reader.read([{ task: 'air.coal-burning', date: '2022-13-30', status: 'done' }], {
      file: 'b.jsonl',
      lines: [4],
    })
    const read = reader.finish()
    expect(read.files).toEqual([
      { file: 'a.jsonl', records: 1, problems: 0 },
      { file: 'b.jsonl', records: 1, problems: 1 },
    ])
    expect(read.problems[0]?.location).toEqual({ file: 'b.jsonl', line: 4 })
  })
})

describe('readTaskStatusUpdates of text', () => {
  it('reads a CSV file with CRLF and a quoted cell, each update at its line', () => {
    const csv = 'task,date,status,progress\r\n"rural.village-sewage",2022-06-30,inProgress,30\r\n'
    const read = readTaskStatusUpdates(csv, { format: 'csv', file: 'mid.csv', plan: PLAN })
    expect(read.updates).toMatchObject([{ task: 'rural.village-sewage', progress: 30 }])
    expect(read.locations).toEqual([{ file: 'mid.csv', line: 2 }])
  })

  it('names the line of a task the plan does not have, in JSON', () => {
    const json =
      '[\n {"task":"air.coal-burning","date":"2022-06-30","status":"done"},\n {"task":"air.coal","date":"2022-06-30","status":"done"}\n]'
    expect(
      messages(() => readTaskStatusUpdates(json, { format: 'json', file: 'end.json', plan: PLAN })),
    ).toEqual([expect.stringMatching(/^end\.json:3: task: expected/)])
  })
})
