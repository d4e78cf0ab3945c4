import { compareToLimit, type ExactValue, exactValue, exceedanceMultiple } from '../_exact.js'
import {
  type Issues,
  measurementIssue,
  objectIssue,
  type Path,
  unknownItemIssue,
} from '../_input.js'
import { classifySectionExact } from '../_section.js'
import { isTable1Key, readTable1Value } from '../_values.js'
import type { SectionIndicatorKey, WaterIndicatorKey } from '../indicators.js'
import { WaterIndicatorKeySchema } from '../indicators.js'
import type { SingleLimitCheck, SurfaceSourceAssessment } from '../results/sources.js'
import { GB3838_TABLE2, type SupplementaryItemKey } from '../tables/gb3838-table2.js'
import { GB3838_TABLE3, type SpecificItemKey } from '../tables/gb3838-table3.js'
import type { WaterBody } from '../water-class.js'

const KNOWN: readonly string[] = [
  ...WaterIndicatorKeySchema.options,
  ...Object.keys(GB3838_TABLE2),
  ...Object.keys(GB3838_TABLE3),
]

/** Values of a surface source split into Table 1 items and single-limit (Table 2/3) items. */
export interface SourceValues {
  readonly basic: Map<WaterIndicatorKey, ExactValue>
  readonly single: Map<string, ExactValue>
}

/** Reads the values of a surface source (GB 3838-2002 Tables 1–3), adding problems to `issues`. */
export function readSourceValues(values: unknown, path: Path, issues: Issues): SourceValues {
  const basic = new Map<WaterIndicatorKey, ExactValue>()
  const single = new Map<string, ExactValue>()
  const bad = objectIssue(path, values)
  if (bad) {
    issues.add(bad)
    return { basic, single }
  }
  for (const [key, raw] of Object.entries(values as object)) {
    if (isTable1Key(key)) {
      const v = readTable1Value(key, raw, [...path, key], issues)
      if (v !== undefined) basic.set(key, v)
      continue
    }
    if (!(key in GB3838_TABLE2) && !(key in GB3838_TABLE3)) {
      issues.add(unknownItemIssue(path, key, KNOWN, 'GB 3838-2002 表1–表3'))
      continue
    }
    if (raw === null || raw === undefined) continue
    const found = measurementIssue([...path, key], raw, 'nonNegative', 'mg/L')
    if (found) issues.add(found)
    else single.set(key, exactValue(raw as number))
  }
  return { basic, single }
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

/** Decision 9 on checked values: basic class ≤ Ⅲ and every supplied Table 2 / 3 item within its limit. */
export function assessSurfaceExact(
  { basic, single }: SourceValues,
  options: { readonly waterBody: WaterBody; readonly indicators: SectionIndicatorKey[] | null },
): SurfaceSourceAssessment {
  const classification = classifySectionExact(basic, {
    waterBody: options.waterBody,
    indicators: options.indicators,
    baseClass: 3,
    doSaturationPercent: null,
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
    ...classification.exceeding.map((r) => r.indicator as string),
    ...supplementary.filter((c) => !c.within).map((c) => c.item),
    ...specific.filter((c) => !c.within).map((c) => c.item),
  ]
  return {
    meets: classification.waterClass === null ? null : failing.length === 0,
    basic: classification,
    supplementary,
    specific,
    failing,
    options: { waterBody: options.waterBody, indicators: options.indicators },
  }
}
