/** How a record's timestamp relates to the hour its value covers. */
export type TimestampConvention = 'hour-ending' | 'hour-beginning'
