import { type ExactValue, exactValue } from './_exact.js'
import {
  type Issues,
  measurementIssue,
  objectIssue,
  type Path,
  unknownItemIssue,
} from './_input.js'
import { type WaterIndicatorKey, WaterIndicatorKeySchema } from './indicators.js'
import { GB3838_TABLE1 } from './tables/gb3838-table1.js'

const TABLE1_KEYS: readonly string[] = WaterIndicatorKeySchema.options
const TABLE1: ReadonlySet<string> = new Set(TABLE1_KEYS)

/** How a Table 1 value is checked: pH 0–14, water temperature any finite number, the rest ≥ 0. */
export function table1Kind(key: WaterIndicatorKey): 'pH' | 'finite' | 'nonNegative' {
  return key === 'pH' ? 'pH' : key === 'waterTemp' ? 'finite' : 'nonNegative'
}

/** Whether a key is a GB 3838-2002 Table 1 key. */
export function isTable1Key(key: string): key is WaterIndicatorKey {
  return TABLE1.has(key)
}

/** Checks one Table 1 value; adds its problem and returns `undefined` when it is bad or absent. */
export function readTable1Value(
  key: WaterIndicatorKey,
  raw: unknown,
  path: Path,
  issues: Issues,
): ExactValue | undefined {
  if (raw === null || raw === undefined) return undefined
  const found = measurementIssue(path, raw, table1Kind(key), GB3838_TABLE1[key].unit)
  if (found) {
    issues.add(found)
    return undefined
  }
  return exactValue(raw as number)
}

/**
 * Reads surface-water values by Table 1 key, exactly; every unknown key and bad value is added to
 * `issues` at `path`.
 */
export function readSurfaceValues(
  values: unknown,
  path: Path,
  issues: Issues,
): Map<WaterIndicatorKey, ExactValue> {
  const out = new Map<WaterIndicatorKey, ExactValue>()
  const bad = objectIssue(path, values)
  if (bad) {
    issues.add(bad)
    return out
  }
  for (const [key, raw] of Object.entries(values as object)) {
    if (!isTable1Key(key)) {
      issues.add(unknownItemIssue(path, key, TABLE1_KEYS, 'GB 3838-2002 表1'))
      continue
    }
    const v = readTable1Value(key, raw, [...path, key], issues)
    if (v !== undefined) out.set(key, v)
  }
  return out
}
