import { describe, expect, it } from 'vitest'
import { trackProgress } from '../../../src/cli/output/progress.js'
import { memoryIO } from '../../_helpers/cli.js'

async function* numbers(n: number) {
  for (let i = 0; i < n; i++) yield i
}

async function drain<T>(records: AsyncIterable<T>) {
  const out: T[] = []
  for await (const r of records) out.push(r)
  return out
}

describe('trackProgress', () => {
  it('shows a line every N records on a terminal and erases it at the end', async () => {
    const io = memoryIO({ isTTY: true })
    const out = await drain(trackProgress(numbers(7), io, 'stations.csv', { every: 3 }))
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(io.stderrText()).toBe('\rstations.csv: 3 records\rstations.csv: 6 records\r\x1b[K')
  })

  it('stays silent for short inputs on a terminal', async () => {
    const io = memoryIO({ isTTY: true })
    await drain(trackProgress(numbers(2), io, 'a.csv', { every: 3 }))
    expect(io.stderrText()).toBe('')
  })

  it('stays silent when standard error is not a terminal', async () => {
    const io = memoryIO({ isTTY: false })
    expect(await drain(trackProgress(numbers(10), io, 'a.csv', { every: 1 }))).toHaveLength(10)
    expect(io.stderrText()).toBe('')
  })

  it('groups thousands and erases the line when the input fails midway', async () => {
    const io = memoryIO({ isTTY: true })
    async function* failing() {
      yield* numbers(50_000)
      throw new Error('bad row')
    }
    await expect(drain(trackProgress(failing(), io, 'big.csv'))).rejects.toThrow('bad row')
    expect(io.stderrText()).toBe('\rbig.csv: 50,000 records\r\x1b[K')
  })
})
