import type { z } from 'zod'
import type {
  AqiFlagsSchema,
  AqiResultSchema,
  AqiWithheldReasonSchema,
  MissingIndicatorPolicySchema,
  MissingPm10RuleSchema,
  NotMeasuredRuleSchema,
  So2Above800RuleSchema,
} from './result-schemas.js'

/**
 * What to do when an indicator has no value: `'computeFromOthers'` takes the AQI over the
 * indicators present and flags the missing ones (HJ 633-2012 is silent; this reproduces the
 * national platform's published 2022 values); `'withholdUnlessAbove100'` is HJ 633-2026
 * §5.3.1: the AQI is published only when it is above 100, otherwise it is NA (`null`).
 *
 * @category Air
 */
export type MissingIndicatorPolicy = z.output<typeof MissingIndicatorPolicySchema>

/**
 * Why an AQI is withheld (`null` in the result):
 *
 * - `'missingIndicator'`: an indicator is missing and the AQI is 100 or below (HJ 633-2026
 *   §5.3.1, the `'withholdUnlessAbove100'` policy);
 * - `'o3_8hAbove800'`: under HJ 633-2012 the O3 8-hour value is above 800 µg/m³, which note (3)
 *   sends to the O3 1-hour IAQI, and there is no O3 1-hour value;
 * - `'so2_1hAbove800'`: under HJ 633-2012 with `so2Above800: 'text'`, the SO2 1-hour value is
 *   above 800 µg/m³, which note (2) sends to the SO2 24-hour IAQI, and there is no SO2 24-hour
 *   value.
 *
 * In the last two cases the index the standard asks for is unknown, and it can be the largest
 * one, so no AQI is published rather than one computed without it.
 *
 * @category Air
 */
export type AqiWithheldReason = z.output<typeof AqiWithheldReasonSchema>

/**
 * How a real-time report indexes SO2 1-hour values above 800 µg/m³ under HJ 633-2012:
 * `'platform'` (the default) counts SO2 as IAQI 200, as the national platform publishes (and as
 * HJ 633-2026 表3 note b prescribes); `'text'` follows the letter of HJ 633-2012 表1 note (2):
 * SO2 is reported by its 24-hour IAQI, and without a 24-hour value the AQI is withheld.
 *
 * @category Air
 */
export type So2Above800Rule = z.output<typeof So2Above800RuleSchema>

/**
 * What an indicator the station does not measure (`'notMeasured'` in object input,
 * {@link NOT_MEASURED} in columns, `/` in the national feed) does to the AQI:
 *
 * - `'platform'`: it is not one of the station's indicators and the AQI is that of the measured
 *   ones, as the national platform publishes it (HJ 633-2026 real-time feed, March-July 2026:
 *   every one of 289,016 station-hours with SO2 and/or CO `/`, all other indicators valued and
 *   an AQI of 100 or below, has a published AQI);
 * - `'text'`: it counts as a missing indicator, the letter of HJ 633-2026 §5.3.1 (the AQI is
 *   withheld unless it is above 100 under `missingIndicators: 'withholdUnlessAbove100'`).
 *
 * Either way its IAQI is `null` and `flags.notMeasured` lists it; under `'text'` it is in
 * `flags.missing` too.
 *
 * @category Air
 */
export type NotMeasuredRule = z.output<typeof NotMeasuredRuleSchema>

/**
 * What a missing PM10 1-hour value does to a real-time AQI under
 * `missingIndicators: 'withholdUnlessAbove100'` (HJ 633-2026 §5.3.1):
 *
 * - `'platform'`: the AQI of the other indicators is published, 100 or below too, as the
 *   national platform does with an hourly PM10 of `NA` (in the 2026 feed of Beijing and Inner
 *   Mongolia, 6,780 of the 7,203 hours with only PM10 missing and the AQI of the rest at 100 or
 *   below; PM10 stays in `flags.missing`);
 * - `'text'`: PM10 is a missing indicator like any other, and the AQI is withheld at 100 or
 *   below.
 *
 * @category Air
 */
export type MissingPm10Rule = z.output<typeof MissingPm10RuleSchema>

/** Which rules a result applied, and anything unusual about its inputs. @category Air */
export type AqiFlags = z.output<typeof AqiFlagsSchema>

/**
 * An AQI report for one station or city and one day or hour.
 *
 * @category Air
 */
export type AqiResult = z.output<typeof AqiResultSchema>
