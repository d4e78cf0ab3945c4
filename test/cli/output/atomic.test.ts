import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openAtomicFile } from '../../../src/cli/output/atomic.js'

const dir = mkdtempSync(join(tmpdir(), 'eco-targets-atomic-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('openAtomicFile', () => {
  it('shows nothing at the path until commit, then the whole text', async () => {
    const path = join(dir, 'report.md')
    const file = await openAtomicFile(path)
    await file.write('# Report\n')
    await file.write('done\n')
    expect(readdirSync(dir)).not.toContain('report.md')
    await file.commit()
    expect(readFileSync(path, 'utf8')).toBe('# Report\ndone\n')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('leaves an existing file untouched on abort and removes the temporary file', async () => {
    const path = join(dir, 'keep.txt')
    writeFileSync(path, 'old')
    const file = await openAtomicFile(path)
    await file.write('new')
    await file.abort()
    await file.abort()
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('replaces an existing file on commit', async () => {
    const path = join(dir, 'replace.txt')
    writeFileSync(path, 'old')
    const file = await openAtomicFile(path)
    await file.write('new')
    await file.commit()
    expect(readFileSync(path, 'utf8')).toBe('new')
  })

  it('fails when the folder does not exist', async () => {
    await expect(openAtomicFile(join(dir, 'missing', 'x.txt'))).rejects.toMatchObject({
      code: 'ENOENT',
    })
  })

  it('cleans up when the final rename fails (the path is a folder)', async () => {
    const path = join(dir, 'a-folder')
    mkdirSync(join(path, 'inside'), { recursive: true })
    const file = await openAtomicFile(path)
    await file.write('x')
    await expect(file.commit()).rejects.toMatchObject({
      code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/),
    })
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
