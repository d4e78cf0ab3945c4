import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveSampleDir, SAMPLE_2022 } from '../../src/cli/sample.js'
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
