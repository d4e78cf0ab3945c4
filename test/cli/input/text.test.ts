import { describe, expect, it } from 'vitest'
import type { InputSource } from '../../../src/cli/input/source.js'
import { readSourceText } from '../../../src/cli/input/text.js'
import { textInput } from '../../_helpers/input-source.js'
import { rejectionLines } from '../../_helpers/located.js'

describe('readSourceText', () => {
  it('decodes a source through the library: a GBK file reads as text', async () => {
    // "断面" in GBK is B6 CF C3 E6, which is not valid UTF-8.
    const gbk = Uint8Array.from([0x61, 0x0a, 0xb6, 0xcf, 0xc3, 0xe6, 0x0a])
    expect(await readSourceText(textInput('gbk.txt', gbk))).toBe('a\n断面\n')
  })

  it('reports a file that cannot be read', async () => {
    const missing: InputSource = {
      name: 'nope.csv',
      // biome-ignore lint/correctness/useYield: the source fails before yielding anything
      async *open() {
        throw Object.assign(new Error('ENOENT: nope'), { code: 'ENOENT' })
      },
    }
    expect(await rejectionLines(() => readSourceText(missing))).toEqual([
      'nope.csv: expected a file that can be read, got nothing (no such file or folder)',
    ])
  })
})
