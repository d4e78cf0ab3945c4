import { z } from 'zod'
import { WaterBodySchema, WaterClassSchema } from '../water-class.js'
import { SamplingStatusSchema, SurfaceWaterValuesSchema } from './section.js'

const text = z.strictObject({ zh: z.string(), en: z.string() }).readonly()

/** Where a record was read: file, 1-based line and column. @category Water */
export const RecordLocationSchema = z
  .strictObject({
    file: z.string().exactOptional(),
    line: z.number().int().positive().exactOptional(),
    column: z.number().int().positive().exactOptional(),
  })
  .readonly()

/** One sampling read from a record, as {@link readSectionRecords} gives it. @category Water */
export const SectionRecordSamplingSchema = z
  .strictObject({
    record: z.number().int().nonnegative().describe('Index of the record in the input'),
    location: RecordLocationSchema.exactOptional(),
    date: z.iso.date().nullable(),
    status: SamplingStatusSchema,
    values: SurfaceWaterValuesSchema.readonly(),
    trophic: z
      .strictObject({
        chla: z.number().nonnegative().nullable().exactOptional(),
        SD: z.number().nonnegative().nullable().exactOptional(),
      })
      .readonly()
      .exactOptional()
      .describe(
        'Chlorophyll a (mg/m³) and transparency (m) for the trophic level index; absent without those columns',
      ),
    officialClass: WaterClassSchema.nullable()
      .exactOptional()
      .describe('The class published with the record (水质类别); absent without the column'),
  })
  .readonly()

/**
 * A section read from an export by {@link readSectionRecords}, with its samplings in input
 * order.
 *
 * @category Water
 * @example
 * ```ts
 * import { readSectionRecords, SectionRecordsSchema } from 'eco-targets/water'
 * const { sections } = readSectionRecords([{ 断面名称: '示例河上游', 监测时间: '2022-05-10', 'pH(无量纲)': '7.9' }])
 * SectionRecordsSchema.parse(sections[0]).samplings[0].values //=> { pH: 7.9 }
 * ```
 */
export const SectionRecordsSchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string(),
    where: z.string().nullable().describe('Province and basin, when the input has them'),
    waterBody: WaterBodySchema,
    waterBodyFrom: z.enum(['column', 'lakes', 'default']),
    samplings: z.array(SectionRecordSamplingSchema),
  })
  .readonly()
  .describe('A section read from an export, with its samplings')

/** What a reader noticed without it being an error. @category Water */
export const ReaderNoteSchema = z
  .strictObject({
    code: z.enum(['unreadColumns', 'noIndicatorColumn', 'trophicColumnUnit', 'unmatchedLakes']),
    items: z.array(z.string()).readonly(),
    message: text,
  })
  .readonly()

/**
 * A lake or reservoir section of a lake list, as {@link parseLakeList} gives it.
 *
 * @category Water
 * @example
 * ```ts
 * import { LakeEntrySchema, parseLakeList } from 'eco-targets/water'
 * LakeEntrySchema.parse(parseLakeList('石骨水库 / 珠江流域\n')[0]).waterBody //=> 'reservoir'
 * ```
 */
export const LakeEntrySchema = z
  .strictObject({
    name: z.string().min(1),
    basin: z.string().exactOptional(),
    province: z.string().exactOptional(),
    waterBody: z.enum(['lake', 'reservoir']),
    line: z.number().int().positive(),
  })
  .readonly()

/**
 * What a header names, as {@link resolveWaterColumn} gives it: the item key, and the unit the
 * header states when it is not the item's.
 *
 * @category Water
 * @example
 * ```ts
 * import { ResolvedColumnSchema, resolveWaterColumn } from 'eco-targets/water'
 * ResolvedColumnSchema.parse(resolveWaterColumn('氨氮(μg/L)')).wrongUnit //=> 'μg/l'
 * ```
 */
export const ResolvedColumnSchema = z
  .strictObject({
    key: z.string().min(1),
    wrongUnit: z.string().nullable(),
  })
  .readonly()
