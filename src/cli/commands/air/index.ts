import {
  AirCommandOutputSchema,
  AirRankingCommandOutputSchema,
  airDailyObservationsFromCityDays,
  IdSchema,
} from '../../../index.js'
import {
  type AqiResult,
  type AqiStandard,
  AqiStandardSchema,
  DEFAULT_AQI_STANDARD,
  dailyAqi,
  rankCities,
} from '../../../standards/air/index.js'
import { defineCommand } from '../../command/index.js'
import { EXIT_CODES, UsageError } from '../../errors.js'
import { parseMaxProblems } from '../../input/problems.js'
import { openInput } from '../../input/source.js'
import { checkedJson, writeCheckedJson } from '../../output/json.js'
import { openResultFile, writeResult } from '../../output/result.js'
import { parseDateOption } from '../_option-values.js'
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'
import { buildCityReports, type CityReport } from './_cities.js'
import { renderRankingText } from './_rank.js'
import { DAILY_KEYS, readAirInput } from './_read.js'
import { renderCityText, renderStationTable } from './_text.js'

/** The seven daily values of a station day, as the daily AQI reads them. */
const pickDaily = (d: Readonly<Record<(typeof DAILY_KEYS)[number], number | null>>) =>
  Object.fromEntries(DAILY_KEYS.map((k) => [k, d[k]])) as Record<
    (typeof DAILY_KEYS)[number],
    number | null
  >

function parseCityOf(entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of entries) {
    const at = entry.indexOf('=')
    const station = entry.slice(0, at).trim()
    const city = entry.slice(at + 1).trim()
    if (at <= 0 || city === '') {
      throw new UsageError(`--city-of needs STATION=CITY (got "${entry}")`)
    }
    map.set(station, city)
  }
  return map
}

/** The AQI report without the health texts, for JSON. */
function compactAqi(aqi: AqiResult) {
  const { category, ...rest } = aqi
  return {
    ...rest,
    level: category?.level ?? null,
    category: category ? { zh: category.name.zh, en: category.name.en } : null,
  }
}

function cityJson(report: CityReport) {
  return {
    city: report.city,
    stations: report.stations,
    days: report.days.map(({ aqi, ...day }) => ({ ...day, aqi: compactAqi(aqi) })),
    summary: report.summary,
    compliance: report.compliance,
  }
}

/**
 * `eco-targets air`: station records (hourly CNEMC exports or station daily values) → station
 * and city daily values, the city daily AQI, and period statistics with GB 3095 compliance.
 *
 * @category CLI
 * @example
 * ```ts
 * await airCommand.execute(['stations-2022-01.csv', '--city', '乌兰察布市'], io) //=> 0
 * ```
 */
export const airCommand = defineCommand({
  name: 'air',
  summary: {
    zh: '站点记录 → 站点和城市日均值、AQI、时段统计',
    en: 'Station records → daily station and city values, AQI, period statistics',
  },
  usage:
    '<files… | -> [--daily-input] [--cnemc-archive | --no-cnemc-archive] [--timestamp hour-ending|hour-beginning] [--city-of STATION=CITY]… [--city CITY]… [--exclude-station CODE]… [--rank] [--json | --observations] [--out FILE]',
  description: [
    'Reads hourly station records with the library’s reader (the layouts, header names and',
    'no-value texts of the guide “Reading monitoring exports”): the CNEMC export layout',
    '(timepoint, stationcode, pm2_5, so2, no2, co, o3, pm10, …), the plain layout (time, station,',
    'so2, no2, co, o3, pm10, pm25) or the wide china_sites layout, columns in any order, and',
    'computes each station’s daily values (GB 3095 / HJ 663: 24-hour',
    'means of natural days in China Standard Time with ≥ 20 hours, the daily maximum 1-hour and',
    '8-hour O3), the city daily values (mean of the city’s stations) and daily AQI, and the',
    'period statistics of each city: valid, good and heavy days, means, percentiles, GB 3095-2012',
    'Grade II compliance. The period runs from the first to the last date of the data.',
    '',
    'Each station’s records must come day by day in time order (files one after another, as',
    'exported).',
    'A station’s city comes from --city-of, else the area column, else --city-of "*=CITY".',
    '',
    '--daily-input reads station daily values instead: the 24-hour columns (pm2_5_24h, …) when',
    'the file has them, else the plain columns (date, station, so2, …, o3_1h, o3_8h); without a',
    'day column, only the record that closes each day (00:00, hour-ending) is read.',
    '--rank ranks the cities by the composite air-quality index of the period (Iᵢ = Cᵢ / Sᵢ',
    'summed over SO2, NO2, PM10, PM2.5, CO P95 and O3 P90; GB 3095-2012 Grade II), with the',
    'good-days ratio and its rank; dust days given with --dust-day leave the concentrations and',
    'the index but not the ratio.',
    'Files from the public CNEMC archive (HeQinWill/CNEMC) have their ozone columns swapped:',
    'hourly O3 is its o3_24h column, the daily maximum 1-hour O3 its o3 column and the daily',
    'maximum 8-hour O3 its o3_8h column. A file whose o3 is never below o3_24h is read so, with',
    'a note; --cnemc-archive forces that reading, --no-cnemc-archive the export reading.',
  ].join('\n'),
  options: {
    'daily-input': { type: 'boolean', description: 'The files hold station daily values.' },
    'cnemc-archive': {
      type: 'boolean',
      description: 'Read the files as the CNEMC archive (ozone columns swapped) without looking.',
    },
    'no-cnemc-archive': {
      type: 'boolean',
      description:
        'Read CNEMC files as the export (ozone columns as named), even when they look like the archive.',
    },
    timestamp: {
      type: 'string',
      value: 'hour-ending|hour-beginning',
      choices: ['hour-ending', 'hour-beginning'],
      description: 'What an hourly timestamp means (default hour-ending, as CNEMC publishes).',
    },
    'city-of': {
      type: 'string',
      value: 'STATION=CITY',
      multiple: true,
      description: 'The city of a station (repeatable); * for every station without one.',
    },
    city: {
      type: 'string',
      value: 'CITY',
      multiple: true,
      description: 'Only this city (repeatable).',
    },
    'exclude-station': {
      type: 'string',
      value: 'CODE',
      multiple: true,
      description: 'Leave a station out of city values, e.g. a background station (repeatable).',
    },
    'dust-day': {
      type: 'string',
      value: 'DATE',
      multiple: true,
      description: 'A day flagged as affected by sand and dust (repeatable); deducted figures too.',
    },
    standard: {
      type: 'string',
      value: 'HJ633-2012|HJ633-2026',
      choices: AqiStandardSchema.options,
      description: `Edition of HJ 633 for the daily AQI (default ${DEFAULT_AQI_STANDARD}).`,
    },
    stations: { type: 'boolean', description: 'Also print the station days (text output).' },
    rank: {
      type: 'boolean',
      description:
        'Rank the cities by the composite air-quality index for the period of the input (环办〔2014〕64号).',
    },
    json: JSON_OPTION,
    observations: {
      type: 'boolean',
      description: 'Print one city’s days as airDaily observation JSON Lines (for evaluate).',
    },
    scope: {
      type: 'string',
      value: 'ID',
      description: 'Scope of the observations (default central-city).',
    },
    'input-format': INPUT_FORMAT_OPTION,
    'max-problems': MAX_PROBLEMS_OPTION,
    'allow-empty': ALLOW_EMPTY_OPTION,
    out: OUT_OPTION,
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  examples: [
    {
      command:
        'inner-mongolia-stations-2022-01.csv --daily-input --cnemc-archive --city 乌兰察布市',
      result: 'Ulanqab, January 2022: 29 good days of 31 (93.5 %), PM2.5 mean 32 µg/m³.',
    },
    {
      command: "hourly/*.csv --city-of '*=central-city' --observations --out city-2022.jsonl",
      result: 'City daily values from hourly exports, as observations for eco-targets evaluate.',
    },
  ],
  async run({ io, options, positionals }) {
    if (options.json && options.observations) {
      throw new UsageError('give --json or --observations, not both')
    }
    if (options.rank && options.observations) {
      throw new UsageError('give --rank or --observations, not both')
    }
    if (options.scope !== undefined && !options.observations) {
      throw new UsageError('--scope applies with --observations')
    }
    if (options.scope !== undefined && !IdSchema.safeParse(options.scope).success) {
      throw new UsageError(`--scope must be an id such as central-city (got "${options.scope}")`)
    }
    const standard: AqiStandard = options.standard ?? DEFAULT_AQI_STANDARD
    const dustDates = (options['dust-day'] ?? []).map((d) => parseDateOption('--dust-day', d))
    const sources = positionals.map((p) => openInput(p, io))
    if (positionals.filter((p) => p === '-').length > 1) {
      throw new UsageError('standard input (-) can be read only once')
    }
    if (options['cnemc-archive'] && options['no-cnemc-archive']) {
      throw new UsageError({
        zh: '--cnemc-archive 与 --no-cnemc-archive 只能选其一',
        en: 'give --cnemc-archive or --no-cnemc-archive, not both',
      })
    }
    const input = await readAirInput(sources, io, {
      mode: options['daily-input'] ? 'daily' : 'hourly',
      timestamp: options.timestamp ?? 'hour-ending',
      archive: options['cnemc-archive'] === true,
      exportReading: options['no-cnemc-archive'] === true,
      cityOf: parseCityOf(options['city-of'] ?? []),
      format: options['input-format'],
      maxProblems: parseMaxProblems(options['max-problems']),
      allowEmpty: options['allow-empty'],
    })
    for (const n of input.notes) await io.stderr.write(`note: ${n}\n`)
    const found = [...new Set(input.stationDays.map((d) => d.city))].sort()
    const unknown = (options.city ?? []).filter((c) => !found.includes(c))
    if (unknown.length) {
      throw new UsageError(
        `no station of ${unknown.join(', ')} in the input (cities: ${found.join(', ') || 'none'})`,
      )
    }
    const excludeStations = options['exclude-station'] ?? []
    const reports = buildCityReports(input.stationDays, {
      standard,
      excludeStations,
      dustDates,
      cities: options.city ?? [],
    })
    if (
      !options['daily-input'] &&
      input.stationDays.length > 0 &&
      input.stationDays.every((d) => d.pm25 === null && d.so2 === null)
    ) {
      await io.stderr.write(
        'note: no station day has 20 valid hours; if the files hold one record per day with 24-hour columns, use --daily-input\n',
      )
    }
    if (options.observations) {
      if (reports.length !== 1) {
        throw new UsageError(
          `--observations needs exactly one city; choose one with --city (cities: ${reports.map((r) => r.city).join(', ') || 'none'})`,
        )
      }
      const days = airDailyObservationsFromCityDays((reports[0] as CityReport).days, {
        scope: options.scope ?? 'central-city',
      })
      await writeResult(io, days.map((d) => `${JSON.stringify(d)}\n`).join(''), options.out)
      return EXIT_CODES.ok
    }
    if (options.rank) {
      if (reports.length === 0) throw new UsageError('no city to rank in the input')
      const ranking = rankCities(reports.map((r) => ({ city: r.city, summary: r.summary })))
      const text = options.json
        ? checkedJson(AirRankingCommandOutputSchema, 'cli-air-ranking', {
            options: { standard, excludeStations, dustDates },
            ranking,
          })
        : renderRankingText(ranking)
      await writeResult(io, text, options.out)
      return EXIT_CODES.ok
    }
    const wanted = new Set(options.city ?? [])
    const chosen = input.stationDays.filter((d) => wanted.size === 0 || wanted.has(d.city))
    // a station day's AQI, computed only where it is shown (--json, --stations)
    const withAqi = (d: (typeof chosen)[number]) => ({
      ...d,
      aqi: dailyAqi(pickDaily(d), { standard }),
    })
    if (options.json) {
      // written as it is made, one station day and one city at a time: the output is not held
      // in memory
      const excluded = new Set(excludeStations)
      const file = await openResultFile(io, options.out)
      try {
        await writeCheckedJson(
          file,
          AirCommandOutputSchema,
          'cli-air',
          {
            options: {
              input: options['daily-input'] ? 'stationDays' : 'hourly',
              timestamp: options['daily-input'] ? null : (options.timestamp ?? 'hour-ending'),
              cnemcArchive: options['cnemc-archive'] === true,
              standard,
              excludeStations,
              dustDates,
            },
            stations: (function* () {
              for (const d of chosen) {
                yield {
                  ...d,
                  excluded: excluded.has(d.station),
                  aqi: compactAqi(dailyAqi(pickDaily(d), { standard })),
                }
              }
            })(),
            cities: (function* () {
              for (const report of reports) yield cityJson(report)
            })(),
          },
          ['stations', 'cities'],
        )
      } catch (error) {
        await file.abort()
        throw error
      }
      await file.commit()
      return EXIT_CODES.ok
    }
    const parts: string[] = []
    const stationCount = new Set(chosen.map((d) => d.station)).size
    parts.push(
      `${stationCount} station${stationCount === 1 ? '' : 's'}, ${reports.length} cit${reports.length === 1 ? 'y' : 'ies'}, ${chosen.length} station days (${options['daily-input'] ? 'daily values as given' : 'from hourly records'})\n`,
    )
    if (options.stations) {
      parts.push(renderStationTable(chosen.map(withAqi), new Set(excludeStations)))
    }
    parts.push(...reports.map(renderCityText))
    await writeResult(io, parts.join('\n'), options.out)
    return EXIT_CODES.ok
  },
})
