import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GENERATED_FILES } from '../scripts/generated-files.js'

const root = join(import.meta.dirname, '..')

describe('generated files', () => {
  it.each(GENERATED_FILES.map((f) => [f.path, f] as const))(
    'keeps %s in sync with its source (run `npm run generate` when this fails)',
    (path, file) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(file.render())
    },
  )
})
