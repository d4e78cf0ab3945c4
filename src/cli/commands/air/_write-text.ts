import {
  AirRankingCommandOutputSchema,
  airDailyObservationsFromCityDays,
  renderAirRankingText,
  renderAirText,
} from '../../../index.js'
import { rankCities } from '../../../standards/air/index.js'
import { UsageError } from '../../errors.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { checkedJson } from '../../output/json.js'
import { writeResult } from '../../output/result.js'
import { dailyAqi } from './_aqi.js'
import type { CityReport } from './_cities.js'
import { chosenCities } from './_cities.js'
import { collectAir } from './_collect.js'
import { type FinishOptions, finishReports } from './_finish.js'
import type { CollectAirOptions, StationDayRecord } from './_types.js'

/** The outputs of `air` other than `--json`, and how it reads. */
export interface WriteAirOptions extends FinishOptions {
  readonly read: Omit<CollectAirOptions, 'onStationDay' | 'onBatch'>
  readonly output: 'text' | 'rank' | 'rankJson' | 'observations'
  /** `--stations`: the station table too (the station days are then kept). */
  readonly stations: boolean
  readonly scope: string
  readonly out: string | undefined
}

/**
 * `air` as text (with the station table for `--stations`), `--rank` (text or JSON) or
 * `--observations`: one pass over the inputs, then one finished result written.
 *
 * @param sources - the inputs
 * @param io - the process's input and output
 * @param o - how to read, what to write, where
 */
export async function writeAirResult(
  sources: readonly InputSource[],
  io: CliIO,
  o: WriteAirOptions,
): Promise<void> {
  const kept: StationDayRecord[] = []
  const wanted = new Set(o.cities)
  const collected = await collectAir(sources, io, {
    ...o.read,
    ...(o.output === 'text' && o.stations
      ? {
          onStationDay: (d: StationDayRecord) => {
            if (wanted.size === 0 || wanted.has(d.city)) kept.push(d)
          },
        }
      : {}),
  })
  const reports = await finishReports(collected, io, o)
  await writeResult(io, resultText(o, reports, collected.cities, kept), o.out)
}

function resultText(
  o: WriteAirOptions,
  reports: CityReport[],
  collected: Parameters<typeof chosenCities>[0],
  kept: StationDayRecord[],
): string {
  const { standard, lang } = o
  const excludeStations = o.read.excludeStations
  if (o.output === 'observations') {
    if (reports.length !== 1) {
      throw new UsageError({
        zh: `--observations 只能针对一个城市；请用 --city 选择（城市：${reports.map((r) => r.city).join(', ') || '无'}）`,
        en: `--observations needs exactly one city; choose one with --city (cities: ${reports.map((r) => r.city).join(', ') || 'none'})`,
      })
    }
    const days = airDailyObservationsFromCityDays((reports[0] as CityReport).days, {
      scope: o.scope,
    })
    return days.map((d) => `${JSON.stringify(d)}\n`).join('')
  }
  if (o.output !== 'text') {
    if (reports.length === 0)
      throw new UsageError({ zh: '输入中没有可排名的城市', en: 'no city to rank in the input' })
    const ranking = rankCities(reports.map((r) => ({ city: r.city, summary: r.summary })))
    return o.output === 'rankJson'
      ? checkedJson(AirRankingCommandOutputSchema, 'cli-air-ranking', {
          options: { standard, excludeStations, dustDates: o.dustDates },
          ranking,
        })
      : renderAirRankingText(ranking, { lang })
  }
  const chosen = chosenCities(collected, o.cities)
  kept.sort((a, b) =>
    a.station === b.station ? (a.date < b.date ? -1 : 1) : a.station < b.station ? -1 : 1,
  )
  return renderAirText(
    {
      dailyInput: o.daily,
      stationDays: kept.map((d) => ({ ...d, aqi: dailyAqi(d, standard) })),
      counts: {
        stations: chosen.reduce((n, c) => n + c.stationsSeen.length, 0),
        stationDays: chosen.reduce((n, c) => n + c.stationDays, 0),
      },
      cities: reports,
    },
    { lang, stations: o.stations, excludedStations: [...excludeStations] },
  )
}
