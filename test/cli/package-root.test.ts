import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findPackageRoot, readPackageVersion } from '../../src/cli/package-root.js'
import { ROOT } from '../_helpers/shared.js'

const dir = mkdtempSync(join(tmpdir(), 'eco-targets-root-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('findPackageRoot', () => {
  it('finds the repository from the sources', () => {
    expect(findPackageRoot()).toBe(ROOT)
  })

  it('finds an installed package from its dist folder, skipping other package.json files', () => {
    const pkg = join(dir, 'node_modules', 'eco-targets')
    mkdirSync(join(pkg, 'dist'), { recursive: true })
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'eco-targets', version: '9.9.9' }),
    )
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer' }))
    writeFileSync(join(pkg, 'dist', 'package.json'), '{ not json')
    expect(findPackageRoot(join(pkg, 'dist', 'cli.js'))).toBe(pkg)
    expect(readPackageVersion(pkg)).toBe('9.9.9')
  })

  it('throws when no eco-targets package.json is above', () => {
    expect(() => findPackageRoot(join(tmpdir(), 'nowhere', 'x.js'))).toThrow(
      /no eco-targets package\.json above/,
    )
  })
})

describe('readPackageVersion', () => {
  it('reads the version of the repository package', () => {
    expect(readPackageVersion()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    )
  })

  it('falls back to 0.0.0 when the manifest has no version', () => {
    const bare = join(dir, 'bare')
    mkdirSync(bare)
    writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'eco-targets' }))
    expect(readPackageVersion(bare)).toBe('0.0.0')
  })
})
