import type { AqiReport } from '../../../report/aqi-text.js'
import {
  type AqiResult,
  type AqiStandard,
  dailyAqi,
  realtimeAqi,
} from '../../../standards/air/index.js'

/** Options of one calculation. */
export interface AqiCalculationOptions {
  readonly report: AqiReport
  readonly standard: AqiStandard
  /** Real-time only: count the O3 8-hour moving mean (the letter of HJ 633-2012 §5.1.3). */
  readonly countO3_8h: boolean
}

/**
 * One AQI report from concentrations by input key.
 *
 * @param values - concentrations by input key (CO mg/m³, the rest µg/m³); `null` when missing
 * @param options - report, edition and the real-time O3 8-hour choice
 * @returns the library's report
 * @throws the library's `InputError` for a negative value or CO that can only be µg/m³
 */
export function calculateAqi(
  values: Readonly<Record<string, number | null>>,
  options: AqiCalculationOptions,
): AqiResult {
  return options.report === 'daily'
    ? dailyAqi(values, { standard: options.standard })
    : realtimeAqi(values, { standard: options.standard, countO3_8h: options.countO3_8h })
}
