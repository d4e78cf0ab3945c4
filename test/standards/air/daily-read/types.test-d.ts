import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type {
  ReadStationDayRecordsOptions,
  StationDayRecords,
  StationDayRecordsSchema,
  StationDayValues,
} from '../../../../src/standards/air/index.js'
import { readStationDayRecords } from '../../../../src/standards/air/index.js'

describe('the station day reader types', () => {
  it('returns the shape its schema describes', () => {
    expectTypeOf(readStationDayRecords).returns.toEqualTypeOf<StationDayRecords>()
    expectTypeOf<StationDayRecords>().toEqualTypeOf<z.output<typeof StationDayRecordsSchema>>()
    expectTypeOf<StationDayValues['values']['co']>().toEqualTypeOf<number | null>()
  })

  it('takes only the known layouts', () => {
    expectTypeOf<NonNullable<ReadStationDayRecordsOptions['layout']>>().toEqualTypeOf<
      'cnemc' | 'cnemc-archive'
    >()
  })
})
