import type { CsvRow } from '../../../_lib/csv/scanner.js'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { LocalizedText } from '../../../_lib/localized-text.js'
import { POLLUTANTS } from './_batch.js'
import type { ReadContext } from './_context.js'
import { fieldOfHeader, normalizeHeader, unitAccepted, unitOf } from './_header.js'
import { HOURLY_COLUMN_NAMES, type HourlyField } from './names.js'

/** The header of a long-layout file: the column of each field, and the headers as written. */
export interface LongHeader {
  readonly headers: readonly string[]
  /** Field → column index. */
  readonly column: Readonly<Partial<Record<HourlyField, number>>>
}

/** The headers found, for messages: quoted, the first 30. */
export function headersFound(headers: readonly string[]): string {
  const shown = headers.slice(0, 30).map((h) => JSON.stringify(h))
  return headers.length > 30
    ? `${shown.join(', ')}, … (${headers.length} columns)`
    : shown.join(', ')
}

const WHAT: Readonly<Record<'station' | 'time', LocalizedText>> = {
  station: text('站点', 'station'),
  time: text('时间', 'time'),
}

/**
 * Maps the header row of a long layout to fields, recording every problem at line 1: two
 * headers for one field, a unit that is not the field's, no station or time column, no
 * pollutant column. Returns null when the header cannot be read on.
 */
export function readLongHeader(
  row: CsvRow,
  headers: readonly string[],
  context: ReadContext,
  wideHint: boolean,
): LongHeader | null {
  const column: Partial<Record<HourlyField, number>> = {}
  let ok = true
  headers.forEach((written, i) => {
    if (written === '') return
    const normalized = normalizeHeader(written)
    const field = fieldOfHeader(normalized)
    if (field === null) return
    if (normalized.unit !== null && !unitAccepted(field, normalized.unit)) {
      context.at(row, i, {
        code: 'invalid_value',
        path: [written],
        expected: expect.unit(unitOf(field) ?? '无量纲'),
        receivedText: JSON.stringify(normalized.unit),
      })
      ok = false
    }
    const earlier = column[field]
    if (earlier !== undefined) {
      const first = headers[earlier] as string
      context.at(row, i, {
        code: 'duplicate',
        path: [written],
        expected: expect.unique(text('列', 'column')),
        received: written,
        hint: text(
          `与第 ${earlier + 1} 列 ${JSON.stringify(first)} 同为 ${field}`,
          `means ${field}, as column ${earlier + 1} ${JSON.stringify(first)} does`,
        ),
      })
      ok = false
      return
    }
    column[field] = i
  })
  const found = headersFound(headers)
  const hint = wideHint
    ? text(
        "表头像宽表（date,hour,type,站点编码…）：用 layout: 'wide' 或 'auto' 读取",
        "the header looks like the wide layout (date,hour,type,<station codes>): read it with layout: 'wide' or 'auto'",
      )
    : undefined
  for (const field of ['station', 'time'] as const) {
    if (column[field] !== undefined) continue
    context.add(
      issue({
        code: 'missing_column',
        path: [],
        expected: expect.columnNamed(WHAT[field], HOURLY_COLUMN_NAMES[field]),
        receivedText: found,
        location: { file: context.file, line: row.line },
        ...(hint ? { hint } : {}),
      }),
    )
    ok = false
  }
  if (column.station !== undefined && column.time !== undefined) {
    if (!POLLUTANTS.some((p) => column[p] !== undefined)) {
      context.add(
        issue({
          code: 'missing_column',
          path: [],
          expected: expect.columnNamed(
            text('污染物', 'pollutant'),
            POLLUTANTS.flatMap((p) => HOURLY_COLUMN_NAMES[p].slice(0, 2)),
          ),
          receivedText: found,
          location: { file: context.file, line: row.line },
        }),
      )
      ok = false
    }
  }
  return ok ? { headers, column } : null
}
