import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  openSampleObservations,
  openSampleTaskStatus,
  resolveSampleDir,
  SAMPLE_2022,
} from '../../src/cli/sample.js'
import { memoryIO } from '../_helpers/cli.js'
import { ROOT } from '../_helpers/shared.js'

describe('resolveSampleDir', () => {
  it('points at sample/2022 of the package', () => {
    expect(resolveSampleDir()).toBe(join(ROOT, 'sample', '2022'))
    expect(resolveSampleDir('/opt/eco-targets')).toBe('/opt/eco-targets/sample/2022')
  })
})

describe('SAMPLE_2022', () => {
  it('lists files that exist, and the manifest labels them synthetic', () => {
    const dir = resolveSampleDir()
    const files = [...SAMPLE_2022.observations, ...SAMPLE_2022.taskStatus].map((f) => f.file)
    for (const file of files) expect(existsSync(join(dir, file))).toBe(true)
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.synthetic).toBe(true)
    expect(manifest.files.map((f: { file: string }) => f.file)).toEqual(files)
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(
      /^<!-- synthetic: true -->\n# Synthetic sample data/,
    )
  })

  it('ships with the package', () => {
    const { files } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(files).toContain('sample')
  })
})

describe('openSampleObservations', () => {
  it('opens each observation file under a short name', async () => {
    const io = memoryIO({ files: { '/pkg/sample/2022/dust-days.jsonl': 'x' } })
    const sources = openSampleObservations(io, '/pkg/sample/2022')
    expect(sources.map((s) => s.name)).toEqual(
      SAMPLE_2022.observations.map((f) => `sample/2022/${f.file}`),
    )
    const dust = sources.find((s) => s.name.endsWith('dust-days.jsonl'))
    let text = ''
    for await (const chunk of dust?.open() ?? []) text += chunk
    expect(text).toBe('x')
  })
})

describe('openSampleTaskStatus', () => {
  it('gives the date of each task-status file', () => {
    const files = openSampleTaskStatus(memoryIO())
    expect(files.map((f) => [f.asOf, f.source.name])).toEqual([
      ['2022-06-30', 'sample/2022/task-status-2022-06-30.json'],
      ['2022-12-31', 'sample/2022/task-status-2022-12-31.json'],
    ])
  })
})
