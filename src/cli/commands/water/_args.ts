// The arguments of `eco-targets water` that need more than their option's type.
import {
  expectations,
  FIVE_BASIC_INDICATORS,
  localizedText,
  parseWaterPeriod,
  SECTION_INDICATORS,
  type SectionIndicatorKey,
  type SectionRecords,
} from '../../../standards/water/index.js'
import { UsageError } from '../../errors.js'
import { inputError, issueAt } from '../../input/located.js'
import { originOf } from './_read.js'

/**
 * Checks `--period`: a year, a quarter or a month.
 *
 * @param period - the value given
 * @throws {@link UsageError} for anything else
 */
export function checkPeriod(period: string): void {
  try {
    parseWaterPeriod(period)
  } catch {
    throw new UsageError({
      zh: `--period 应为 YYYY、YYYY-Qn 或 YYYY-MM（实际为 "${period}"）`,
      en: `--period must be YYYY, YYYY-Qn or YYYY-MM (got "${period}")`,
    })
  }
}

/**
 * Checks that every sampling has a date for `--period`, naming the flag (the library's
 * `assessSections` has the same rule, worded for its `period` option).
 *
 * @param sections - the sections read
 * @throws the library's `InputError` at each row without a date (the first 50)
 */
export function checkDatesForPeriod(sections: readonly SectionRecords[]): void {
  const undated = sections.flatMap((s) => s.samplings.filter((r) => r.date === null))
  if (undated.length === 0) return
  throw inputError(
    undated.slice(0, 50).map((r) =>
      issueAt(originOf(r), {
        code: 'invalid_type',
        expected: expectations.samplingDate(),
        receivedText: null,
        hint: localizedText('--period 需要采样日期', '--period needs a sampling date'),
      }),
    ),
  )
}

/**
 * Reads `--indicators`: a 5+X list of the 21 indicators' keys.
 *
 * @param text - the value given, comma-separated
 * @returns the keys
 * @throws {@link UsageError} for an unknown key, an empty list or a missing basic indicator
 */
export function parseIndicators(text: string): SectionIndicatorKey[] {
  const keys = text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
  const bad = keys.filter((k) => !(SECTION_INDICATORS as readonly string[]).includes(k))
  if (bad.length || keys.length === 0) {
    throw new UsageError({
      zh: `--indicators 取 21 项指标的键（${SECTION_INDICATORS.join(', ')}）；不认识 ${bad.join(', ') || '空列表'}`,
      en: `--indicators takes keys of the 21 indicators (${SECTION_INDICATORS.join(', ')}); not ${bad.join(', ') || 'empty'}`,
    })
  }
  // 环办监测函〔2020〕714号: a 5+X list always holds the five basic indicators.
  const missing = FIVE_BASIC_INDICATORS.filter((k) => !keys.includes(k))
  if (missing.length) {
    throw new UsageError({
      zh: `--indicators：5+X 指标须含 ${FIVE_BASIC_INDICATORS.join(', ')}；缺少 ${missing.join(', ')}`,
      en: `--indicators: a 5+X list starts with ${FIVE_BASIC_INDICATORS.join(', ')}; missing ${missing.join(', ')}`,
    })
  }
  return keys as SectionIndicatorKey[]
}
