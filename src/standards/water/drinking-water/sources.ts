import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue, relocate, text } from '../../../_lib/errors/catalogue.js'
import { inputIssuesFromZod } from '../../../_lib/errors/from-zod.js'
import { defineOptions } from '../../../_lib/options.js'
import type { Rational } from '../../../_lib/rational.js'
import { isoDateIssue } from '../_dates.js'
import { type ExactValue, exactMean, exactPercent, percent, rationalOf } from '../_exact.js'
import {
  assessGroundwaterExact,
  type CheckedGroundwaterValue,
  meanGroundwaterValues,
  readGroundwaterValues,
} from '../_groundwater.js'
import {
  arrayIssue,
  choiceIssue,
  duplicateIssue,
  Issues,
  idIssue,
  measurementIssue,
  nameIssue,
  objectIssue,
  resolveInto,
} from '../_input.js'
import { meanExact } from '../_means.js'
import { indicatorsOption } from '../_options.js'
import type { SectionIndicatorKey, WaterIndicatorKey } from '../indicators.js'
import type {
  DrinkingWaterSourceResult,
  DrinkingWaterSourceSamplingSchema,
  DrinkingWaterSourceSchema,
  DrinkingWaterSourcesAssessment,
  GroundwaterSourceAssessment,
  SurfaceSourceAssessment,
} from '../results/sources.js'
import type { GroundwaterItemKey } from '../tables/gbt14848-2017.js'
import type { WaterBody } from '../water-class.js'
import { assessSurfaceExact, readSourceValues, type SourceValues } from './_surface.js'

/** One sampling of a drinking-water source. @category Water */
export type DrinkingWaterSourceSampling = z.output<typeof DrinkingWaterSourceSamplingSchema>

/** A drinking-water source with its samplings for the period. @category Water */
export type DrinkingWaterSource = z.output<typeof DrinkingWaterSourceSchema>

/**
 * Options of {@link assessDrinkingWaterSources}: the annual rule (`annualMean`, the default: the
 * period mean of each item must meet; `everySampling`: every sampling with data must meet,
 * “全年均达标”; project decision 9, sources use both wordings) and whether to compute the
 * volume-weighted ratio too (水量达标率; every evaluated source then needs `volume`).
 *
 * @category Water
 * @example
 * ```ts
 * import { AssessDrinkingWaterSourcesOptionsSchema } from 'eco-targets/water'
 * Object.keys(AssessDrinkingWaterSourcesOptionsSchema.def.shape) //=> ['rule', 'volumeWeighted']
 * ```
 */
export const AssessDrinkingWaterSourcesOptionsSchema = zm.strictObject({
  rule: zm.optional(zm.enum(['annualMean', 'everySampling'])),
  volumeWeighted: zm.optional(zm.boolean()),
})

/** Options of {@link assessDrinkingWaterSources}. @category Water */
export type AssessDrinkingWaterSourcesOptions = z.input<
  typeof AssessDrinkingWaterSourcesOptionsSchema
>

const OPTIONS = defineOptions(
  'assessDrinkingWaterSources',
  AssessDrinkingWaterSourcesOptionsSchema,
  (o) => ({ rule: o.rule ?? 'annualMean', volumeWeighted: o.volumeWeighted ?? false }),
)

const SOURCE_ID = text('水源编号', 'source id')

type CheckedSampling =
  | { readonly kind: 'surface'; readonly values: SourceValues }
  | {
      readonly kind: 'groundwater'
      readonly values: Map<GroundwaterItemKey, CheckedGroundwaterValue>
    }

interface CheckedSource {
  readonly source: DrinkingWaterSource
  readonly indicators: SectionIndicatorKey[] | null
  readonly samplings: CheckedSampling[]
}

function checkSource(
  raw: unknown,
  i: number,
  issues: Issues,
  firstType: Map<string, string>,
): CheckedSource | null {
  const notObject = objectIssue([i], raw)
  if (notObject) {
    issues.add(notObject)
    return null
  }
  const s = raw as DrinkingWaterSource
  const before = issues.list.length
  issues.add(idIssue([i, 'id'], s.id))
  issues.add(nameIssue([i, 'name'], s.name))
  issues.add(choiceIssue([i, 'type'], s.type, ['surface', 'groundwater']))
  if (typeof s.id === 'string') {
    const first = firstType.get(s.id)
    if (first !== undefined) {
      // A source given twice: as surface and groundwater it contradicts itself.
      issues.add(
        first !== s.type
          ? issue({
              code: 'conflict',
              path: [i, 'type'],
              expected: expect.sameSourceType(first),
              received: s.type,
            })
          : duplicateIssue([i, 'id'], s.id, SOURCE_ID),
      )
    } else firstType.set(s.id, String(s.type))
  }
  if (s.type === 'surface') {
    issues.add(choiceIssue([i, 'waterBody'], s.waterBody, ['river', 'lake', 'reservoir']))
  }
  let indicators: SectionIndicatorKey[] | null = null
  if (s.indicators !== undefined) {
    const parsed = zm.safeParse(indicatorsOption, s.indicators)
    if (parsed.success) indicators = [...parsed.data]
    else
      for (const f of inputIssuesFromZod(parsed.error.issues, s.indicators))
        issues.add(relocate(f, { prefix: [i, 'indicators'] }))
  }
  if (s.volume !== undefined) issues.add(measurementIssue([i, 'volume'], s.volume, 'nonNegative'))
  const samplings: CheckedSampling[] = []
  const notArray = arrayIssue([i, 'samplings'], s.samplings)
  if (notArray) issues.add(notArray)
  else {
    s.samplings.forEach((sampling, j) => {
      const at = [i, 'samplings', j] as const
      const bad = objectIssue(at, sampling)
      if (bad) {
        issues.add(bad)
        return
      }
      issues.add(isoDateIssue([...at, 'date'], sampling.date))
      if (s.type === 'groundwater') {
        samplings.push({
          kind: 'groundwater',
          values: readGroundwaterValues(sampling.values, [...at, 'values'], issues),
        })
      } else {
        samplings.push({
          kind: 'surface',
          values: readSourceValues(sampling.values, [...at, 'values'], issues),
        })
      }
    })
  }
  return issues.list.length === before ? { source: s, indicators, samplings } : null
}

type Assessment = SurfaceSourceAssessment | GroundwaterSourceAssessment

function assessOne(c: CheckedSource, sampling: CheckedSampling): Assessment {
  return sampling.kind === 'groundwater'
    ? assessGroundwaterExact(sampling.values)
    : assessSurfaceExact(sampling.values, {
        waterBody: c.source.waterBody as WaterBody,
        indicators: c.indicators,
      })
}

function meanSurface(c: CheckedSource): SurfaceSourceAssessment {
  const basics: Map<WaterIndicatorKey, ExactValue>[] = []
  const singles = new Map<string, Rational[]>()
  for (const s of c.samplings) {
    if (s.kind !== 'surface') continue
    basics.push(s.values.basic)
    for (const [k, v] of s.values.single) singles.set(k, [...(singles.get(k) ?? []), rationalOf(v)])
  }
  const single = new Map<string, ExactValue>()
  for (const [k, list] of singles) single.set(k, exactMean(list))
  return assessSurfaceExact(
    { basic: meanExact(basics).means, single },
    { waterBody: c.source.waterBody as WaterBody, indicators: c.indicators },
  )
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
 * @returns each source's verdict, the compliance ratios and the options used
 * @throws {@link InputError} listing every problem with its path: a source given twice
 * (`duplicate`), or once as surface and once as groundwater (`conflict`), a surface source
 * without `waterBody`, an impossible date, bad values, a missing `volume` when `volumeWeighted`
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
  options?: AssessDrinkingWaterSourcesOptions,
): DrinkingWaterSourcesAssessment {
  const issues = new Issues()
  const resolved = resolveInto(OPTIONS, options, issues)
  const checked: CheckedSource[] = []
  const bad = arrayIssue([], sources)
  if (bad) issues.add(bad)
  else {
    const firstType = new Map<string, string>()
    sources.forEach((raw, i) => {
      const c = checkSource(raw, i, issues, firstType)
      if (c) checked.push(c)
    })
  }
  issues.throwIfAny('assessDrinkingWaterSources input')
  const { rule, volumeWeighted } = resolved as NonNullable<typeof resolved>
  const results: DrinkingWaterSourceResult[] = []
  const excluded: { id: string; name?: string; reason: 'noData' }[] = []
  let volumeMet = 0
  let volumeAll = 0
  checked.forEach((c, i) => {
    const { source } = c
    const named =
      source.name === undefined ? { id: source.id } : { id: source.id, name: source.name }
    const perSampling = c.samplings.map((s) => assessOne(c, s)).filter((a) => a.meets !== null)
    if (perSampling.length === 0) {
      excluded.push({ ...named, reason: 'noData' })
      return
    }
    let assessments: Assessment[]
    if (rule === 'everySampling') assessments = perSampling
    else if (source.type === 'groundwater') {
      const values = c.samplings.flatMap((s) => (s.kind === 'groundwater' ? [s.values] : []))
      assessments = [assessGroundwaterExact(meanGroundwaterValues(values))]
    } else assessments = [meanSurface(c)]
    const meets = assessments.every((a) => a.meets === true)
    results.push({
      ...named,
      type: source.type,
      meets,
      samplings: perSampling.length,
      failing: [...new Set(assessments.flatMap((a) => a.failing as string[]))],
      assessments,
    })
    if (volumeWeighted) {
      if (source.volume === undefined) {
        issues.add(
          issue({
            code: 'invalid_type',
            path: [sources.indexOf(source) >= 0 ? sources.indexOf(source) : i, 'volume'],
            expected: expect.volumeWhenWeighted(),
            received: undefined,
          }),
        )
        return
      }
      volumeAll += source.volume
      if (meets) volumeMet += source.volume
    }
  })
  issues.throwIfAny('assessDrinkingWaterSources input')
  const met = results.filter((r) => r.meets).length
  return {
    rule,
    sources: results,
    excluded,
    ratio: { numerator: met, denominator: results.length, percent: percent(met, results.length) },
    volumeRatio: volumeWeighted
      ? {
          numerator: volumeMet,
          denominator: volumeAll,
          percent: exactPercent(volumeMet, volumeAll),
        }
      : null,
    options: { rule, volumeWeighted },
  }
}
