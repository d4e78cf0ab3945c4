import { describe, expect, it } from 'vitest'
import { plan2022 } from '../../../src/plans/2022/index.js'
import { fileText, run } from '../../_helpers/cli.js'

describe('tasksCommand', () => {
  it('counts the sample’s year-end statuses (sample README: done 101, in progress 3, …)', async () => {
    const { code, stdout } = await run(['tasks', '--sample', '--json'], { disk: true })
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.asOf).toBe('2022-12-31')
    expect(out.note).toMatch(/^Synthetic sample data/)
    expect(out.totals).toEqual({
      total: 106,
      done: 101,
      inProgress: 3,
      notStarted: 0,
      blocked: 1,
      notApplicable: 1,
      overdue: 0,
    })
  })

  it('reads the mid-year statuses as of 2022-06-30, with counted progress', async () => {
    const { stdout } = await run(['tasks', '--sample', '--as-of', '2022-06-30'], { disk: true })
    // Sample README: inProgress 98, done 5, blocked 1, notApplicable 1, notStarted 1.
    expect(stdout).toMatch(/ Total +106 +5 +98 +1 +1 +1 +0\n/)
    expect(stdout).toMatch(
      /Pillar +Total +Done +In progress +Not started +Blocked +Not applicable +Overdue/,
    )
    // Two thirds of each count at mid-year: 30 of 45 villages = 67 %.
    expect(stdout).toContain(
      'rural.village-sewage  30 / 45 administrative villages (67 %, In progress)',
    )
    expect(stdout).toContain('Blocked or not started:')
    expect(stdout).toContain('Synthetic sample data')
  })

  it('keeps the tasks of one domain or pillar', async () => {
    const water = plan2022.tasks.filter((t) => t.domain === 'water').length
    const { stdout } = await run(['tasks', '--sample', '--domain', 'water', '--json'], {
      disk: true,
    })
    const out = JSON.parse(stdout)
    expect(out.tasks).toHaveLength(water)
    expect(out.byDomain).toEqual([expect.objectContaining({ domain: 'water', total: water })])
    expect(out.filters).toEqual({ pillar: null, domain: 'water' })
    const party = await run(['tasks', '--sample', '--pillar', 'party', '--lang', 'zh'], {
      disk: true,
    })
    const title = (id: string) => {
      const p = plan2022.pillars.find((x) => x.id === id)
      return `${p?.order}. ${p?.title.zh}`
    }
    expect(party.stdout).toContain(title('party'))
    expect(party.stdout).not.toContain(title('pollution'))
  })

  it('draws up the checklist from a status file as of its latest update, with overdue tasks', async () => {
    const csv = [
      'task,date,status,progress,note',
      'air.winter-games,2022-02-01,inProgress,,Started',
      'rural.village-sewage,2022-04-01,done,44,',
    ].join('\n')
    const { code, stdout, io } = await run(['tasks', '--tasks', 'status.csv', '--out', 'c.txt'], {
      files: { 'status.csv': csv },
    })
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const text = fileText(io, 'c.txt') ?? ''
    expect(text).toContain('task checklist as of 2022-04-01')
    expect(text).toContain('As of the latest update, 2022-04-01 (no --as-of given).')
    // Due 2022-03-13, not done by 1 April: overdue.
    expect(text).toMatch(/Overdue:\n {2}air\.winter-games {2}due 2022-03-13, In progress/)
    // 44 of 45 villages reported done: still in progress.
    expect(text).toContain(
      '44 / 45 administrative villages (98 %, In progress), reported done below its count',
    )
  })

  it('rejects updates of unknown tasks, naming file, line and column', async () => {
    const { code, stderr } = await run(['tasks', '--tasks', '-'], {
      stdin: '[{"task":"air.nope","date":"2022-01-01","status":"done"}]',
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      '<stdin>:1: task: expected a task of the plan plan-2022 (see eco-targets plan), got "air.nope"\n',
    )
  })

  it.each([
    [[], 'give status files with --tasks FILE, or --sample'],
    [['--sample', '--tasks', 'a.json'], 'give either --tasks or --sample'],
    [['--sample', '--domain', 'noise'], '--domain must be one of air, water'],
    [['--sample', '--as-of', '2022-6-30'], '--as-of must be a date YYYY-MM-DD'],
    [
      ['--tasks', 'a.json'],
      'a.json:1: expected at least one record, got nothing (the input is empty or has only a header; --allow-empty accepts an empty input)',
    ],
    [['--tasks', 'a.json', '--allow-empty'], 'the status files hold no update; give --as-of DATE'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stderr } = await run(['tasks', ...args], {
      files: { 'a.json': '[]' },
      disk: true,
    })
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })
})
