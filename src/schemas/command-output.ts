import { z } from 'zod'
import { IsoDateSchema } from '../_lib/iso-date.js'
import * as air from '../standards/air/index.js'
import * as water from '../standards/water/index.js'

const AqiReportShape = air.AqiResultSchema.unwrap().shape

/**
 * The JSON that `eco-targets aqi --json` writes: the concentrations given (`input`, by flag
 * key, with their `units`) and the AQI report of {@link air!dailyAqi} or {@link air!realtimeAqi}
 * beside them. The command checks its output against this schema before writing it; the JSON
 * Schema ships as `eco-targets/schemas/cli-aqi.schema.json`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AqiCommandOutputSchema } from 'eco-targets'
 * import { dailyAqi } from 'eco-targets/air'
 * AqiCommandOutputSchema.safeParse({
 *   input: { pm25: 80 }, units: { pm25: 'µg/m³' }, ...dailyAqi({ pm25: 80 }),
 * }).success //=> true
 * ```
 */
export const AqiCommandOutputSchema = z
  .strictObject({
    input: z
      .record(z.string(), z.number().nonnegative().nullable())
      .describe('The concentrations given, by input key (CO mg/m³, the rest µg/m³)'),
    units: z.record(z.string(), z.enum(['µg/m³', 'mg/m³'])).describe('The unit of each input key'),
    ...AqiReportShape,
  })
  .describe('The JSON output of `eco-targets aqi --json`: one HJ 633 AQI report')

/** @category Schemas */
export type AqiCommandOutput = z.output<typeof AqiCommandOutputSchema>

/** An AQI report without the health texts, as the `air` command's JSON gives it. */
const CompactAqiSchema = z
  .strictObject({
    ...AqiReportShape,
    level: z.literal([1, 2, 3, 4, 5, 6]).nullable(),
    category: z.strictObject({ zh: z.string(), en: z.string() }).nullable(),
  })
  .describe('An AQI report with the category name only (no colour or health texts)')

const dailyValues = Object.fromEntries(
  air.AirPollutantSchema.options.map((k) => [k, z.number().nullable()]),
) as Record<air.AirPollutant, z.ZodNullable<z.ZodNumber>>

const StationDayOutputSchema = z
  .strictObject({
    ...dailyValues,
    station: z.string(),
    city: z.string(),
    date: IsoDateSchema,
    hours: z
      .strictObject({
        validHours: air.StationDaySchema.unwrap().shape.validHours,
        gaps: air.StationDaySchema.unwrap().shape.gaps,
      })
      .optional()
      .describe('From hourly records: valid hours per pollutant and why a value is missing'),
    excluded: z.boolean().describe('Left out of the city values (--exclude-station)'),
    aqi: CompactAqiSchema,
  })
  .describe('A station day with its daily AQI')

const CityOutputSchema = z
  .strictObject({
    city: z.string(),
    stations: z.array(z.string()).describe('Stations whose values make the city’s'),
    days: z.array(z.strictObject({ ...air.CityDaySchema.unwrap().shape, aqi: CompactAqiSchema })),
    summary: air.AirPeriodSummarySchema,
    compliance: air.AirComplianceResultSchema.describe(
      'GB 3095-2012 Grade II on the figures the verdict uses',
    ),
  })
  .describe('A city: its days, period statistics and GB 3095 compliance')

const AirOptionsShape = {
  standard: air.AqiStandardSchema,
  excludeStations: z.array(z.string()),
  dustDates: z.array(IsoDateSchema),
}

/**
 * The JSON that `eco-targets air --json` writes: the options used, every station day with its
 * daily AQI, and each city's days, period statistics and GB 3095 compliance. The command
 * checks its output against this schema before writing it; the JSON Schema ships as
 * `eco-targets/schemas/cli-air.schema.json`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AirCommandOutputSchema } from 'eco-targets'
 * AirCommandOutputSchema.safeParse({
 *   options: {
 *     input: 'stationDays', timestamp: null, cnemcArchive: false, standard: 'HJ633-2012',
 *     excludeStations: [], dustDates: [],
 *   },
 *   stations: [],
 *   cities: [],
 * }).success //=> true
 * ```
 */
export const AirCommandOutputSchema = z
  .strictObject({
    options: z.strictObject({
      input: z.enum(['hourly', 'stationDays']),
      timestamp: air.TimestampConventionSchema.nullable(),
      cnemcArchive: z.boolean(),
      ...AirOptionsShape,
    }),
    stations: z.array(StationDayOutputSchema),
    cities: z.array(CityOutputSchema),
  })
  .describe('The JSON output of `eco-targets air --json`: station days, city days and figures')

/** @category Schemas */
export type AirCommandOutput = z.output<typeof AirCommandOutputSchema>

/**
 * The JSON that `eco-targets air --rank --json` writes: the options used and the
 * {@link air!rankCities} ranking of the cities of the input. The JSON Schema ships as
 * `eco-targets/schemas/cli-air-ranking.schema.json`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AirRankingCommandOutputSchema } from 'eco-targets'
 * Object.keys(AirRankingCommandOutputSchema.shape) //=> ['options', 'ranking']
 * ```
 */
export const AirRankingCommandOutputSchema = z
  .strictObject({
    options: z.strictObject(AirOptionsShape),
    ranking: air.CityRankingSchema,
  })
  .describe('The JSON output of `eco-targets air --rank --json`: the city ranking')

/** @category Schemas */
export type AirRankingCommandOutput = z.output<typeof AirRankingCommandOutputSchema>

const period = water.SectionPeriodClassificationSchema.shape
const pollutants = water.MainPollutantsSchema.shape
const { options: _trophicOptions, ...trophic } = water.TrophicStateSchema.shape

const WaterSectionOutputSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    where: z.string().nullable().describe('Province and basin, when the input has them'),
    waterBody: water.WaterBodySchema,
    waterBodyFrom: z
      .enum(['column', 'lakes', 'default'])
      .describe('Where the water body came from: a column, the --lakes file, or the default'),
    condition: period.condition,
    waterClass: period.waterClass,
    label: period.label,
    status: period.status,
    deciding: period.deciding,
    exceeding: z.array(water.SectionIndicatorKeySchema).describe('Indicators worse than Ⅲ'),
    samplings: period.samplings,
    means: period.means,
    published: water.WaterClassSchema.nullable()
      .optional()
      .describe('The class the input publishes for a section of one row'),
    mainPollutants: z
      .strictObject({
        applies: pollutants.applies,
        pollutants: pollutants.pollutants,
        text: pollutants.text,
      })
      .nullable(),
    trophicState: z.strictObject(trophic).nullable(),
    trophicNote: z.string().optional().describe('Why a lake or reservoir has no TLI(Σ)'),
  })
  .describe('A section’s class for the period, main pollutants and trophic state')

const { sections: _sections, ...setShape } = water.SectionSetAssessmentSchema.shape

/**
 * The JSON that `eco-targets water --json` writes: the options used, every section's class
 * for the period (with main pollutants and trophic state), the comparison with the classes
 * the input publishes, and the figures of the set. The command checks its output against this
 * schema before writing it; the JSON Schema ships as `eco-targets/schemas/cli-water.schema.json`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { WaterCommandOutputSchema } from 'eco-targets'
 * Object.keys(WaterCommandOutputSchema.shape) //=> ['options', 'sections', 'published', 'set']
 * ```
 */
export const WaterCommandOutputSchema = z
  .strictObject({
    options: z.strictObject({
      period: z.string().nullable(),
      indicators: z.union([
        z.array(water.SectionIndicatorKeySchema),
        z.literal('22号 21 indicators'),
      ]),
      lakes: z.number().int().nonnegative().describe('Lakes and reservoirs listed by --lakes'),
    }),
    sections: z.array(WaterSectionOutputSchema),
    published: z
      .strictObject({
        compared: z.number().int().nonnegative(),
        agree: z.number().int().nonnegative(),
        differences: z.array(
          z.strictObject({
            origin: z.strictObject({ file: z.string(), line: z.number().int().positive() }),
            section: z.string(),
            name: z.string(),
            ours: water.WaterClassSchema.nullable(),
            official: water.WaterClassSchema.nullable(),
            deciding: z.array(z.string()),
            onLimit: z.array(
              z.strictObject({ indicator: z.string(), value: z.number(), limit: z.number() }),
            ),
          }),
        ),
      })
      .nullable()
      .describe('Rows with a published class against the class of their values; null without'),
    set: z.strictObject(setShape).describe('The figures of the set of sections'),
  })
  .describe('The JSON output of `eco-targets water --json`: section classes and set figures')

/** @category Schemas */
export type WaterCommandOutput = z.output<typeof WaterCommandOutputSchema>
