/**
 * `air --json` without `--out` writes its document to a temporary file and copies it to
 * standard output only when it is whole: stopped by a signal while it writes, the built command
 * must leave no temporary file behind and end by that signal.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt } from '../../_built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'eco-targets-air-signals-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const INPUT = join(work, 'hours.csv')

beforeAll(() => {
  ensureBuilt()
  // 300 stations over 3,000 hours: long enough to be stopped while the document is written
  const rows: string[] = ['timepoint,stationcode,area,so2,no2,co,o3,pm10,pm2_5']
  for (let h = 1; h <= 3000; h++) {
    const stamp = new Date(Date.UTC(2022, 0, 1, h)).toISOString().slice(0, 19)
    for (let s = 0; s < 300; s++)
      rows.push(`${stamp},${1000 + s}A,C${s % 5},5,20,0.5,60,40,${s % 70}`)
  }
  writeFileSync(INPUT, `${rows.join('\n')}\n`)
}, 180_000)

/** The temporary files of `air` under `temp`, with their sizes. */
function spooled(temp: string): number {
  let size = 0
  for (const dir of readdirSync(temp)) {
    for (const f of readdirSync(join(temp, dir))) size += statSync(join(temp, dir, f)).size
  }
  return size
}

/** Starts `air --json`, waits until its temporary file grows, then signals it. */
function interrupt(signal: NodeJS.Signals, temp: string) {
  return new Promise<{ signal: NodeJS.Signals | null; left: string[] }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'air', INPUT, '--json'], {
      env: { ...process.env, TMPDIR: temp },
      stdio: 'ignore',
    })
    let sent = false
    const started = Date.now()
    const poll = setInterval(() => {
      if (!sent && spooled(temp) > 100_000) {
        sent = true
        child.kill(signal)
      }
      if (!sent && Date.now() - started > 90_000) {
        clearInterval(poll)
        child.kill('SIGKILL')
        reject(new Error('the temporary file never grew'))
      }
    }, 20)
    child.on('exit', (_, got) => {
      clearInterval(poll)
      if (!sent) reject(new Error('the command ended before the signal'))
      else resolve({ signal: got, left: readdirSync(temp) })
    })
  })
}

describe('air --json stopped by a signal', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'removes its temporary file on %s and ends by the signal',
    async (signal) => {
      const temp = mkdtempSync(join(work, `${signal}-`))
      const result = await interrupt(signal, temp)
      expect(result.left).toEqual([])
      expect(result.signal).toBe(signal)
    },
    120_000,
  )
})
