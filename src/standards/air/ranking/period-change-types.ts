import type { z } from 'zod'
import type { PeriodChangeGapSchema, PeriodChangeSchema } from '../result-schemas.js'

/** Why a change cannot be given. @category Air */
export type PeriodChangeGap = z.output<typeof PeriodChangeGapSchema>

/** The result of {@link periodChange}. @category Air */
export type PeriodChange = z.output<typeof PeriodChangeSchema>
