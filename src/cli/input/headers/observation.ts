import { OBSERVATION_COLUMNS } from '../../../index.js'
import type { HeaderLayout } from './normalize.js'

/**
 * Observations as flat CSV rows: the library's {@link OBSERVATION_COLUMNS} (one column per
 * field, and one per water indicator, which goes into `values`), as a layout for the column
 * documentation.
 *
 * @category CLI
 * @example
 * ```ts
 * OBSERVATION_LAYOUT.columns.find((c) => c.key === 'pm25')?.names.includes('PM2.5') //=> true
 * ```
 */
export const OBSERVATION_LAYOUT: HeaderLayout = {
  name: 'observations',
  description: 'Observations as flat CSV rows (field names as headers)',
  columns: OBSERVATION_COLUMNS,
}
