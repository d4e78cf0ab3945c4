import type { z } from 'zod'
import type { CompositeIndexResultSchema, CompositeSubIndexSchema } from '../result-schemas.js'

/** One single-item index Iᵢ = Cᵢ / Sᵢ. @category Air */
export type CompositeSubIndex = z.output<typeof CompositeSubIndexSchema>

/** The result of {@link compositeIndex}. @category Air */
export type CompositeIndexResult = z.output<typeof CompositeIndexResultSchema>
