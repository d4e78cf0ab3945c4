import type { z } from 'zod'
import * as zm from 'zod/mini'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { IssueLocation } from '../../../_lib/errors/issue.js'
import { defineOptions } from '../../../_lib/options.js'
import { Issues, resolveInto } from '../_input.js'
import type { SurfaceSourceValues } from '../drinking-water/surface-source.js'
import type { SurfaceWaterValues } from '../results/section.js'
import type { GroundwaterValues } from '../results/sources.js'
import { readRecordValues } from './_record.js'
import type { WaterColumnSet } from './columns.js'

const shape = {
  ignore: zm.optional(zm.readonly(zm.array(zm.string()))),
  location: zm.optional(
    zm.strictObject({
      file: zm.optional(zm.string()),
      line: zm.optional(zm.int().check(zm.gte(1))),
      column: zm.optional(zm.int().check(zm.gte(1))),
    }),
  ),
}

/**
 * Options of {@link parseSurfaceWaterValues}: columns to skip (names, places, times, indicators
 * outside the standard) and where the record was read (every issue then carries it).
 *
 * @category Water
 * @example
 * ```ts
 * import { ParseSurfaceWaterValuesOptionsSchema } from 'eco-targets/water'
 * Object.keys(ParseSurfaceWaterValuesOptionsSchema.def.shape) //=> ['ignore', 'location']
 * ```
 */
export const ParseSurfaceWaterValuesOptionsSchema = zm.strictObject(shape)
/** Options of {@link parseSurfaceWaterValues}. @category Water */
export type ParseSurfaceWaterValuesOptions = z.input<typeof ParseSurfaceWaterValuesOptionsSchema>

/**
 * Options of {@link parseSurfaceSourceValues}, as for {@link parseSurfaceWaterValues}.
 *
 * @category Water
 * @example
 * ```ts
 * import { ParseSurfaceSourceValuesOptionsSchema } from 'eco-targets/water'
 * Object.keys(ParseSurfaceSourceValuesOptionsSchema.def.shape) //=> ['ignore', 'location']
 * ```
 */
export const ParseSurfaceSourceValuesOptionsSchema = zm.strictObject(shape)
/** Options of {@link parseSurfaceSourceValues}. @category Water */
export type ParseSurfaceSourceValuesOptions = z.input<typeof ParseSurfaceSourceValuesOptionsSchema>

/**
 * Options of {@link parseGroundwaterValues}, as for {@link parseSurfaceWaterValues}.
 *
 * @category Water
 * @example
 * ```ts
 * import { ParseGroundwaterValuesOptionsSchema } from 'eco-targets/water'
 * Object.keys(ParseGroundwaterValuesOptionsSchema.def.shape) //=> ['ignore', 'location']
 * ```
 */
export const ParseGroundwaterValuesOptionsSchema = zm.strictObject(shape)
/** Options of {@link parseGroundwaterValues}. @category Water */
export type ParseGroundwaterValuesOptions = z.input<typeof ParseGroundwaterValuesOptionsSchema>

const fill = (o: z.output<typeof ParseSurfaceWaterValuesOptionsSchema>) => ({
  ignore: new Set(o.ignore ?? []),
  location: o.location as IssueLocation | undefined,
})
const DEFINITIONS = {
  surface: defineOptions('parseSurfaceWaterValues', ParseSurfaceWaterValuesOptionsSchema, fill),
  surfaceSource: defineOptions(
    'parseSurfaceSourceValues',
    ParseSurfaceSourceValuesOptionsSchema,
    fill,
  ),
  groundwater: defineOptions('parseGroundwaterValues', ParseGroundwaterValuesOptionsSchema, fill),
} as const

function parseWith(record: unknown, set: WaterColumnSet, options: unknown, context: string) {
  const issues = new Issues()
  const resolved = resolveInto(
    DEFINITIONS[set] as (typeof DEFINITIONS)['surface'],
    options as never,
    issues,
  )
  if (!resolved) throw new InputError(`${context} options`, issues.list)
  const values = readRecordValues(record, set, resolved.ignore, issues, resolved.location)
  issues.throwIfAny(context)
  return values
}

/**
 * Reads a raw record of surface-water values (a CSV row, a JSON object) into clean values: column
 * headers may be keys, the Chinese names with units as CNEMC publishes them, or an alias of
 * {@link WATER_COLUMN_ALIASES}; numbers may be text; the shared no-value texts (`--`, an empty
 * cell, `NA`, `/`, …) mean not measured (`null`, never 0). Every problem names its column.
 *
 * @param record - the record
 * @param options - columns to skip, and where the record was read
 * @returns values by Table 1 key
 * @throws {@link InputError} listing every bad column: an unknown header, a header naming an
 * item twice or in another unit, a value with a unit or not a number, a negative value, a pH
 * outside 0–14
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
  record: unknown,
  options?: ParseSurfaceWaterValuesOptions,
): SurfaceWaterValues {
  return parseWith(
    record,
    'surface',
    options,
    'parseSurfaceWaterValues input',
  ) as SurfaceWaterValues
}

/**
 * Reads a raw record of a surface drinking-water source (Table 1, 2 and 3 items, by key or
 * Chinese name) into clean values, like {@link parseSurfaceWaterValues}.
 *
 * @param record - the record
 * @param options - columns to skip, and where the record was read
 * @returns values by key
 * @throws {@link InputError} naming every bad column
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
  record: unknown,
  options?: ParseSurfaceSourceValuesOptions,
): SurfaceSourceValues {
  return parseWith(
    record,
    'surfaceSource',
    options,
    'parseSurfaceSourceValues input',
  ) as SurfaceSourceValues
}

/**
 * Reads a raw record of groundwater values (GB/T 14848-2017 keys or Chinese names) into clean
 * values: numbers, `'notDetected'` for `ND` / `未检出`, `'none'` / `'present'` for 无 / 有, and
 * `null` for the no-value texts.
 *
 * @param record - the record
 * @param options - columns to skip, and where the record was read
 * @returns values by GB/T 14848-2017 key
 * @throws {@link InputError} naming every bad column
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
  record: unknown,
  options?: ParseGroundwaterValuesOptions,
): GroundwaterValues {
  return parseWith(
    record,
    'groundwater',
    options,
    'parseGroundwaterValues input',
  ) as GroundwaterValues
}
