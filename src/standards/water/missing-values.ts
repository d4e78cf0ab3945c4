import {
  MISSING_TEXTS as SHARED_MISSING,
  NOT_MEASURED_TEXTS as SHARED_NOT_MEASURED,
} from '../../_lib/missing-values.js'

/**
 * The texts every reader of eco-targets reads as a missing value (lower-cased; matching ignores
 * case and surrounding white space): an empty cell, `--` as CNEMC publishes it, `—`, `-`, `NA`,
 * `N/A`, `null`, `NaN`, `无数据`. Never read as zero.
 *
 * @category Water
 * @see project decision 8 (missing data is left out, never counted as zero)
 * @example
 * ```ts
 * import { MISSING_TEXTS } from 'eco-targets/water'
 * MISSING_TEXTS.includes('--') //=> true
 * MISSING_TEXTS.includes('na') //=> true
 * ```
 */
export const MISSING_TEXTS: readonly string[] = SHARED_MISSING

/**
 * The texts read as "this indicator is not measured at this section" (`/`, `未监测`, `不监测`):
 * left out like a missing value.
 *
 * @category Water
 * @example
 * ```ts
 * import { NOT_MEASURED_TEXTS } from 'eco-targets/water'
 * NOT_MEASURED_TEXTS.includes('未监测') //=> true
 * ```
 */
export const NOT_MEASURED_TEXTS: readonly string[] = SHARED_NOT_MEASURED
