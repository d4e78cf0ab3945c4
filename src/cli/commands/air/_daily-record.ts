import type { InputIssue, StationDayValues } from '../../../standards/air/index.js'
import { noCityIssue } from './_daily-rules.js'

/**
 * Gives the station days of `--daily-input` their city: `--city-of STATION=CITY`, else the
 * record's city column, else `--city-of '*=CITY'`. A station without a city is a problem, once,
 * at the record where it is first met.
 *
 * @param cityOf - station → city from `--city-of` (`*` for every station without another city)
 * @returns the city of a station day (`note` takes the problem), `undefined` when it has none
 */
export function createCityResolver(
  cityOf: ReadonlyMap<string, string>,
): (day: StationDayValues, note: (issue: InputIssue) => void) => string | undefined {
  const cities = new Map<string, string>()
  const noCity = new Set<string>()
  return ({ station, area, location }, note) => {
    const known = cities.get(station)
    if (known !== undefined) return known
    const city = cityOf.get(station) ?? area ?? cityOf.get('*')
    if (city === undefined) {
      if (!noCity.has(station)) {
        noCity.add(station)
        note(noCityIssue({ file: location?.file ?? 'input', line: location?.line }, station))
      }
      return undefined
    }
    cities.set(station, city)
    return city
  }
}
