import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { AIR_BUNDLE_LIMIT } from '../../scripts/_bundle-limit.js'
import { type BundleSize, measureAirBundle } from '../../scripts/_bundle-size.js'
import { dailyAqi } from '../../src/standards/air/index.js'

// An app that imports only dailyAqi from eco-targets/air, bundled from the sources as a browser
// app would bundle the package (esbuild, minified, gzip -9, zod included). `npm run size --
// --dist` measures the built package the same way (a step of the CI after the build).

const dir = mkdtempSync(join(tmpdir(), 'eco-targets-bundle-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let size: BundleSize | undefined
async function bundle(): Promise<BundleSize> {
  size ??= await measureAirBundle({ names: ['dailyAqi'] })
  return size
}

function outcome(call: () => unknown): unknown {
  try {
    return { result: call() }
  } catch (e) {
    const error = e as { name: string; context?: string; issues?: unknown; message: string }
    return {
      name: error.name,
      context: error.context,
      issues: error.issues,
      message: error.message,
    }
  }
}

describe('the AQI-only bundle', () => {
  it(`is at most ${AIR_BUNDLE_LIMIT / 1000} kB minified and gzipped, zod included`, async () => {
    const { gzip, bySource } = await bundle()
    expect(gzip, JSON.stringify(bySource)).toBeLessThanOrEqual(AIR_BUNDLE_LIMIT)
  }, 30_000)

  it('holds none of zod, of the readers, the engine or the period statistics', async () => {
    const sources = (await bundle()).bySource.map(([source]) => source)
    expect(sources.filter((s) => s.startsWith('zod'))).toEqual([])
    for (const folder of ['read', 'engine', 'period', 'hourly', 'ranking', 'series']) {
      expect(sources).not.toContain(`src/standards/air/${folder}`)
    }
  }, 30_000)

  it('computes and rejects as the library does: what the bundler left out is not missed', async () => {
    const file = join(dir, 'app.mjs')
    writeFileSync(file, (await bundle()).code)
    await import(pathToFileURL(file).href)
    const [bundled] = (globalThis as { app?: [typeof dailyAqi] }).app ?? []
    expect(typeof bundled).toBe('function')
    const calls: [input: unknown, options?: unknown][] = [
      [{ so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 }],
      [{ pm25: 34.5, o3_8h: 801 }, { standard: 'HJ633-2026' }],
      [{ pm25: 80 }, { missingIndicators: 'withholdUnlessAbove100', roundConcentrations: true }],
      [{ co: 61 }, { maxPlausibleCo: 100 }],
      [{ co: 61 }],
      [{ PM25: 3, so2: -1, no2: '8', o3_1h: Number.NaN }],
      [null],
      [{ pm25: 10 }, { standrad: 'HJ633-2026' }],
      [{ pm25: 10 }, { standard: 'HJ633-2020', maxPlausibleCo: 0 }],
    ]
    for (const [input, options] of calls) {
      expect(outcome(() => bundled?.(input as never, options as never))).toEqual(
        outcome(() => dailyAqi(input as never, options as never)),
      )
    }
  }, 30_000)
})
