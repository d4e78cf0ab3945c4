import { describe, expectTypeOf, it } from 'vitest'
import type {
  HourlyBatch,
  HourlyColumns,
  HourlyLayout,
  HourlyTable,
  ReadHourlyCsvOptions,
  ReadHourlyRowsOptions,
} from '../../../../src/standards/air/index.js'
import {
  readHourlyCsv,
  readHourlyRows,
  streamHourlyCsv,
} from '../../../../src/standards/air/index.js'

describe('the reader types', () => {
  it('gives batches the engine reads as HourlyColumns', () => {
    expectTypeOf<HourlyBatch>().toExtend<HourlyColumns>()
    expectTypeOf<HourlyTable>().toExtend<HourlyBatch>()
    expectTypeOf<HourlyBatch['layout']>().toEqualTypeOf<HourlyLayout>()
    expectTypeOf<HourlyBatch['published']['aqi']>().toEqualTypeOf<Float64Array | undefined>()
    expectTypeOf<
      NonNullable<HourlyBatch['published']['primaryPollutant']>['index']
    >().toEqualTypeOf<Int32Array>()
  })

  it('types the three readers', () => {
    expectTypeOf(readHourlyCsv).returns.toEqualTypeOf<Promise<HourlyTable>>()
    expectTypeOf(readHourlyRows).returns.toEqualTypeOf<HourlyTable>()
    expectTypeOf(streamHourlyCsv).returns.toEqualTypeOf<
      AsyncGenerator<HourlyBatch, void, undefined>
    >()
  })

  it('has options without unknown keys, and rows without encoding', () => {
    expectTypeOf<{ layout: 'wide' }>().toExtend<ReadHourlyCsvOptions>()
    expectTypeOf<{ encoding: 'gbk' }>().toExtend<ReadHourlyCsvOptions>()
    expectTypeOf<{ encoding: 'gbk' }>().not.toExtend<ReadHourlyRowsOptions>()
    expectTypeOf<{ layout: 'excel' }>().not.toExtend<ReadHourlyCsvOptions>()
  })
})
