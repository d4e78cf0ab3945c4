import {
  type AqiResult,
  expectations,
  type InputIssue,
  isInputError,
} from '../../../standards/air/index.js'
import { EXIT_CODES } from '../../errors.js'
import { createFieldReader, type RecordFields } from '../../input/fields.js'
import type { InputFormat } from '../../input/format.js'
import { CNEMC_LAYOUT } from '../../input/headers/index.js'
import { inputError, issueAt, locateIssue } from '../../input/located.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem, problemLog } from '../../input/problems.js'
import { isCsvRecord, readRecords, resolveInputFormat } from '../../input/read.js'
import type { InputRecord } from '../../input/records.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { formatCsvRow } from '../../output/csv.js'
import { trackProgress } from '../../output/progress.js'
import { openResultFile } from '../../output/result.js'
import { type AqiCalculationOptions, calculateAqi, issueKey, REPORT_KEYS } from './_report.js'

/**
 * The columns (CSV) or fields (JSON) added to every row: the AQI, its level and category, the
 * primary pollutants, why the AQI was withheld (empty when it was not) and the pollutants whose
 * IAQI was capped at 500, so that no row reads as a clean figure when it is not one.
 */
export const ADDED_COLUMNS = ['aqi', 'level', 'category', 'primary', 'withheld', 'capped'] as const

/** Options of {@link runAqiBatch}. */
export interface AqiBatchOptions extends AqiCalculationOptions {
  readonly format?: InputFormat | undefined
  readonly out?: string | undefined
  /** Language of the category word. */
  readonly lang: 'zh' | 'en'
  /** Read the archive's swapped ozone columns (real-time: `o3_24h` is the 1-hour value). */
  readonly archive: boolean
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept an input without records. */
  readonly allowEmpty?: boolean | undefined
}

/**
 * The header problem of a CSV file in which no pollutant column is recognised: every row would
 * get an empty AQI, so it is an error, once, at line 1, with the headers found and the names
 * each pollutant column may have.
 */
function headerProblem(
  record: InputRecord,
  fields: RecordFields,
  columns: Readonly<Record<string, string>>,
): InputIssue | null {
  if (!isCsvRecord(record)) return null
  const wanted = Object.values(columns)
  if (wanted.some((c) => fields.has(c))) return null
  const names = wanted.map((c) => {
    const spec = CNEMC_LAYOUT.columns.find((s) => s.key === c)
    return spec ? [...new Set([c, ...spec.names])].join('/') : c
  })
  const found = Object.values(record.columns)
  return issueAt(
    { file: record.origin.file, line: 1 },
    {
      code: 'missing_column',
      expected: expectations.pollutantColumns(names),
      receivedText: found.length ? found.map((f) => JSON.stringify(f)).join(', ') : null,
    },
  )
}

/** The column each input key is read from. */
function columnsOf(options: AqiBatchOptions): Record<string, string> {
  const map = Object.fromEntries(REPORT_KEYS[options.report].map((k) => [k, k]))
  if (options.report === 'realtime' && options.archive) {
    map.o3 = 'o3_24h'
    map.o3_8h = 'o3_8h_24h'
  }
  return map
}

/** The name of each added column: `aqi`, or `aqi_computed` when the input has an `aqi` column. */
function addedNames(taken: ReadonlySet<string>): string[] {
  return ADDED_COLUMNS.map((n) => (taken.has(n) ? `${n}_computed` : n))
}

function computeRow(
  fields: RecordFields,
  columns: Readonly<Record<string, string>>,
  options: AqiBatchOptions,
): AqiResult {
  const values: Record<string, number | null> = {}
  const problems: InputIssue[] = []
  for (const [key, column] of Object.entries(columns)) {
    try {
      const v = fields.number(column)
      if (v !== null) values[key] = v
    } catch (error) {
      if (!isInputError(error)) throw error
      problems.push(...error.issues)
    }
  }
  if (problems.length) throw inputError(problems)
  try {
    return calculateAqi(values, options)
  } catch (error) {
    if (!isInputError(error)) throw error
    // the library's issue, at the row's line and the column the value was read from
    throw inputError(
      error.issues.map((i) => {
        const key = issueKey(i)
        const column =
          key && columns[key] ? (fields.columns[columns[key]] ?? columns[key]) : undefined
        return { ...locateIssue(i, fields.origin), path: column === undefined ? [] : [column] }
      }),
    )
  }
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
 * Computes one AQI per input row, streaming: CSV in gives CSV out (the input cells as written
 * plus `aqi, level, category, primary, withheld, capped`), JSON Lines in gives JSON Lines out and a JSON array a
 * JSON array, each object with those fields added. A column the input already has gets the
 * suffix `_computed`. Bad rows are reported as `file:line: column …` and the command exits
 * with 2; with `--out` nothing is written, on standard output the rows before the first bad
 * one have already gone out.
 *
 * @param source - the file or standard input
 * @param io - the process's input and output
 * @param options - report, edition, input format, output file, category language
 * @returns the exit code
 * @throws {@link InputError} naming every bad row (up to `maxProblems`, then reading stops)
 */
export async function runAqiBatch(
  source: InputSource,
  io: CliIO,
  options: AqiBatchOptions,
): Promise<number> {
  const { format, source: input } = await resolveInputFormat(source, options.format)
  const out = await openResultFile(io, options.out)
  const columns = columnsOf(options)
  const fieldsOf = createFieldReader(CNEMC_LAYOUT)
  const log = problemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS)
  let count = 0
  let headerFailed = false
  let names: string[] | undefined
  let rows = 0
  const write = async (record: InputRecord, result: AqiResult) => {
    const added = addedValues(result, options.lang)
    if (isCsvRecord(record)) {
      if (!names) {
        const headers = Object.keys(record.value).map((k) => record.columns[k] ?? k)
        const taken = new Set([
          ...Object.keys(record.value),
          ...headers.map((h) => h.toLowerCase()),
        ])
        names = addedNames(taken)
        await out.write(formatCsvRow([...headers, ...names]))
      }
      await out.write(
        formatCsvRow([
          ...(record.cells ?? []),
          added.aqi === null ? null : String(added.aqi),
          added.level === null ? null : String(added.level),
          added.category,
          added.primary.join(' '),
          added.withheld,
          added.capped.join(' '),
        ]),
      )
      return
    }
    const object = record.value as Record<string, unknown>
    const keys = addedNames(new Set(Object.keys(object)))
    const value = { ...object }
    ADDED_COLUMNS.forEach((name, i) => {
      value[keys[i] as string] = added[name]
    })
    const json = JSON.stringify(value)
    if (format === 'json') await out.write(`${rows === 0 ? '[\n' : ',\n'}${json}`)
    else await out.write(`${json}\n`)
  }
  try {
    try {
      const records = readRecords(input, {
        format,
        layout: CNEMC_LAYOUT,
        keepCells: true,
      })
      for await (const record of trackProgress(records, io, input.name)) {
        count++
        let result: AqiResult
        try {
          const fields = fieldsOf(record)
          if (count === 1) {
            const header = headerProblem(record, fields, columns)
            headerFailed = header !== null
            if (header) throw inputError([header])
          }
          result = computeRow(fields, columns, options)
        } catch (error) {
          if (!isInputError(error)) throw error
          log.note(error.issues)
          if (headerFailed) break
          continue
        }
        if (log.problems.length > 0) continue
        await write(record, result)
        rows++
      }
      if (count === 0 && !options.allowEmpty) log.note([emptyInputProblem(input.name)])
    } catch (error) {
      if (!isInputError(error)) throw error
      log.note(error.issues)
    }
    log.throwIfAny()
    if (format === 'json') await out.write(rows === 0 ? '[]\n' : '\n]\n')
  } catch (error) {
    await out.abort()
    throw error
  }
  await out.commit()
  return EXIT_CODES.ok
}
