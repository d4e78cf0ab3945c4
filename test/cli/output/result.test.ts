import { describe, expect, it } from 'vitest'
import { OutputError } from '../../../src/cli/errors.js'
import type { OutputFile } from '../../../src/cli/io.js'
import { openResultFile, writeResult } from '../../../src/cli/output/result.js'
import { fileText, memoryIO } from '../../_helpers/cli.js'

describe('writeResult', () => {
  it('writes to standard output without --out or with -', async () => {
    for (const out of [undefined, '-']) {
      const io = memoryIO()
      await writeResult(io, 'text\n', out)
      expect(io.stdoutText()).toBe('text\n')
    }
  })

  it('writes the file relative to the working folder', async () => {
    const io = memoryIO({ cwd: '/home/li' })
    await writeResult(io, 'x', 'out/r.md')
    expect(io.files.get('/home/li/out/r.md')).toBe('x')
    expect(io.stdoutText()).toBe('')
  })

  it('turns a file-system error into an output error naming the path', async () => {
    const io = memoryIO({ createError: 'EACCES' })
    await expect(writeResult(io, 'x', 'r.md')).rejects.toThrow(
      new OutputError('cannot write r.md: permission denied', 'EACCES'),
    )
  })
})

describe('openResultFile', () => {
  const failing = (step: 'write' | 'commit') => {
    const calls: string[] = []
    const io = memoryIO()
    const file: OutputFile = {
      write: async () => {
        calls.push('write')
        if (step === 'write') throw Object.assign(new Error('x'), { code: 'ENOSPC' })
      },
      commit: async () => {
        calls.push('commit')
        throw Object.assign(new Error('x'), { code: 'EXDEV' })
      },
      abort: async () => {
        calls.push('abort')
      },
    }
    return { io: { ...io, createFile: async () => file }, calls }
  }

  it('aborts and reports when a write fails', async () => {
    const { io, calls } = failing('write')
    const file = await openResultFile(io, 'r.md')
    await expect(file.write('x')).rejects.toThrow('cannot write r.md: no space left on the device')
    expect(calls).toEqual(['write', 'abort'])
  })

  it('reports a failed commit', async () => {
    const { io } = failing('commit')
    const file = await openResultFile(io, 'r.md')
    await file.write('x')
    await expect(file.commit()).rejects.toThrow(/^cannot write r\.md: x$/)
  })

  it('has nothing to commit or abort on standard output', async () => {
    const io = memoryIO()
    const file = await openResultFile(io, undefined)
    await file.write('a')
    await file.abort()
    await file.commit()
    expect(io.stdoutText()).toBe('a')
  })

  it('aborts an unwritten file without publishing it', async () => {
    const io = memoryIO()
    const file = await openResultFile(io, 'r.md')
    await file.write('partial')
    await file.abort()
    expect(fileText(io, 'r.md')).toBeUndefined()
  })
})
