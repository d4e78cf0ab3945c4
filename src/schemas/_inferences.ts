import type { z } from 'zod'

/**
 * Checks that each inference of a plan item is about a field the item sets, and that no field
 * has two. Shared by targets and tasks.
 */
export function checkInferences(
  item: { readonly inferences?: readonly { readonly field: string }[] | undefined },
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>()
  item.inferences?.forEach((inference, i) => {
    const { field } = inference
    if ((item as Record<string, unknown>)[field] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['inferences', i, 'field'],
        message: `field ${field} is not set, so no value of it can be inferred`,
      })
    }
    const first = seen.get(field)
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['inferences', i, 'field'],
        message: `field ${field} already has an inference (inferences[${first}]); write one note`,
      })
    } else seen.set(field, i)
  })
}
