import * as zm from 'zod/mini'
import { expect } from '../../../_lib/errors/catalogue.js'
import { zodMessage } from '../../../_lib/errors/from-zod.js'

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * Options of {@link realtimeSeries} and {@link streamRealtimeSeries}; every key is optional:
 *
 * - `timestamp`: what a record's stamp means, `'hour-ending'` (default: the platform's 16时 is
 *   15:00–16:00) or `'hour-beginning'`;
 * - `timeZone`: the zone of the natural days the daily running maximum restarts in (default
 *   `'Asia/Shanghai'`);
 * - `round`: round the values as the platform publishes them, by GB/T 8170 to integers, CO to
 *   one decimal (default true); false gives the unrounded means;
 * - `o3_8hBeforeEight`: the 8-hour values of the hours ending 01:00 … 07:00: `'none'` (default,
 *   the feed of 2026: both empty, the first window of the day ends at 08:00) or `'dayHours'`
 *   (the archive of 2019: the mean of the day's hours so far, and their running maximum).
 *
 * @category Air
 */
export const RealtimeSeriesOptionsSchema = zm.strictObject({
  timestamp: zm.optional(zm.enum(['hour-ending', 'hour-beginning'])),
  timeZone: zm.optional(
    zm.string().check(zm.refine(isTimeZone, { error: zodMessage(expect.timeZone()) })),
  ),
  round: zm.optional(zm.boolean()),
  o3_8hBeforeEight: zm.optional(zm.enum(['none', 'dayHours'])),
})

/** Options of {@link realtimeSeries} and {@link streamRealtimeSeries}. @category Air */
export type RealtimeSeriesOptions = zm.input<typeof RealtimeSeriesOptionsSchema>
