import { z } from 'zod'

/**
 * A text in Chinese (the original wording) and English.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { LocalizedTextSchema } from 'eco-targets'
 * LocalizedTextSchema.parse({ zh: '优良天数比例', en: 'Good-air-days ratio' })
 * //=> { zh: '优良天数比例', en: 'Good-air-days ratio' }
 * ```
 */
export const LocalizedTextSchema = /* @__PURE__ */ (() =>
  z
    .object({
      zh: z
        .string()
        .trim()
        .min(1)
        .describe('Chinese text (the original wording where it quotes a source)'),
      en: z.string().trim().min(1).describe('English text'),
    })
    .strict()
    .describe('A text in Chinese and English'))()

/** @category Schemas */
export type LocalizedText = z.output<typeof LocalizedTextSchema>
