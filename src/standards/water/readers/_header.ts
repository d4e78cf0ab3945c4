/** A header split into a comparable name and the unit it states, if any. */
export interface NormalizedHeader {
  readonly name: string
  readonly unit: string | null
}

const TRAILING_GROUP = /\s*[(（]([^()（）]*)[)）]\s*$/
const UNIT_LIKE = /\/|^(?:无量纲|dimensionless|°c|℃|ntu|%|个\/l|mpn\/l|cfu\/ml|m|cm)$/i

export function normalizeUnit(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^ug\//, 'μg/')
    .replace(/^µ/, 'μ')
}

/**
 * Splits a header into a comparable name and its unit: `溶解氧(mg/L)`, `溶解氧（mg/L）` and
 * `溶解氧` share the name; units in brackets and `以…计` qualifiers are taken off the end, other
 * brackets stay part of the name (`铬(六价)`).
 */
export function normalizeWaterHeader(header: string): NormalizedHeader {
  let name = header.normalize('NFKC').trim()
  let unit: string | null = null
  for (let m = TRAILING_GROUP.exec(name); m; m = TRAILING_GROUP.exec(name)) {
    const group = (m[1] ?? '').trim()
    if (UNIT_LIKE.test(group) && unit === null) unit = normalizeUnit(group)
    else if (!group.startsWith('以')) break
    name = name.slice(0, m.index)
  }
  return { name: name.toLowerCase().replace(/[\s_.\-·]+/g, ''), unit }
}
