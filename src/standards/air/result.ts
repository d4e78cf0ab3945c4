import type { z } from 'zod'
import type {
  AqiFlagsSchema,
  AqiResultSchema,
  AqiWithheldReasonSchema,
  MissingIndicatorPolicySchema,
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

/** Which rules a result applied, and anything unusual about its inputs. @category Air */
export type AqiFlags = z.output<typeof AqiFlagsSchema>

/**
 * An AQI report for one station or city and one day or hour.
 *
 * @category Air
 */
export type AqiResult = z.output<typeof AqiResultSchema>
