import type { AqiResult } from '../../../standards/air/index.js'
import type { InputFormat } from '../../input/format.js'
import { isCsvRecord } from '../../input/read.js'
import type { InputRecord } from '../../input/records.js'
import { formatCsvRow } from '../../output/csv.js'

/**
 * The columns (CSV) or fields (JSON) added to every row: the AQI, its level and category, the
 * primary pollutants, why the AQI was withheld (empty when it was not) and the pollutants whose
 * IAQI was capped at 500, so that no row reads as a clean figure when it is not one.
 */
export const ADDED_COLUMNS = ['aqi', 'level', 'category', 'primary', 'withheld', 'capped'] as const

/** The name of each added column: `aqi`, or `aqi_computed` when the input has an `aqi` column. */
function addedNames(taken: ReadonlySet<string>): string[] {
  return ADDED_COLUMNS.map((n) => (taken.has(n) ? `${n}_computed` : n))
}

function addedValues(result: AqiResult, lang: 'zh' | 'en') {
  return {
    aqi: result.aqi,
    level: result.category?.level ?? null,
    category: result.category?.name[lang] ?? null,
    primary: [...result.primaryPollutants],
    withheld: result.flags.withheldReason,
    capped: [...result.flags.capped],
  }
}

/**
 * Writes each input row back as written with its AQI added: CSV rows as their cells plus the
 * added columns (the header first), JSON records as objects with the added fields, one a line
 * (JSON Lines) or as the elements of one array (JSON).
 *
 * @param format - the input format, which is the output's
 * @param lang - language of the category word
 * @returns `row` gives the text of one row, `end` the text after the last
 */
export function createRowWriter(format: InputFormat, lang: 'zh' | 'en') {
  let names: string[] | undefined
  let rows = 0
  const row = (record: InputRecord, result: AqiResult): string => {
    const added = addedValues(result, lang)
    rows++
    if (isCsvRecord(record)) {
      let head = ''
      if (!names) {
        const headers = Object.keys(record.value).map((k) => record.columns[k] ?? k)
        names = addedNames(new Set(headers.map((h) => h.toLowerCase())))
        head = formatCsvRow([...headers, ...names])
      }
      return (
        head +
        formatCsvRow([
          ...(record.cells ?? []),
          added.aqi === null ? null : String(added.aqi),
          added.level === null ? null : String(added.level),
          added.category,
          added.primary.join(' '),
          added.withheld,
          added.capped.join(' '),
        ])
      )
    }
    const object = record.value as Record<string, unknown>
    const keys = addedNames(new Set(Object.keys(object)))
    const value = { ...object }
    ADDED_COLUMNS.forEach((name, i) => {
      value[keys[i] as string] = added[name]
    })
    const json = JSON.stringify(value)
    return format === 'json' ? `${rows === 1 ? '[\n' : ',\n'}${json}` : `${json}\n`
  }
  const end = () => (format !== 'json' ? '' : rows === 0 ? '[]\n' : '\n]\n')
  return { row, end }
}
