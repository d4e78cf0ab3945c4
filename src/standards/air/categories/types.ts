import type { z } from 'zod'
import type { AqiCategorySchema, AqiColorSchema } from '../result-schemas.js'

/** A display colour of HJ 633 附录A 表A.1 (RGB for screens, CMYK for print). @category Air */
export type AqiColor = z.output<typeof AqiColorSchema>

/**
 * An AQI category (级别 and 类别) with its colour and the health information of HJ 633-2012
 * 表2 / HJ 633-2026 表1. The Chinese texts are quoted from the standard; the English texts are
 * this library's translation.
 *
 * @category Air
 */
export type AqiCategory = z.output<typeof AqiCategorySchema>
