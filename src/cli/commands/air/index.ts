import {
  AirCommandOutputSchema,
  AirRankingCommandOutputSchema,
  airDailyObservationsFromCityDays,
  IdSchema,
  renderAirRankingText,
  renderAirText,
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
import { DAILY_KEYS, readAirInput } from './_read.js'

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
      throw new UsageError({
        zh: `--city-of 应写成 站点=城市（实际为 "${entry}"）`,
        en: `--city-of needs STATION=CITY (got "${entry}")`,
      })
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
  usage: {
    zh: '<文件… | -> [--daily-input] [--cnemc-archive | --no-cnemc-archive] [--timestamp 含义] [--city-of 站点=城市]… [--city 城市]… [--exclude-station 代码]… [--rank] [--json | --observations] [--out 文件]',
    en: '<files… | -> [--daily-input] [--cnemc-archive | --no-cnemc-archive] [--timestamp hour-ending|hour-beginning] [--city-of STATION=CITY]… [--city CITY]… [--exclude-station CODE]… [--rank] [--json | --observations] [--out FILE]',
  },
  description: {
    zh: [
      '用库的读取函数读取站点小时记录（格式、表头名称和无效值写法见指南《读取监测数据导出文件》）：',
      '中国环境监测总站导出格式（`timepoint`、`stationcode`、`pm2_5`、`so2`、`no2`、`co`、`o3`、`pm10` 等），',
      '简单格式（`time`、`station`、`so2`、`no2`、`co`、`o3`、`pm10`、`pm25`）或宽表 `china_sites` 格式，',
      '列的顺序不限；计算各站点的日均值（GB 3095 / HJ 663：北京时间自然日、不少于 20 个小时的',
      '24 小时平均，O3 日最大 1 小时和 8 小时平均）、城市日均值（城市各站点的平均）和日 AQI，',
      '以及各城市的时段统计：有效天数、优良天数和重污染天数、平均值、百分位数、GB 3095-2012 二级达标情况。',
      '时段为数据的第一天至最后一天。',
      '',
      '每个站点的记录须按时间逐日排列（文件按导出顺序依次给出）。',
      '站点所属城市取自 --city-of，否则取 `area` 列，否则取 `--city-of "*=城市"`。',
      '',
      '--daily-input 改为读取站点日均值：文件有 24 小时列（`pm2_5_24h` 等）时读这些列，否则读简单格式的列',
      '（`date`、`station`、`so2`、…、`o3_1h`、`o3_8h`）；没有日期列时，只读每天结束时的记录',
      '（`00:00`，按时段结束时刻计）。',
      '--rank 按时段的环境空气质量综合指数为城市排名（`Iᵢ = Cᵢ / Sᵢ`，对 SO2、NO2、PM10、PM2.5、',
      'CO 第 95 百分位数和 O3 第 90 百分位数求和；GB 3095-2012 二级），并给出优良天数比例及其排名；',
      '--dust-day 给出的沙尘天仍计入浓度和指数，但从比例中扣除。',
      '中国环境监测总站数据的公开归档（`HeQinWill/CNEMC`）中臭氧列是错位的：',
      'O3 小时值在其 `o3_24h` 列，O3 日最大 1 小时平均在其 `o3` 列，日最大 8 小时平均在其 `o3_8h` 列。',
      '`o3` 从不低于 `o3_24h` 的文件按归档读取，并加以说明；--cnemc-archive 强制按归档读取，',
      '--no-cnemc-archive 强制按导出格式读取。',
    ].join('\n'),
    en: [
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
  },
  options: {
    'daily-input': {
      type: 'boolean',
      description: { zh: '文件为站点日均值。', en: 'The files hold station daily values.' },
    },
    'cnemc-archive': {
      type: 'boolean',
      description: {
        zh: '不经判断，直接按公开归档（臭氧列错位）读取文件。',
        en: 'Read the files as the CNEMC archive (ozone columns swapped) without looking.',
      },
    },
    'no-cnemc-archive': {
      type: 'boolean',
      description: {
        zh: '按导出格式（臭氧列名副其实）读取总站文件，即使看似公开归档。',
        en: 'Read CNEMC files as the export (ozone columns as named), even when they look like the archive.',
      },
    },
    timestamp: {
      type: 'string',
      value: { zh: '含义', en: 'hour-ending|hour-beginning' },
      choices: ['hour-ending', 'hour-beginning'],
      description: {
        zh: '小时时间戳的含义（默认 `hour-ending`，即时段结束时刻，与总站发布一致）。',
        en: 'What an hourly timestamp means (default hour-ending, as CNEMC publishes).',
      },
    },
    'city-of': {
      type: 'string',
      value: { zh: '站点=城市', en: 'STATION=CITY' },
      multiple: true,
      description: {
        zh: '站点所属城市（可重复）；`*` 表示所有未指定城市的站点。',
        en: 'The city of a station (repeatable); * for every station without one.',
      },
    },
    city: {
      type: 'string',
      value: { zh: '城市', en: 'CITY' },
      multiple: true,
      description: { zh: '只看该城市（可重复）。', en: 'Only this city (repeatable).' },
    },
    'exclude-station': {
      type: 'string',
      value: { zh: '代码', en: 'CODE' },
      multiple: true,
      description: {
        zh: '城市数值不计入该站点，例如清洁对照点（可重复）。',
        en: 'Leave a station out of city values, e.g. a background station (repeatable).',
      },
    },
    'dust-day': {
      type: 'string',
      value: { zh: '日期', en: 'DATE' },
      multiple: true,
      description: {
        zh: '受沙尘天气影响的日期（可重复）；另给出扣除沙尘后的数值。',
        en: 'A day flagged as affected by sand and dust (repeatable); deducted figures too.',
      },
    },
    standard: {
      type: 'string',
      value: { zh: '版本', en: 'HJ633-2012|HJ633-2026' },
      choices: AqiStandardSchema.options,
      description: {
        zh: `日 AQI 所用 HJ 633 的版本（默认 \`${DEFAULT_AQI_STANDARD}\`）。`,
        en: `Edition of HJ 633 for the daily AQI (default ${DEFAULT_AQI_STANDARD}).`,
      },
    },
    stations: {
      type: 'boolean',
      description: {
        zh: '同时输出各站点的逐日数值（文字输出）。',
        en: 'Also print the station days (text output).',
      },
    },
    rank: {
      type: 'boolean',
      description: {
        zh: '按输入时段的环境空气质量综合指数为城市排名（环办〔2014〕64号）。',
        en: 'Rank the cities by the composite air-quality index for the period of the input (环办〔2014〕64号).',
      },
    },
    json: JSON_OPTION,
    observations: {
      type: 'boolean',
      description: {
        zh: '把一个城市的逐日数值输出为 `airDaily` 观测数据（JSON Lines，供 evaluate 使用）。',
        en: 'Print one city’s days as airDaily observation JSON Lines (for evaluate).',
      },
    },
    scope: {
      type: 'string',
      value: { zh: '范围', en: 'ID' },
      description: {
        zh: '观测数据的范围（默认 `central-city`）。',
        en: 'Scope of the observations (default central-city).',
      },
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
      result: {
        zh: '乌兰察布市 2022 年 1 月：31 天中优良 29 天（93.5%），PM2.5 平均 32 µg/m³。',
        en: 'Ulanqab, January 2022: 29 good days of 31 (93.5 %), PM2.5 mean 32 µg/m³.',
      },
    },
    {
      command: "hourly/*.csv --city-of '*=central-city' --observations --out city-2022.jsonl",
      result: {
        zh: '由小时导出文件得出城市日均值，作为 eco-targets evaluate 的观测数据。',
        en: 'City daily values from hourly exports, as observations for eco-targets evaluate.',
      },
    },
  ],
  async run({ io, options, positionals, lang }) {
    if (options.json && options.observations) {
      throw new UsageError({
        zh: '--json 与 --observations 只能给出其一',
        en: 'give --json or --observations, not both',
      })
    }
    if (options.rank && options.observations) {
      throw new UsageError({
        zh: '--rank 与 --observations 只能给出其一',
        en: 'give --rank or --observations, not both',
      })
    }
    if (options.scope !== undefined && !options.observations) {
      throw new UsageError({
        zh: '--scope 只能与 --observations 合用',
        en: '--scope applies with --observations',
      })
    }
    if (options.scope !== undefined && !IdSchema.safeParse(options.scope).success) {
      throw new UsageError({
        zh: `--scope 应为编号，例如 central-city（实际为 "${options.scope}"）`,
        en: `--scope must be an id such as central-city (got "${options.scope}")`,
      })
    }
    const standard: AqiStandard = options.standard ?? DEFAULT_AQI_STANDARD
    const dustDates = (options['dust-day'] ?? []).map((d) => parseDateOption('--dust-day', d))
    const sources = positionals.map((p) => openInput(p, io))
    if (positionals.filter((p) => p === '-').length > 1) {
      throw new UsageError({
        zh: '标准输入（-）只能读取一次',
        en: 'standard input (-) can be read only once',
      })
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
    const note = lang === 'zh' ? '注：' : 'note: '
    for (const n of input.notes) await io.stderr.write(`${note}${n}\n`)
    const found = [...new Set(input.stationDays.map((d) => d.city))].sort()
    const unknown = (options.city ?? []).filter((c) => !found.includes(c))
    if (unknown.length) {
      throw new UsageError({
        zh: `输入中没有 ${unknown.join(', ')} 的站点（城市：${found.join(', ') || '无'}）`,
        en: `no station of ${unknown.join(', ')} in the input (cities: ${found.join(', ') || 'none'})`,
      })
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
        lang === 'zh'
          ? '注：没有一个站点日有 20 个有效小时；如果文件每天一条记录、含 24 小时列，请用 --daily-input\n'
          : 'note: no station day has 20 valid hours; if the files hold one record per day with 24-hour columns, use --daily-input\n',
      )
    }
    if (options.observations) {
      if (reports.length !== 1) {
        throw new UsageError({
          zh: `--observations 只能针对一个城市；请用 --city 选择（城市：${reports.map((r) => r.city).join(', ') || '无'}）`,
          en: `--observations needs exactly one city; choose one with --city (cities: ${reports.map((r) => r.city).join(', ') || 'none'})`,
        })
      }
      const days = airDailyObservationsFromCityDays((reports[0] as CityReport).days, {
        scope: options.scope ?? 'central-city',
      })
      await writeResult(io, days.map((d) => `${JSON.stringify(d)}\n`).join(''), options.out)
      return EXIT_CODES.ok
    }
    if (options.rank) {
      if (reports.length === 0)
        throw new UsageError({ zh: '输入中没有可排名的城市', en: 'no city to rank in the input' })
      const ranking = rankCities(reports.map((r) => ({ city: r.city, summary: r.summary })))
      const text = options.json
        ? checkedJson(AirRankingCommandOutputSchema, 'cli-air-ranking', {
            options: { standard, excludeStations, dustDates },
            ranking,
          })
        : renderAirRankingText(ranking, { lang })
      await writeResult(io, text, options.out)
      return EXIT_CODES.ok
    }
    const wanted = new Set(options.city ?? [])
    const chosen = input.stationDays.filter((d) => wanted.size === 0 || wanted.has(d.city))
    // a station day with its AQI, for the station table
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
    const text = renderAirText(
      {
        dailyInput: options['daily-input'] === true,
        stationDays: chosen.map(withAqi),
        cities: reports,
      },
      { lang, stations: options.stations === true, excludedStations: excludeStations },
    )
    await writeResult(io, text, options.out)
    return EXIT_CODES.ok
  },
})
