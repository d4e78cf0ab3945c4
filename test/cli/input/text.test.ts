import { describe, expect, it } from 'vitest'
import { type InputSource, textInput } from '../../../src/cli/input/source.js'
import { decodeText } from '../../../src/cli/input/text.js'
import { isInputError } from '../../../src/index.js'
import { locatedLines } from '../../_helpers/located.js'

async function text(source: InputSource): Promise<string> {
  let out = ''
  for await (const chunk of decodeText(source)) out += chunk
  return out
}

async function problemOf(source: InputSource): Promise<string> {
  try {
    await text(source)
  } catch (error) {
    if (isInputError(error)) return locatedLines(error).join('\n')
    throw error
  }
  throw new Error('no error')
}

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('drops a leading byte-order mark, given as bytes or as text', async () => {
    expect(await text(textInput('a', utf8('\uFEFF断面名称\n')))).toBe('断面名称\n')
    expect(await text(textInput('a', '\uFEFF断面名称\n'))).toBe('断面名称\n')
  })

  it('keeps a byte-order mark that is not at the start', async () => {
    expect(await text(textInput('a', 'x', '\uFEFFy'))).toBe('x\uFEFFy')
  })

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = utf8('溶解氧')
    const chunks = [bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4)]
    expect(await text(textInput('a', ...chunks))).toBe('溶解氧')
  })

  it('rejects bytes that are not UTF-8, naming the line (a GBK export)', async () => {
    // "断面" in GBK is B6 CF C3 E6, which is not valid UTF-8.
    const gbk = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xb6, 0xcf, 0xc3, 0xe6, 0x0a])
    expect(await problemOf(textInput('gbk.csv', gbk))).toBe(
      'gbk.csv:3: expected UTF-8 text, got nothing (a GBK export? save it as UTF-8 and try again)',
    )
  })

  it('reports a file that cannot be read', async () => {
    const missing: InputSource = {
      name: 'nope.csv',
      // biome-ignore lint/correctness/useYield: the source fails before yielding anything
      async *open() {
        throw Object.assign(new Error('ENOENT: nope'), { code: 'ENOENT' })
      },
    }
    expect(await problemOf(missing)).toBe(
      'nope.csv: expected a file that can be read, got nothing (no such file or folder)',
    )
  })
})
