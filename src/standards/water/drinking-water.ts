import type { Rational } from '../../_lib/rational.js'
import {
  checkMeasurement,
  compareToLimit,
  type ExactValue,
  exactMean,
  exactPercent,
  exactValue,
  exceedanceMultiple,
  percent,
  rationalOf,
} from './_exact.js'
import { meanExact } from './classify-period.js'
import {
  classifySectionExact,
  readSurfaceValues,
  type SectionClassification,
} from './classify-section.js'
import {
  GB3838_TABLE2,
  GB3838_TABLE3,
  type SpecificItemKey,
  type SupplementaryItemKey,
} from './gb3838-tables-2-3.js'
import type { GroundwaterItemKey } from './gbt14848-2017.js'
import {
  classifyGroundwater,
  type GroundwaterClassification,
  type GroundwaterValues,
  meanGroundwaterValues,
} from './groundwater.js'
import type { SectionIndicatorKey, WaterIndicatorKey } from './indicators.js'
import { WaterIndicatorKeySchema } from './indicators.js'
import type { CountRatio } from './section-set.js'
import type { WaterBody } from './water-class.js'

/**
 * Values of a surface drinking-water source: Table 1 items, and the Table 2 and Table 3 items
 * monitored, by key (mg/L). `null` or absent means not measured.
 *
 * @category Water
 */
export type SurfaceSourceValues = Readonly<
  Partial<Record<WaterIndicatorKey | SupplementaryItemKey | SpecificItemKey, number | null>>
>

/** Options of {@link assessSurfaceSource}. @category Water */
export interface AssessSurfaceSourceOptions {
  /** The water body of the source (reservoir sources take the 湖、库 TP limits). */
  readonly waterBody: WaterBody
  /** The 5+X list of basic indicators; default the 21 indicators of 22号. */
  readonly indicators?: readonly SectionIndicatorKey[]
}

/** One Table 2 or Table 3 item checked against its limit. @category Water */
export interface SingleLimitCheck {
  /** The item. */
  readonly item: SupplementaryItemKey | SpecificItemKey
  /** Table 2 (supplementary) or 3 (specific). */
  readonly table: 2 | 3
  /** The value. */
  readonly value: number
  /** The limit. */
  readonly limit: number
  /** value ≤ limit. */
  readonly within: boolean
  /** 超标倍数 (value − limit) / limit when over the limit, else `null`. */
  readonly exceedanceMultiple: number | null
}

/** Whether a surface source meets class Ⅲ, and why. @category Water */
export interface SurfaceSourceAssessment {
  /** True when the basic class is Ⅲ or better and every Table 2/3 item is within its limit; `null` without basic data. */
  readonly meets: boolean | null
  /** The class of the basic items (Table 1, 22号 rules, exceedances against class Ⅲ). */
  readonly basic: SectionClassification
  /** Table 2 items supplied, in table order. */
  readonly supplementary: readonly SingleLimitCheck[]
  /** Table 3 items supplied, in table order. */
  readonly specific: readonly SingleLimitCheck[]
  /** Every item that fails: basic items above class Ⅲ, Table 2/3 items over their limit. */
  readonly failing: readonly string[]
}

const TABLE1_KEYS = new Set<string>(WaterIndicatorKeySchema.options)

/** Splits and validates surface-source values. @internal */
export function readSourceValues(
  values: SurfaceSourceValues,
  where: string,
): { basic: Map<WaterIndicatorKey, ExactValue>; single: Map<string, ExactValue> } {
  if (values === null || typeof values !== 'object') {
    throw new RangeError(`${where}: expected an object of values`)
  }
  const basicRaw: Record<string, number | null> = {}
  const single = new Map<string, ExactValue>()
  for (const [key, raw] of Object.entries(values)) {
    if (TABLE1_KEYS.has(key)) {
      basicRaw[key] = raw as number | null
      continue
    }
    if (!(key in GB3838_TABLE2) && !(key in GB3838_TABLE3)) {
      throw new RangeError(
        `${where}.${key}: unknown surface-source item "${key}" (expected a GB 3838-2002 Table 1, 2 or 3 key)`,
      )
    }
    if (raw === null || raw === undefined) continue
    checkMeasurement(`${where}.${key}`, raw)
    single.set(key, exactValue(raw))
  }
  return { basic: readSurfaceValues(basicRaw, where), single }
}

function checkSingle(key: string, v: ExactValue): SingleLimitCheck {
  const table2 = key in GB3838_TABLE2
  const def = table2
    ? GB3838_TABLE2[key as SupplementaryItemKey]
    : GB3838_TABLE3[key as SpecificItemKey]
  const within = compareToLimit(v, def.limit) <= 0
  return {
    item: def.key,
    table: table2 ? 2 : 3,
    value: v.value,
    limit: def.limit,
    within,
    exceedanceMultiple: within ? null : exceedanceMultiple(v, def.limit),
  }
}

function assessSurfaceExact(
  basic: ReadonlyMap<WaterIndicatorKey, ExactValue>,
  single: ReadonlyMap<string, ExactValue>,
  options: AssessSurfaceSourceOptions,
): SurfaceSourceAssessment {
  const classification = classifySectionExact(basic, {
    waterBody: options.waterBody,
    baseClass: 3,
    ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
  })
  const supplementary: SingleLimitCheck[] = []
  const specific: SingleLimitCheck[] = []
  for (const key of Object.keys(GB3838_TABLE2)) {
    const v = single.get(key)
    if (v !== undefined) supplementary.push(checkSingle(key, v))
  }
  for (const key of Object.keys(GB3838_TABLE3)) {
    const v = single.get(key)
    if (v !== undefined) specific.push(checkSingle(key, v))
  }
  const failing = [
    ...classification.exceeding.map((r) => r.indicator),
    ...supplementary.filter((c) => !c.within).map((c) => c.item),
    ...specific.filter((c) => !c.within).map((c) => c.item),
  ]
  return {
    // Decision 9: basic class ≤ Ⅲ and every supplied Table 2 / Table 3 item within its limit.
    meets: classification.waterClass === null ? null : failing.length === 0,
    basic: classification,
    supplementary,
    specific,
    failing,
  }
}

/**
 * Whether a surface drinking-water source meets class Ⅲ: its basic-item class (Table 1 under
 * the 22号 rules: water temperature, TN and fecal coliform do not count) is Ⅲ or better, and
 * every supplied Table 2 and Table 3 item is within its limit.
 *
 * @param values - Table 1, 2 and 3 values by key (mg/L)
 * @param options - the water body and an optional 5+X list
 * @returns the verdict with the basic class and each Table 2/3 check; `meets` is `null` when no
 * basic item has a value
 * @throws RangeError naming the item for an unknown key or a bad value
 * @category Water
 * @see GB 3838-2002 §5.3 (表1基本项目、表2补充项目、表3特定项目); project decision 9
 * @example
 * ```ts
 * import { assessSurfaceSource } from 'eco-targets/water'
 * const r = assessSurfaceSource(
 *   { pH: 7.6, DO: 7.9, CODMn: 2.1, NH3N: 0.12, TP: 0.03, Fe: 0.45, Mn: 0.04, benzene: 0.002 },
 *   { waterBody: 'reservoir' },
 * )
 * r.basic.label //=> 'Ⅲ'
 * r.meets       //=> false
 * r.failing     //=> ['Fe']
 * ```
 */
export function assessSurfaceSource(
  values: SurfaceSourceValues,
  options: AssessSurfaceSourceOptions,
): SurfaceSourceAssessment {
  const { basic, single } = readSourceValues(values, 'values')
  return assessSurfaceExact(basic, single, options)
}

/** Whether a groundwater source meets class Ⅲ. @category Water */
export interface GroundwaterSourceAssessment {
  /** True when the GB/T 14848-2017 class is Ⅲ or better; `null` without data. */
  readonly meets: boolean | null
  /** The classification. */
  readonly classification: GroundwaterClassification
  /** Items worse than class Ⅲ. */
  readonly failing: readonly GroundwaterItemKey[]
}

/**
 * Whether a groundwater drinking-water source meets GB/T 14848-2017 class Ⅲ (worst item class
 * Ⅲ or better).
 *
 * @param values - values by GB/T 14848-2017 key
 * @returns the verdict with the classification and the items worse than class Ⅲ
 * @throws RangeError naming the item for an unknown key or a bad value
 * @category Water
 * @see GB/T 14848-2017 §6; 地下水型饮用水水源按GB/T 14848 Ⅲ类评价
 * @example
 * ```ts
 * import { assessGroundwaterSource } from 'eco-targets/water'
 * const r = assessGroundwaterSource({ pH: 7.2, nitrate: 22, F: 0.8, Mn: 0.02 })
 * r.meets   //=> false
 * r.failing //=> ['nitrate']
 * ```
 */
export function assessGroundwaterSource(values: GroundwaterValues): GroundwaterSourceAssessment {
  const classification = classifyGroundwater(values)
  return {
    meets: classification.waterClass === null ? null : classification.waterClass <= 3,
    classification,
    failing: classification.items.filter((r) => r.waterClass > 3).map((r) => r.item),
  }
}

/** One sampling of a drinking-water source. @category Water */
export interface DrinkingWaterSourceSampling {
  /** Sampling date, `YYYY-MM-DD`. */
  readonly date: string
  /** Values: GB 3838 keys for surface sources, GB/T 14848 keys for groundwater sources. */
  readonly values: SurfaceSourceValues | GroundwaterValues
}

/** A drinking-water source with its samplings for the period. @category Water */
export interface DrinkingWaterSource {
  /** Stable id, unique in the list. */
  readonly id: string
  /** Display name. */
  readonly name?: string
  /** Surface or groundwater source. */
  readonly type: 'surface' | 'groundwater'
  /** Surface sources: the water body (reservoirs and lakes take the 湖、库 TP limits). */
  readonly waterBody?: WaterBody
  /** Surface sources: an optional 5+X list. */
  readonly indicators?: readonly SectionIndicatorKey[]
  /** Water supplied in the period (any unit, the same for every source), for volume weighting. */
  readonly volume?: number
  /** The samplings of the period. */
  readonly samplings: readonly DrinkingWaterSourceSampling[]
}

/** Options of {@link assessDrinkingWaterSources}. @category Water */
export interface AssessDrinkingWaterSourcesOptions {
  /**
   * `annualMean` (default): the period mean of each item must meet; `everySampling`: every
   * sampling with data must meet (“全年均达标”). Project decision 9; sources use both wordings.
   */
  readonly rule?: 'annualMean' | 'everySampling'
  /** Also compute the volume-weighted ratio (水量达标率); every evaluated source needs `volume`. */
  readonly volumeWeighted?: boolean
}

/** One source's verdict. @category Water */
export interface DrinkingWaterSourceResult {
  /** Source id. */
  readonly id: string
  /** Display name. */
  readonly name?: string
  /** Surface or groundwater. */
  readonly type: 'surface' | 'groundwater'
  /** Whether the source meets class Ⅲ under the rule. */
  readonly meets: boolean
  /** Samplings with data. */
  readonly samplings: number
  /** Items that failed (in the mean, or in any sampling under `everySampling`). */
  readonly failing: readonly string[]
  /** The assessment of the period means (`annualMean`) or of each sampling with data. */
  readonly assessments: readonly (SurfaceSourceAssessment | GroundwaterSourceAssessment)[]
}

/** Compliance of a set of drinking-water sources. @category Water */
export interface DrinkingWaterSourcesAssessment {
  /** The rule used. */
  readonly rule: 'annualMean' | 'everySampling'
  /** Every source with data, in input order. */
  readonly sources: readonly DrinkingWaterSourceResult[]
  /** Sources without any valid data: listed, never counted as meeting. */
  readonly excluded: readonly {
    readonly id: string
    readonly name?: string
    readonly reason: 'noData'
  }[]
  /** Sources meeting class Ⅲ / sources evaluated (水质达到或优于Ⅲ类比例, by count). */
  readonly ratio: CountRatio
  /** Volume meeting / volume of the evaluated sources, when `volumeWeighted`. */
  readonly volumeRatio: {
    readonly numerator: number
    readonly denominator: number
    readonly percent: number | null
  } | null
}

function assessSampling(
  source: DrinkingWaterSource,
  values: SurfaceSourceValues | GroundwaterValues,
  where: string,
): SurfaceSourceAssessment | GroundwaterSourceAssessment {
  if (source.type === 'groundwater') return assessGroundwaterSource(values as GroundwaterValues)
  const { basic, single } = readSourceValues(values as SurfaceSourceValues, where)
  return assessSurfaceExact(basic, single, surfaceOptions(source))
}

function surfaceOptions(source: DrinkingWaterSource): AssessSurfaceSourceOptions {
  if (source.waterBody === undefined) {
    throw new RangeError(`source "${source.id}": a surface source needs waterBody`)
  }
  return source.indicators === undefined
    ? { waterBody: source.waterBody }
    : { waterBody: source.waterBody, indicators: source.indicators }
}

function hasData(a: SurfaceSourceAssessment | GroundwaterSourceAssessment): boolean {
  return a.meets !== null
}

function meanSurface(source: DrinkingWaterSource, where: string): SurfaceSourceAssessment {
  const basics: Map<WaterIndicatorKey, ExactValue>[] = []
  const singles = new Map<string, Rational[]>()
  source.samplings.forEach((s, i) => {
    const { basic, single } = readSourceValues(
      s.values as SurfaceSourceValues,
      `${where}.samplings[${i}].values`,
    )
    basics.push(basic)
    for (const [k, v] of single) singles.set(k, [...(singles.get(k) ?? []), rationalOf(v)])
  })
  const singleMeans = new Map<string, ExactValue>()
  for (const [k, list] of singles) singleMeans.set(k, exactMean(list))
  return assessSurfaceExact(meanExact(basics).means, singleMeans, surfaceOptions(source))
}

/**
 * Compliance of a set of drinking-water sources for a period: each source meets class Ⅲ
 * (surface: {@link assessSurfaceSource}; groundwater: {@link assessGroundwaterSource}) on the
 * period mean of each item (default) or in every sampling; the ratio of sources meeting by count,
 * and by volume as an option. A source without valid data is listed as excluded and never counted
 * as meeting.
 *
 * @param sources - the sources with their samplings
 * @param options - the annual rule and volume weighting
 * @returns each source's verdict and the compliance ratios
 * @throws RangeError for duplicate ids, a surface source without `waterBody`, bad values (naming
 * the source and sampling), or a missing `volume` when `volumeWeighted`
 * @category Water
 * @see GB 3838-2002 §5.3; GB/T 14848-2017 §6; project decision 9
 * @example
 * ```ts
 * import { assessDrinkingWaterSources } from 'eco-targets/water'
 * const r = assessDrinkingWaterSources([
 *   { id: 'north', type: 'groundwater', volume: 300, samplings: [
 *     { date: '2022-03-01', values: { nitrate: 18, F: 0.7 } },
 *     { date: '2022-09-01', values: { nitrate: 24, F: 0.7 } },
 *   ] },
 *   { id: 'east', type: 'groundwater', volume: 100, samplings: [
 *     { date: '2022-03-01', values: { nitrate: 4, F: 1.6 } },
 *   ] },
 *   { id: 'west', type: 'groundwater', samplings: [] },
 * ], { volumeWeighted: true })
 * r.ratio          //=> { numerator: 0, denominator: 2, percent: 0 }
 * r.sources[0]?.failing //=> ['nitrate']
 * r.excluded       //=> [{ id: 'west', reason: 'noData' }]
 * ```
 */
export function assessDrinkingWaterSources(
  sources: readonly DrinkingWaterSource[],
  options: AssessDrinkingWaterSourcesOptions = {},
): DrinkingWaterSourcesAssessment {
  const rule = options.rule ?? 'annualMean'
  if (rule !== 'annualMean' && rule !== 'everySampling') {
    throw new RangeError(
      `options.rule: expected 'annualMean' or 'everySampling', got ${String(rule)}`,
    )
  }
  const seen = new Set<string>()
  const results: DrinkingWaterSourceResult[] = []
  const excluded: { id: string; name?: string; reason: 'noData' }[] = []
  let volumeMet = 0
  let volumeAll = 0
  sources.forEach((source, i) => {
    const where = `sources[${i}]`
    if (seen.has(source.id)) throw new RangeError(`${where}.id: duplicate source id "${source.id}"`)
    seen.add(source.id)
    if (source.type !== 'surface' && source.type !== 'groundwater') {
      throw new RangeError(`${where}.type: expected 'surface' or 'groundwater'`)
    }
    const named =
      source.name === undefined ? { id: source.id } : { id: source.id, name: source.name }
    const perSampling = source.samplings
      .map((s, j) => assessSampling(source, s.values, `${where}.samplings[${j}].values`))
      .filter(hasData)
    if (perSampling.length === 0) {
      excluded.push({ ...named, reason: 'noData' })
      return
    }
    let assessments: (SurfaceSourceAssessment | GroundwaterSourceAssessment)[]
    if (rule === 'everySampling') {
      assessments = perSampling
    } else if (source.type === 'groundwater') {
      const mean = meanGroundwaterValues(source.samplings.map((s) => s.values as GroundwaterValues))
      assessments = [assessGroundwaterSource(mean)]
    } else {
      assessments = [meanSurface(source, where)]
    }
    const meets = assessments.every((a) => a.meets === true)
    const failing = [...new Set(assessments.flatMap((a) => a.failing))]
    results.push({
      ...named,
      type: source.type,
      meets,
      samplings: perSampling.length,
      failing,
      assessments,
    })
    if (options.volumeWeighted) {
      if (source.volume === undefined) {
        throw new RangeError(
          `${where}.volume: volume weighting needs the volume of every source with data`,
        )
      }
      checkMeasurement(`${where}.volume`, source.volume)
      volumeAll += source.volume
      if (meets) volumeMet += source.volume
    }
  })
  const met = results.filter((r) => r.meets).length
  return {
    rule,
    sources: results,
    excluded,
    ratio: { numerator: met, denominator: results.length, percent: percent(met, results.length) },
    volumeRatio: options.volumeWeighted
      ? {
          numerator: volumeMet,
          denominator: volumeAll,
          percent: exactPercent(volumeMet, volumeAll),
        }
      : null,
  }
}
