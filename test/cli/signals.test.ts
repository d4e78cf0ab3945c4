/**
 * No partial `--out` file after an interruption: the built command is started on a large
 * generated input, stopped by SIGINT, SIGTERM or SIGHUP while it writes, and must leave neither
 * the result nor its hidden temporary file behind.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt } from './_built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'eco-targets-signals-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const INPUT = join(work, 'days.csv')

beforeAll(() => {
  ensureBuilt()
  // 1.5 million daily rows: long enough to be stopped while the result is being written
  const day = (i: number) => `2022-${String((i % 12) + 1).padStart(2, '0')}-15`
  const chunks: string[] = ['date,so2,no2,co,pm10,pm25,o3_8h\n']
  for (let i = 0; i < 1_500_000; i++) {
    chunks.push(`${day(i)},${i % 50},${i % 80},0.${i % 10},${i % 150},${i % 115},${i % 200}\n`)
  }
  writeFileSync(INPUT, chunks.join(''))
}, 180_000)

/** Starts `aqi` writing to `--out`, waits until its temporary file grows, then signals it. */
function interrupt(signal: NodeJS.Signals, folder: string) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; left: string[] }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'aqi', INPUT, '--out', 'out.csv'], {
        cwd: folder,
        stdio: 'ignore',
      })
      let sent = false
      const started = Date.now()
      const poll = setInterval(() => {
        const temp = readdirSync(folder).find((f) => f.endsWith('.tmp'))
        if (!sent && temp && statSync(join(folder, temp)).size > 100_000) {
          sent = true
          child.kill(signal)
        }
        if (!sent && Date.now() - started > 60_000) {
          clearInterval(poll)
          child.kill('SIGKILL')
          reject(new Error('the temporary file never appeared'))
        }
      }, 20)
      child.on('exit', (code, got) => {
        clearInterval(poll)
        if (!sent) reject(new Error(`the command ended before the signal (exit ${code})`))
        else resolve({ code, signal: got, left: readdirSync(folder) })
      })
    },
  )
}

describe('an interrupted command leaves no partial --out file', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'removes the temporary file on %s and ends by the signal',
    async (signal) => {
      const folder = mkdtempSync(join(work, `${signal}-`))
      const result = await interrupt(signal, folder)
      expect(result.left).toEqual([])
      expect(result.signal).toBe(signal)
    },
    90_000,
  )
})
