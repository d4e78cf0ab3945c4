import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue } from '../../../_lib/errors/catalogue.js'
import { defineOptions } from '../../../_lib/options.js'
import { isoDateIssue } from '../_dates.js'
import { arrayIssue, choiceIssue, Issues, idIssue, objectIssue, resolveInto } from '../_input.js'
import type { GroundwaterValues } from '../results/sources.js'
import type { WaterBody } from '../water-class.js'
import type { DrinkingWaterSource } from './sources.js'
import type { SurfaceSourceValues } from './surface-source.js'

/**
 * One sampling of a drinking-water source as monitoring records give it (shape-compatible with
 * `DrinkingWaterSampleObservation`).
 *
 * @category Water
 */
export interface DrinkingWaterSamplingRecord {
  readonly source: string
  readonly name?: string | undefined
  readonly sourceType: 'surface' | 'groundwater'
  readonly waterBody?: WaterBody | undefined
  readonly date: string
  readonly values: SurfaceSourceValues | GroundwaterValues
  readonly volume?: number | undefined
}

/**
 * Options of {@link groupDrinkingWaterSamplings}: `indices`, the index of each record in the
 * caller's list, so that issue paths point at the caller's records (e.g. the observations an
 * evaluator picked out of a longer list).
 *
 * @category Water
 * @example
 * ```ts
 * import { GroupDrinkingWaterSamplingsOptionsSchema } from 'eco-targets/water'
 * Object.keys(GroupDrinkingWaterSamplingsOptionsSchema.def.shape) //=> ['indices']
 * ```
 */
export const GroupDrinkingWaterSamplingsOptionsSchema = zm.strictObject({
  indices: zm.optional(zm.readonly(zm.array(zm.int().check(zm.gte(0))))),
})

/** Options of {@link groupDrinkingWaterSamplings}. @category Water */
export type GroupDrinkingWaterSamplingsOptions = z.input<
  typeof GroupDrinkingWaterSamplingsOptionsSchema
>

const OPTIONS = defineOptions(
  'groupDrinkingWaterSamplings',
  GroupDrinkingWaterSamplingsOptionsSchema,
  (o) => ({ indices: o.indices ?? null }),
)

/**
 * Groups samplings into drinking-water sources for {@link assessDrinkingWaterSources}, checking
 * that the records of one source agree: the same source given as surface water and as
 * groundwater, or on two water bodies, is a `conflict` (never judged on the wrong standard, never
 * counted twice). Volumes of a source's samplings are added up.
 *
 * @param records - the samplings, any order
 * @param options - the index of each record in the caller's list
 * @returns the sources in order of first appearance
 * @throws {@link InputError} with a `conflict` issue at `[i, 'sourceType']` or
 * `[i, 'waterBody']` for each record contradicting an earlier one of its source, and an issue at
 * `[i, 'date']` for a date that is not a calendar day (2022-02-30)
 * @category Water
 * @see project decision 9; GB 3838-2002 §5.3; GB/T 14848-2017
 * @example
 * ```ts
 * import { groupDrinkingWaterSamplings } from 'eco-targets/water'
 * groupDrinkingWaterSamplings([
 *   { source: 'w1', sourceType: 'groundwater', date: '2022-03-01', values: { nitrate: 4 } },
 *   { source: 'w1', sourceType: 'groundwater', date: '2022-09-01', values: { nitrate: 6 } },
 * ]).map((s) => [s.id, s.samplings.length]) //=> [['w1', 2]]
 * ```
 */
export function groupDrinkingWaterSamplings(
  records: readonly DrinkingWaterSamplingRecord[],
  options?: GroupDrinkingWaterSamplingsOptions,
): DrinkingWaterSource[] {
  const issues = new Issues()
  const resolved = resolveInto(OPTIONS, options, issues)
  const bad = arrayIssue([], records)
  if (bad) issues.add(bad)
  issues.throwIfAny('groupDrinkingWaterSamplings input')
  const indices = resolved?.indices ?? null
  const at = (i: number) => indices?.[i] ?? i
  const sources = new Map<
    string,
    { first: DrinkingWaterSamplingRecord; all: DrinkingWaterSamplingRecord[] }
  >()
  records.forEach((r, i) => {
    const notObject = objectIssue([at(i)], r)
    if (notObject) {
      issues.add(notObject)
      return
    }
    const before = issues.list.length
    issues.add(idIssue([at(i), 'source'], r.source))
    issues.add(choiceIssue([at(i), 'sourceType'], r.sourceType, ['surface', 'groundwater']))
    // at the caller's record: once grouped, a date is only at `[source].samplings[k]`
    issues.add(isoDateIssue([at(i), 'date'], r.date))
    if (issues.list.length > before) return
    const known = sources.get(r.source)
    if (!known) {
      sources.set(r.source, { first: r, all: [r] })
      return
    }
    if (known.first.sourceType !== r.sourceType) {
      issues.add(
        issue({
          code: 'conflict',
          path: [at(i), 'sourceType'],
          expected: expect.sameSourceType(known.first.sourceType),
          received: r.sourceType,
        }),
      )
      return
    }
    const body = known.first.waterBody ?? known.all.find((x) => x.waterBody)?.waterBody
    if (r.waterBody !== undefined && body !== undefined && r.waterBody !== body) {
      issues.add(
        issue({
          code: 'conflict',
          path: [at(i), 'waterBody'],
          expected: expect.sameWaterBody(body),
          received: r.waterBody,
        }),
      )
      return
    }
    known.all.push(r)
  })
  issues.throwIfAny('groupDrinkingWaterSamplings input')
  return [...sources.values()].map(({ first, all }) => {
    const name = all.find((r) => r.name)?.name
    const waterBody = all.find((r) => r.waterBody)?.waterBody
    const volumes = all.flatMap((r) => (r.volume === undefined ? [] : [r.volume]))
    return {
      id: first.source,
      ...(name ? { name } : {}),
      type: first.sourceType,
      ...(waterBody ? { waterBody } : {}),
      ...(volumes.length ? { volume: volumes.reduce((a, b) => a + b, 0) } : {}),
      samplings: all.map((r) => ({ date: r.date, values: r.values })),
    }
  })
}
