import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { nodeIO } from '../../src/cli/io.js'

const dir = mkdtempSync(join(tmpdir(), 'eco-targets-io-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function fakeProcess(options: { tty?: boolean; highWaterMark?: number } = {}) {
  let out = ''
  const stdout = new Writable({
    highWaterMark: options.highWaterMark ?? 16384,
    write(chunk, _enc, done) {
      out += chunk
      setTimeout(done, 1)
    },
  })
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty })
  const stdin = new PassThrough()
  return { proc: { stdin, stdout, stderr, cwd: () => dir }, out: () => out }
}

describe('nodeIO', () => {
  it('writes to the process streams, waiting for the stream to drain', async () => {
    const { proc, out } = fakeProcess({ highWaterMark: 2 })
    const io = nodeIO(proc)
    await io.stdout.write('hello ')
    await io.stdout.write('world')
    await new Promise((r) => setTimeout(r, 20))
    expect(out()).toBe('hello world')
  })

  it('says whether standard error is a terminal and gives the working folder', () => {
    expect(nodeIO(fakeProcess({ tty: true }).proc).isTTY).toBe(true)
    const io = nodeIO(fakeProcess().proc)
    expect(io.isTTY).toBe(false)
    expect(io.cwd).toBe(dir)
  })

  it('reads standard input only when asked', async () => {
    const { proc } = fakeProcess()
    const io = nodeIO(proc)
    proc.stdin.end('abc')
    let text = ''
    for await (const chunk of io.stdin) text += chunk
    expect(text).toBe('abc')
  })

  it('streams files and writes them atomically', async () => {
    const io = nodeIO(fakeProcess().proc)
    writeFileSync(join(dir, 'in.txt'), 'content')
    let text = ''
    for await (const chunk of io.readFile(join(dir, 'in.txt')))
      text += Buffer.from(chunk).toString()
    expect(text).toBe('content')
    const file = await io.createFile(join(dir, 'out.txt'))
    await file.write('result')
    await file.commit()
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('result')
  })

  it('ends quietly when standard output is closed (EPIPE), and rethrows other errors', () => {
    const { proc } = fakeProcess()
    nodeIO(proc)
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    proc.stdout.emit('error', Object.assign(new Error('broken pipe'), { code: 'EPIPE' }))
    expect(exit).toHaveBeenCalledWith(process.exitCode ?? 0)
    exit.mockRestore()
    expect(() =>
      proc.stdout.emit('error', Object.assign(new Error('other'), { code: 'EIO' })),
    ).toThrow('other')
  })
})
