import { type AqiStandard, DEFAULT_AQI_STANDARD } from '../../../standards/air/index.js'
import { defineCommand } from '../../command/index.js'
import { EXIT_CODES } from '../../errors.js'
import { parseMaxProblems } from '../../input/problems.js'
import { openInput } from '../../input/source.js'
import { parseDateOption } from '../_option-values.js'
import { checkAirFlags, parseCityOf } from './_checks.js'
import { AIR_OPTIONS } from './_flags.js'
import { AIR_HELP } from './_help.js'

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
    zh: '<文件… | -> [--daily-input] [--cnemc-archive | --no-cnemc-archive] [--timestamp 含义] [--city-of 站点=城市]… [--city 城市]… [--exclude-station 代码]… [--rank] [--json | --observations] [--jobs 个数] [--out 文件]',
    en: '<files… | -> [--daily-input] [--cnemc-archive | --no-cnemc-archive] [--timestamp hour-ending|hour-beginning] [--city-of STATION=CITY]… [--city CITY]… [--exclude-station CODE]… [--rank] [--json | --observations] [--jobs N] [--out FILE]',
  },
  description: AIR_HELP.description,
  options: AIR_OPTIONS,
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  examples: AIR_HELP.examples,
  async run({ io, options, positionals, lang }) {
    const jobs = checkAirFlags(options, positionals)
    const standard: AqiStandard = options.standard ?? DEFAULT_AQI_STANDARD
    const dustDates = (options['dust-day'] ?? []).map((d) => parseDateOption('--dust-day', d))
    const sources = positionals.map((p) => openInput(p, io))
    const daily = options['daily-input'] === true
    const timestamp = options.timestamp ?? 'hour-ending'
    const read = {
      mode: daily ? ('daily' as const) : ('hourly' as const),
      timestamp,
      archive: options['cnemc-archive'] === true,
      exportReading: options['no-cnemc-archive'] === true,
      cityOf: parseCityOf(options['city-of'] ?? []),
      format: options['input-format'],
      maxProblems: parseMaxProblems(options['max-problems']),
      allowEmpty: options['allow-empty'],
      standard,
      excludeStations: options['exclude-station'] ?? [],
      jobs,
      paths: positionals,
    }
    const finish = { lang, daily, standard, dustDates, cities: options.city ?? [] }
    if (options.json && !options.rank) {
      const { writeAirJson } = await import('./_write-json.js')
      await writeAirJson(sources, io, {
        ...finish,
        read,
        timestamp,
        cnemcArchive: options['cnemc-archive'] === true,
        out: options.out,
      })
      return EXIT_CODES.ok
    }
    const { writeAirResult } = await import('./_write-text.js')
    await writeAirResult(sources, io, {
      ...finish,
      read,
      output: options.observations
        ? 'observations'
        : options.rank
          ? options.json
            ? 'rankJson'
            : 'rank'
          : 'text',
      stations: options.stations === true,
      scope: options.scope ?? 'central-city',
      out: options.out,
    })
    return EXIT_CODES.ok
  },
})
