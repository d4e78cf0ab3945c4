import { HOURLY_COLUMN_NAMES, type HourlyField } from './names.js'

/** A header split into its comparable name and the unit it states, if any. */
export interface NormalizedHeader {
  /** Lower case, without spaces, `_`, `.`, `-`, `·`, unit or trailing `浓度`. */
  readonly name: string
  /** The unit in brackets, normalized, or null. */
  readonly unit: string | null
  /** The header without its unit, as written (NFKC). */
  readonly base: string
}

const TRAILING_GROUP = /\s*[(（]([^()（）]*)[)）]\s*$/
const UNIT_LIKE = /\/|^(?:无量纲|dimensionless)$/i

/** A unit in comparable form: NFKC (µ and μ, ³ and 3), lower case, no spaces, `ug` as `μg`. */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/^ug\//, 'μg/')
}

const squash = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/浓度$/, '')
    .replace(/[\s_.\-·]+/g, '')

/**
 * A header as a comparable name and its unit: `PM2.5(μg/m³)`, `pm2_5` and `PM2.5浓度` share the
 * name `pm25`.
 */
export function normalizeHeader(header: string): NormalizedHeader {
  let base = header.normalize('NFKC').trim()
  let unit: string | null = null
  const match = TRAILING_GROUP.exec(base)
  if (match && UNIT_LIKE.test((match[1] ?? '').trim())) {
    unit = normalizeUnit((match[1] ?? '').trim())
    base = base.slice(0, match.index)
  }
  return { name: squash(base), unit, base }
}

const UG = normalizeUnit('µg/m³')
const MG = normalizeUnit('mg/m³')
const DIMENSIONLESS = [normalizeUnit('无量纲'), 'dimensionless']

/** The unit a field's header may state, as printed, or null for a field without unit. */
export function unitOf(field: HourlyField): 'µg/m³' | 'mg/m³' | null {
  if (field === 'co' || field === 'co_24h') return 'mg/m³'
  if (/^(so2|no2|o3|pm10|pm25)/.test(field)) return 'µg/m³'
  return null
}

/** Whether a normalized unit is the field's (a field without unit takes 无量纲). */
export function unitAccepted(field: HourlyField, unit: string): boolean {
  const printed = unitOf(field)
  if (printed === null) return DIMENSIONLESS.includes(unit)
  return unit === (printed === 'mg/m³' ? MG : UG)
}

const INDEX = new Map<string, HourlyField>()
for (const [field, names] of Object.entries(HOURLY_COLUMN_NAMES) as [HourlyField, string[]][]) {
  INDEX.set(squash(field), field)
  for (const n of names) INDEX.set(normalizeHeader(n).name, field)
}

/**
 * The field a header names, or null: by its normalized name, or, for `细颗粒物(PM2.5)`, when the
 * name and its bracketed part name the same field.
 */
export function fieldOfHeader(header: NormalizedHeader): HourlyField | null {
  const direct = INDEX.get(header.name)
  if (direct) return direct
  const match = TRAILING_GROUP.exec(header.base)
  if (!match) return null
  const inner = INDEX.get(squash(match[1] ?? ''))
  const outer = INDEX.get(squash(header.base.slice(0, match.index)))
  return inner !== undefined && inner === outer ? inner : null
}
