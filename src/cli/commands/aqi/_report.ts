import { type AqiResult, dailyAqi, realtimeAqi } from '../../../standards/air/index.js'
import type { AqiCalculationOptions } from './_text.js'

export { type AqiCalculationOptions, type AqiReport, issueKey, REPORT_KEYS } from './_text.js'

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
