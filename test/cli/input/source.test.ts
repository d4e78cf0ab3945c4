import { describe, expect, it } from 'vitest'
import { openInput, STDIN_NAME } from '../../../src/cli/input/source.js'
import { memoryIO } from '../../_helpers/cli.js'

async function text(chunks: AsyncIterable<Uint8Array | string>) {
  let out = ''
  for await (const c of chunks) out += c
  return out
}

describe('openInput', () => {
  it('opens standard input for -', async () => {
    const source = openInput('-', memoryIO({ stdin: 'abc' }))
    expect(source.name).toBe(STDIN_NAME)
    expect(await text(source.open())).toBe('abc')
  })

  it('resolves a path against the working folder and keeps the name as typed', async () => {
    const io = memoryIO({ cwd: '/data', files: { '/data/in/a.csv': 'x\n' } })
    const source = openInput('in/a.csv', io)
    expect(source.name).toBe('in/a.csv')
    expect(await text(source.open())).toBe('x\n')
  })
})
