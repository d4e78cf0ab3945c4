/**
 * GBK bytes of a text, for fixtures of Chinese exports: the encoding table is the reverse of the
 * platform's GBK decoder (WHATWG), built once. The tests that use it check it against bytes
 * encoded by hand.
 */
let table: Map<string, number> | undefined

function gbkTable(): Map<string, number> {
  if (table) return table
  const decoder = new TextDecoder('gbk', { fatal: true })
  const out = new Map<string, number>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      try {
        const c = decoder.decode(Uint8Array.of(lead, trail))
        if (c.length === 1 && !out.has(c)) out.set(c, (lead << 8) | trail)
      } catch {
        // not a character of GBK
      }
    }
  }
  table = out
  return out
}

/** The text in GBK; throws for a character GBK does not have. */
export function gbk(text: string): Uint8Array {
  const codes = gbkTable()
  const bytes: number[] = []
  for (const c of text) {
    const cp = c.codePointAt(0) as number
    if (cp < 0x80) {
      bytes.push(cp)
      continue
    }
    const code = codes.get(c)
    if (code === undefined) throw new RangeError(`not in GBK: ${c}`)
    bytes.push(code >> 8, code & 0xff)
  }
  return Uint8Array.from(bytes)
}
