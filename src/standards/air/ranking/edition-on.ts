import { expect, issue } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import type { Gb3095Edition } from '../limits.js'

/**
 * The edition of GB 3095 whose limits apply on a date: GB 3095-2012 to 2026-02-28, GB 3095-2026
 * in its transitional stage to 2030-12-31, its final limits from 2031-01-01. The composite
 * index of a period uses the edition of the period's first day.
 *
 * @param date - a date `YYYY-MM-DD`
 * @returns the edition
 * @throws {@link InputError} when `date` is not a valid date
 * @category Air
 * @see GB 3095-2026 前言, §4.4
 * @example
 * ```ts
 * import { gb3095EditionOn } from 'eco-targets/air'
 * gb3095EditionOn('2022-01-01') //=> 'GB3095-2012'
 * gb3095EditionOn('2026-03-01') //=> 'GB3095-2026-transitional'
 * gb3095EditionOn('2031-01-01') //=> 'GB3095-2026'
 * ```
 */
export function gb3095EditionOn(date: string): Gb3095Edition {
  if (!IsoDateSchema.safeParse(date).success) {
    throw new InputError('gb3095EditionOn input', [
      issue({ code: 'invalid_format', path: ['date'], expected: expect.isoDate(), received: date }),
    ])
  }
  if (date < '2026-03-01') return 'GB3095-2012'
  return date < '2031-01-01' ? 'GB3095-2026-transitional' : 'GB3095-2026'
}
