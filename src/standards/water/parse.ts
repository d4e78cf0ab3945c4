import { z } from 'zod'
import type { SurfaceWaterValues } from './classify-section.js'
import type { SurfaceSourceValues } from './drinking-water.js'
import { GB3838_TABLE1 } from './gb3838-table1.js'
import { GB3838_TABLE2, GB3838_TABLE3 } from './gb3838-tables-2-3.js'
import { GBT14848_2017 } from './gbt14848-2017.js'
import type { GroundwaterValues } from './groundwater.js'
import { type WaterIndicatorKey, WaterIndicatorKeySchema } from './indicators.js'

/**
 * Texts read as “not measured” (`null`, never 0): `--` as CNEMC publishes it, an empty cell,
 * `—`, `-`, `NA`, `N/A` and `null`.
 *
 * @category Water
 * @see 环办〔2011〕22号 (missing data is left out, never counted as zero); project decision 8
 * @example
 * ```ts
 * import { MISSING_VALUE_TOKENS } from 'eco-targets/water'
 * MISSING_VALUE_TOKENS.includes('--') //=> true
 * ```
 */
export const MISSING_VALUE_TOKENS: readonly string[] = Object.freeze([
  '--',
  '',
  '—',
  '-',
  'NA',
  'N/A',
  'null',
])

/** Texts read as not detected (未检出) in groundwater values. @internal */
const NOT_DETECTED = new Set(['ND', 'nd', '未检出', '不得检出', 'notDetected'])
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

type Kind = 'number' | 'pH' | 'groundwater' | 'groundwaterPh' | 'groundwaterText'

function readRaw(raw: unknown, kind: Kind, ctx: z.RefinementCtx): unknown {
  if (raw === null || raw === undefined) return null
  let value: unknown = raw
  if (typeof raw === 'string') {
    const text = raw.trim()
    if (MISSING_VALUE_TOKENS.includes(text)) return null
    if (kind === 'groundwaterText') {
      if (text === '无' || text === 'none') return 'none'
      if (text === '有' || text === 'present') return 'present'
      ctx.addIssue({ code: 'custom', message: `expected 无 / none or 有 / present, got "${raw}"` })
      return z.NEVER
    }
    if (kind === 'groundwater' && NOT_DETECTED.has(text)) return 'notDetected'
    if (!NUMBER.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a number without a unit (or "--" for not measured), got "${raw}"`,
      })
      return z.NEVER
    }
    value = Number(text)
  }
  if (kind === 'groundwaterText') {
    ctx.addIssue({
      code: 'custom',
      message: `expected 无 / none or 有 / present, got ${String(raw)}`,
    })
    return z.NEVER
  }
  if (kind === 'groundwater' && value === 'notDetected') return value
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a finite number (or "--" for not measured), got ${typeof raw === 'string' ? `"${raw}"` : String(raw)}`,
    })
    return z.NEVER
  }
  if (value < 0) {
    ctx.addIssue({ code: 'custom', message: `expected a value ≥ 0, got ${value}` })
    return z.NEVER
  }
  if ((kind === 'pH' || kind === 'groundwaterPh') && value > 14) {
    ctx.addIssue({ code: 'custom', message: `pH must be within 0–14, got ${value}` })
    return z.NEVER
  }
  return value
}

const measurement = (kind: Kind) =>
  z
    .unknown()
    .transform((raw, ctx) => readRaw(raw, kind, ctx))
    .optional()

/**
 * Validates surface-water values keyed by Table 1 key: numbers or numeric text (`"0.5"`) are
 * read as numbers; `--`, an empty text and `null` mean not measured (`null`, never 0); an unknown
 * key, a negative value, a pH outside 0–14 or a value with a unit (`"0.5mg/L"`) is rejected with
 * its path.
 *
 * @category Water
 * @see GB 3838-2002 Table 1
 * @example
 * ```ts
 * import { SurfaceWaterValuesSchema } from 'eco-targets/water'
 * SurfaceWaterValuesSchema.parse({ pH: '7.62', DO: 7.78, NH3N: '--', TP: '' })
 * //=> { pH: 7.62, DO: 7.78, NH3N: null, TP: null }
 * SurfaceWaterValuesSchema.safeParse({ TP: '0.5mg/L' }).success //=> false
 * ```
 */
export const SurfaceWaterValuesSchema = z
  .object(
    Object.fromEntries(
      WaterIndicatorKeySchema.options.map((k) => [k, measurement(k === 'pH' ? 'pH' : 'number')]),
    ) as Record<WaterIndicatorKey, ReturnType<typeof measurement>>,
  )
  .strict()
  .describe('Surface-water values by GB 3838-2002 Table 1 key') as unknown as z.ZodType<
  SurfaceWaterValues,
  Readonly<Partial<Record<WaterIndicatorKey, unknown>>>
>

/**
 * Validates the values of a surface drinking-water source: Table 1 keys as in
 * {@link SurfaceWaterValuesSchema}, plus the Table 2 and Table 3 keys.
 *
 * @category Water
 * @see GB 3838-2002 Tables 1–3
 * @example
 * ```ts
 * import { SurfaceSourceValuesSchema } from 'eco-targets/water'
 * SurfaceSourceValuesSchema.parse({ NH3N: 0.1, Fe: '0.12', benzene: '--' })
 * //=> { NH3N: 0.1, Fe: 0.12, benzene: null }
 * ```
 */
export const SurfaceSourceValuesSchema = z
  .object(
    Object.fromEntries([
      ...WaterIndicatorKeySchema.options.map((k) => [k, measurement(k === 'pH' ? 'pH' : 'number')]),
      ...Object.keys(GB3838_TABLE2).map((k) => [k, measurement('number')]),
      ...Object.keys(GB3838_TABLE3).map((k) => [k, measurement('number')]),
    ]),
  )
  .strict()
  .describe(
    'Surface drinking-water source values by GB 3838-2002 Table 1, 2 and 3 key',
  ) as unknown as z.ZodType<SurfaceSourceValues, Readonly<Record<string, unknown>>>

/**
 * Validates groundwater values keyed by GB/T 14848-2017 key: numbers or numeric text;
 * `ND` / `未检出` as `'notDetected'`; `无` / `有` (or `none` / `present`) for the described
 * items; `--` or empty as not measured.
 *
 * @category Water
 * @see GB/T 14848-2017 Tables 1–2
 * @example
 * ```ts
 * import { GroundwaterValuesSchema } from 'eco-targets/water'
 * GroundwaterValuesSchema.parse({ odourTaste: '无', pH: '7.3', LAS: '未检出', nitrate: '--' })
 * //=> { odourTaste: 'none', pH: 7.3, LAS: 'notDetected', nitrate: null }
 * ```
 */
export const GroundwaterValuesSchema = z
  .object(
    Object.fromEntries(
      Object.values(GBT14848_2017).map((item) => [
        item.key,
        measurement(
          item.kind === 'text'
            ? 'groundwaterText'
            : item.kind === 'pH'
              ? 'groundwaterPh'
              : 'groundwater',
        ),
      ]),
    ),
  )
  .strict()
  .describe('Groundwater values by GB/T 14848-2017 key') as unknown as z.ZodType<
  GroundwaterValues,
  Readonly<Record<string, unknown>>
>

const stripUnit = (header: string) => header.replace(/\s*[（(][^（）()]*[)）]\s*$/, '').trim()
const norm = (s: string) => s.trim().replace(/\s+/g, '').toLowerCase()

function aliasMap(entries: readonly [string, readonly string[]][]): Map<string, string> {
  const map = new Map<string, string>()
  for (const [key, names] of entries) {
    for (const name of [key, ...names]) map.set(norm(name), key)
  }
  return map
}

const EXTRA_ALIASES: Partial<Record<WaterIndicatorKey, readonly string[]>> = {
  pH: ['pH值'],
  NH3N: ['NH3-N', 'NH₃-N', 'ammonia nitrogen'],
  TP: ['total phosphorus'],
  TN: ['total nitrogen'],
  DO: ['dissolved oxygen'],
  CODMn: ['permanganate index', 'COD_Mn'],
  BOD5: ['BOD₅'],
  Cr6: ['六价铬', '铬(六价)', 'Cr(VI)'],
  F: ['fluoride'],
  phenol: ['挥发性酚类', 'volatile phenol'],
  oil: ['petroleum'],
  fecalColiform: ['fecal coliform'],
  waterTemp: ['water temperature'],
}

const TABLE1_ALIASES = aliasMap(
  Object.values(GB3838_TABLE1).map((item) => [
    item.key,
    [item.name.zh, item.name.en, ...(EXTRA_ALIASES[item.key] ?? [])],
  ]),
)

const SOURCE_ALIASES = aliasMap([
  ...[...TABLE1_ALIASES].reduce(
    (acc, [alias, key]) => {
      acc.push([key, [alias]])
      return acc
    },
    [] as [string, string[]][],
  ),
  ...Object.values(GB3838_TABLE2).map((i) => [i.key, [i.name.zh, i.name.en]] as [string, string[]]),
  ...Object.values(GB3838_TABLE3).map((i) => [i.key, [i.name.zh, i.name.en]] as [string, string[]]),
])

const GROUNDWATER_ALIASES = aliasMap(
  Object.values(GBT14848_2017).map((i) => [i.key, [i.name.zh, i.name.en]]),
)

function lookup(map: Map<string, string>, header: string): string | null {
  return map.get(norm(header)) ?? map.get(norm(stripUnit(header))) ?? null
}

/**
 * The Table 1 key a column header names: the key itself (`NH3N`), the Chinese name with or
 * without its unit as CNEMC publishes it (`氨氮(mg/L)`, `pH(无量纲)`, `溶解氧`), the English name,
 * or a common alias (`NH3-N`, `六价铬`); `null` when it names no Table 1 item (e.g. `电导率`).
 *
 * @param header - a column header or key
 * @returns the key, or `null`
 * @category Water
 * @see GB 3838-2002 Table 1
 * @example
 * ```ts
 * import { resolveWaterIndicatorKey } from 'eco-targets/water'
 * resolveWaterIndicatorKey('高锰酸盐指数(mg/L)') //=> 'CODMn'
 * resolveWaterIndicatorKey('NH3-N')             //=> 'NH3N'
 * resolveWaterIndicatorKey('电导率(μS/cm)')      //=> null
 * ```
 */
export function resolveWaterIndicatorKey(header: string): WaterIndicatorKey | null {
  return lookup(TABLE1_ALIASES, header) as WaterIndicatorKey | null
}

/** Options of the `parse…Values` functions. @category Water */
export interface ParseWaterValuesOptions {
  /** Columns to skip (names, places, times, indicators outside the standard). */
  readonly ignore?: readonly string[]
}

function parseWith<T>(
  raw: unknown,
  aliases: Map<string, string>,
  schema: z.ZodType<T>,
  what: string,
  options: ParseWaterValuesOptions,
): T {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new z.ZodError([
      { code: 'custom', path: [], message: `expected an object of ${what} values`, input: raw },
    ])
  }
  const ignore = new Set(options.ignore ?? [])
  const keyed: Record<string, unknown> = {}
  const headerOf = new Map<string, string>()
  const issues: z.core.$ZodIssue[] = []
  for (const [header, value] of Object.entries(raw)) {
    if (ignore.has(header)) continue
    const key = lookup(aliases, header)
    if (key === null) {
      issues.push({
        code: 'custom',
        path: [header],
        message: `unknown ${what} indicator "${header}"`,
        input: value,
      })
      continue
    }
    if (headerOf.has(key)) {
      issues.push({
        code: 'custom',
        path: [header],
        message: `"${header}" names ${key}, already given as "${headerOf.get(key)}"`,
        input: value,
      })
      continue
    }
    headerOf.set(key, header)
    keyed[key] = value
  }
  const result = schema.safeParse(keyed)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, ...rest] = issue.path
      const header = typeof first === 'string' ? (headerOf.get(first) ?? first) : first
      issues.push({ ...issue, path: header === undefined ? rest : [header, ...rest] })
    }
  }
  if (issues.length > 0 || !result.success) throw new z.ZodError(issues)
  return result.data
}

/**
 * Reads a raw record of surface-water values (a CSV row, a JSON object) into clean values: column
 * headers may be keys or the Chinese names with units; numbers may be text; `--` and empty cells
 * mean not measured (`null`, never 0). Errors name the column.
 *
 * @param raw - the record
 * @param options - columns to skip
 * @returns values by Table 1 key
 * @throws ZodError listing every bad column: unknown indicator, value with a unit, negative value,
 * pH outside 0–14
 * @category Water
 * @see GB 3838-2002 Table 1
 * @example
 * ```ts
 * import { parseSurfaceWaterValues } from 'eco-targets/water'
 * parseSurfaceWaterValues(
 *   { 断面名称: '临江', 'pH(无量纲)': '7.18', '溶解氧(mg/L)': '8.13', '氨氮(mg/L)': '--', '总磷(mg/L)': '0.100' },
 *   { ignore: ['断面名称'] },
 * )
 * //=> { pH: 7.18, DO: 8.13, NH3N: null, TP: 0.1 }
 * ```
 */
export function parseSurfaceWaterValues(
  raw: unknown,
  options: ParseWaterValuesOptions = {},
): SurfaceWaterValues {
  return parseWith(raw, TABLE1_ALIASES, SurfaceWaterValuesSchema, 'GB 3838-2002 Table 1', options)
}

/**
 * Reads a raw record of a surface drinking-water source (Table 1, 2 and 3 items, by key or
 * Chinese name) into clean values, like {@link parseSurfaceWaterValues}.
 *
 * @param raw - the record
 * @param options - columns to skip
 * @returns values by key
 * @throws ZodError naming every bad column
 * @category Water
 * @see GB 3838-2002 Tables 1–3
 * @example
 * ```ts
 * import { parseSurfaceSourceValues } from 'eco-targets/water'
 * parseSurfaceSourceValues({ 氨氮: '0.12', 铁: '0.08', 三氯甲烷: '--' })
 * //=> { NH3N: 0.12, Fe: 0.08, chloroform: null }
 * ```
 */
export function parseSurfaceSourceValues(
  raw: unknown,
  options: ParseWaterValuesOptions = {},
): SurfaceSourceValues {
  return parseWith(raw, SOURCE_ALIASES, SurfaceSourceValuesSchema, 'GB 3838-2002', options)
}

/**
 * Reads a raw record of groundwater values (GB/T 14848-2017 keys or Chinese names) into clean
 * values: numbers, `'notDetected'` for `ND` / `未检出`, `'none'` / `'present'` for 无 / 有, and
 * `null` for `--` or an empty cell.
 *
 * @param raw - the record
 * @param options - columns to skip
 * @returns values by GB/T 14848-2017 key
 * @throws ZodError naming every bad column
 * @category Water
 * @see GB/T 14848-2017 Tables 1–2
 * @example
 * ```ts
 * import { parseGroundwaterValues } from 'eco-targets/water'
 * parseGroundwaterValues({ 肉眼可见物: '无', 阴离子表面活性剂: 'ND', 硝酸盐: '4.2' })
 * //=> { visibleMatter: 'none', LAS: 'notDetected', nitrate: 4.2 }
 * ```
 */
export function parseGroundwaterValues(
  raw: unknown,
  options: ParseWaterValuesOptions = {},
): GroundwaterValues {
  return parseWith(raw, GROUNDWATER_ALIASES, GroundwaterValuesSchema, 'GB/T 14848-2017', options)
}
