import { expect, issue, relocate, text } from '../../../_lib/errors/catalogue.js'
import type { IssueLocation } from '../../../_lib/errors/issue.js'
import { readGroundwaterValue } from '../_groundwater.js'
import { Issues, measurementIssue, objectIssue } from '../_input.js'
import { isTable1Key, table1Kind } from '../_values.js'
import { GB3838_TABLE1 } from '../tables/gb3838-table1.js'
import type { GroundwaterItemKey } from '../tables/gbt14848-2017.js'
import { readCell } from './_cells.js'
import { resolveWaterColumn, type WaterColumnSet } from './columns.js'

const STANDARD: Readonly<Record<WaterColumnSet, string>> = {
  surface: 'GB 3838-2002 表1',
  surfaceSource: 'GB 3838-2002 表1–表3',
  groundwater: 'GB/T 14848-2017',
}

/** Reads one record of a column set; shared by the three readers and the section reader. */
export function readRecordValues(
  record: unknown,
  set: WaterColumnSet,
  ignore: ReadonlySet<string>,
  issues: Issues,
  location?: IssueLocation,
  prefix: readonly (string | number)[] = [],
  unknown?: Set<string>,
): Record<string, number | 'notDetected' | 'none' | 'present' | null> {
  const out: Record<string, number | 'notDetected' | 'none' | 'present' | null> = {}
  const local = new Issues()
  const bad = objectIssue([], record)
  if (bad) local.add(bad)
  const headerOf = new Map<string, string>()
  for (const [header, raw] of bad ? [] : Object.entries(record as object)) {
    if (ignore.has(header)) continue
    const column = resolveWaterColumn(header, set)
    if (column === null && unknown) {
      unknown.add(header)
      continue
    }
    if (column === null) {
      local.add(
        issue({
          code: 'unrecognized_keys',
          path: [header],
          expected: expect.knownColumn(),
          receivedText: JSON.stringify(header),
          hint: text(
            `不是 ${STANDARD[set]} 的项目；不读的列请列入 ignore`,
            `not an item of ${STANDARD[set]}; list columns to skip in ignore`,
          ),
        }),
      )
      continue
    }
    const { key } = column
    const earlier = headerOf.get(key)
    if (earlier !== undefined) {
      local.add(
        issue({
          code: 'duplicate',
          path: [header],
          expected: expect.unique(text(`${key} 列`, `${key} column`)),
          receivedText: `${JSON.stringify(header)} (${JSON.stringify(earlier)})`,
        }),
      )
      continue
    }
    headerOf.set(key, header)
    if (column.wrongUnit !== null) {
      const unit =
        set === 'groundwater'
          ? ''
          : (GB3838_TABLE1[key as keyof typeof GB3838_TABLE1]?.unit ?? 'mg/L')
      local.add(
        issue({
          code: 'invalid_value',
          path: [header],
          expected: text(
            `单位为 ${unit || '标准规定单位'} 的列`,
            `a column in ${unit || "the standard's unit"}`,
          ),
          receivedText: JSON.stringify(header),
        }),
      )
      continue
    }
    const cell = readCell(raw, [header], { groundwater: set === 'groundwater' })
    if ('issue' in cell) {
      local.add(cell.issue)
      continue
    }
    const value = cell.value
    if (value === null) {
      out[key] = null
      continue
    }
    if (set === 'groundwater') {
      const v = readGroundwaterValue(key as GroundwaterItemKey, value, [header], local)
      if (v) out[key] = v.value
      continue
    }
    if (typeof value !== 'number') {
      local.add(
        issue({ code: 'invalid_type', path: [header], expected: expect.number(), received: raw }),
      )
      continue
    }
    const found = isTable1Key(key)
      ? measurementIssue([header], value, table1Kind(key), GB3838_TABLE1[key].unit)
      : measurementIssue([header], value, 'nonNegative', 'mg/L')
    if (found) local.add(found)
    else out[key] = value
  }
  for (const found of local.list) {
    issues.add(relocate(found, { prefix, ...(location ? { location } : {}) }))
  }
  return out
}
