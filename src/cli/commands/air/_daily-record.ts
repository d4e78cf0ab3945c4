import { IsoDateSchema } from '../../../index.js'
import { expectations, type InputIssue, localizedText } from '../../../standards/air/index.js'
import type { RecordFields } from '../../input/fields.js'
import { issueAt } from '../../input/located.js'
import { columnOf, concentration, dailyColumn, noCityIssue } from './_daily-rules.js'
import { createCoveredHourReader } from './_hours.js'
import { DAILY_KEYS, type ReadAirOptions, type StationDayRecord } from './_types.js'

/**
 * Reads one record of station daily values (`--daily-input`): its station, day (the day column,
 * else the record that closes the day, 00:00 hour-ending), city and seven values. A problem goes
 * to `note`; a second record for a station and day is one.
 *
 * @param options - timestamp convention and `--city-of`
 * @param note - takes the problems found
 * @param push - takes each station day read
 * @returns the reader of a record (`archive`: the file's ozone columns are swapped), and the
 *   count of records at other hours skipped
 */
export function dailyRecordReader(
  options: Pick<ReadAirOptions, 'timestamp' | 'cityOf'>,
  note: (issues: readonly InputIssue[]) => void,
  push: (day: StationDayRecord) => void,
) {
  const readHour = createCoveredHourReader(options.timestamp)
  const cities = new Map<string, string>()
  const noCity = new Set<string>()
  const seen = new Map<string, RecordFields>()
  const counts = { skipped: 0 }

  const cityOf = (station: string, fields: RecordFields): string | undefined => {
    const known = cities.get(station)
    if (known !== undefined) return known
    const city = options.cityOf.get(station) ?? fields.text('area') ?? options.cityOf.get('*')
    if (city === undefined) {
      if (!noCity.has(station)) {
        noCity.add(station)
        note([noCityIssue(fields.origin, station)])
      }
      return undefined
    }
    cities.set(station, city)
    return city
  }

  const required = (fields: RecordFields, key: string): string | null => {
    const text = fields.text(key)
    if (text === null) {
      note([
        fields.has(key)
          ? fields.problem(key, {
              code: 'invalid_type',
              expected: expectations.nonEmptyText(),
              receivedText: null,
            })
          : issueAt(fields.origin, {
              code: 'missing_column',
              expected: columnOf(key),
              receivedText: null,
            }),
      ])
    }
    return text
  }

  const dateOf = (fields: RecordFields): string | null => {
    if (fields.has('day')) {
      const date = required(fields, 'day')
      if (date !== null && !IsoDateSchema.safeParse(date).success) {
        note([
          fields.problem('day', {
            code: 'invalid_format',
            expected: expectations.isoDate(),
            received: date,
          }),
        ])
        return null
      }
      return date
    }
    const time = required(fields, 'timepoint')
    if (time === null) return null
    const slot = readHour(time)
    if (typeof slot === 'string') {
      note([
        fields.problem('timepoint', {
          code: 'invalid_format',
          expected: slot === 'onHour' ? expectations.timestampOnHour() : expectations.hourlyStamp(),
          received: time,
        }),
      ])
      return null
    }
    // Only the record that closes a day (the 23:00–24:00 hour) holds that day's 24-hour values.
    if (slot.hour !== 23) {
      counts.skipped++
      return null
    }
    return slot.date
  }

  const read = (fields: RecordFields, archive: boolean) => {
    const station = required(fields, 'stationCode')
    if (station === null) return
    const date = dateOf(fields)
    if (date === null) return
    const city = cityOf(station, fields)
    if (city === undefined) return
    const key = `${station}|${date}`
    const first = seen.get(key)
    if (first) {
      note([
        fields.problem(fields.has('day') ? 'day' : 'timepoint', {
          code: 'duplicate',
          expected: localizedText('每个站点每天一条记录', 'one record per station and day'),
          receivedText: `${station} ${date}`,
          hint: localizedText(
            `这一天已在 ${first.origin.file}:${first.origin.line} 给出`,
            `also given at ${first.origin.file}:${first.origin.line}`,
          ),
        }),
      ])
      return
    }
    seen.set(key, fields)
    const values = Object.fromEntries(
      DAILY_KEYS.map((k) => [
        k,
        concentration(fields, dailyColumn(k, fields, archive), k === 'co'),
      ]),
    ) as Record<(typeof DAILY_KEYS)[number], number | null>
    push({ station, city, date, ...values })
  }
  return { read, counts }
}
