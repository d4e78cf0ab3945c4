import { expectations, type InputIssue, localizedText } from '../../../standards/air/index.js'
import { issueAt, type Where } from '../../input/located.js'

/** A station without a city, at the record where it is first met. */
export const noCityIssue = (where: Where, station: string): InputIssue =>
  issueAt(where, {
    code: 'custom',
    expected: expectations.cityOfStation(),
    receivedText: null,
    hint: localizedText(
      `站点 ${station}：请加 area 列，或用 --city-of ${station}=CITY（所有站点用 --city-of '*=CITY'）`,
      `station ${station}: add an area column, or --city-of ${station}=CITY (--city-of '*=CITY' for all)`,
    ),
  })
