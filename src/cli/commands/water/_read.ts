import { IsoDateSchema, parseInput } from '../../../index.js'
import {
  expectations,
  type InputIssue,
  isInputError,
  localizedText,
  parseWaterClass,
  resolveWaterColumn,
  type SamplingStatus,
  type SurfaceWaterValues,
  SurfaceWaterValuesSchema,
  type WaterBody,
  type WaterClass,
  type WaterIndicatorKey,
  WaterIndicatorKeySchema,
} from '../../../standards/water/index.js'
import { createFieldReader, type RecordFields } from '../../input/fields.js'
import type { InputFormat } from '../../input/format.js'
import { WATER_SECTIONS_LAYOUT } from '../../input/headers/index.js'
import { inputError, issueAt, locateIssue } from '../../input/located.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem, problemLog } from '../../input/problems.js'
import { readRecords } from '../../input/read.js'
import type { RecordOrigin } from '../../input/records.js'
import type { InputSource } from '../../input/source.js'
import { decodeText } from '../../input/text.js'
import type { CliIO } from '../../io.js'
import { trackProgress } from '../../output/progress.js'

/** One row of a section file: a sampling with its published class. */
export interface SectionRow {
  readonly origin: RecordOrigin
  readonly date: string | null
  readonly status: SamplingStatus
  readonly values: SurfaceWaterValues
  /** Chlorophyll a (mg/m³) and transparency (m) for the trophic level index, when the input has them. */
  readonly trophic: TrophicColumns
  /** The class published with the row (`水质类别`); `null` when not classed, absent without the column. */
  readonly official?: WaterClass | null
}

/** The two trophic parameters that are not GB 3838 indicators, by TLI key. */
export type TrophicColumns = Readonly<Partial<Record<'chla' | 'SD', number | null>>>

/** A section and its rows. */
export interface SectionInput {
  readonly id: string
  readonly name: string
  /** Province and basin, when the input has them. */
  readonly where: string | null
  readonly waterBody: WaterBody
  /** Where the water body came from. */
  readonly waterBodyFrom: 'column' | 'lakes' | 'default'
  readonly rows: SectionRow[]
}

/** A lake or reservoir listed in a `--lakes` file. */
export interface LakeEntry {
  readonly name: string
  readonly basin?: string
  readonly province?: string
  readonly waterBody: 'lake' | 'reservoir'
  readonly line: number
}

const INDICATORS: ReadonlySet<string> = new Set(WaterIndicatorKeySchema.options)
const KNOWN: ReadonlySet<string> = new Set(WATER_SECTIONS_LAYOUT.columns.map((c) => c.key))

const BODIES: Readonly<Record<string, WaterBody>> = {
  river: 'river',
  lake: 'lake',
  reservoir: 'reservoir',
  河流: 'river',
  河: 'river',
  湖泊: 'lake',
  湖: 'lake',
  湖库: 'lake',
  水库: 'reservoir',
  库: 'reservoir',
}

const STATUSES: Readonly<Record<string, SamplingStatus>> = {
  sampled: 'sampled',
  driedUp: 'driedUp',
  frozen: 'frozen',
  notSampled: 'notSampled',
  采样: 'sampled',
  正常: 'sampled',
  断流: 'driedUp',
  干涸: 'driedUp',
  冰封: 'frozen',
  未采样: 'notSampled',
}

function trophicHeader(fields: RecordFields, key: string) {
  if (INDICATORS.has(key)) return null
  const r = resolveWaterColumn(fields.columns[key] ?? key, 'trophic')
  return r && (r.key === 'chla' || r.key === 'SD') ? r : null
}

/** The TLI key a column gives (chla, SD), when its unit is the rule's. */
function trophicColumn(fields: RecordFields, key: string): 'chla' | 'SD' | null {
  const r = trophicHeader(fields, key)
  return r && r.wrongUnit === null ? (r.key as 'chla' | 'SD') : null
}

/**
 * Reads a list of lake and reservoir sections, one a line as `name / basin / province` (basin
 * and province optional, `#` starts a comment); a line mentioning 水库 is a reservoir.
 *
 * @param source - the file
 * @returns the entries
 * @throws {@link InputError} when the file cannot be read
 */
export async function readLakeList(source: InputSource): Promise<LakeEntry[]> {
  let text = ''
  for await (const chunk of decodeText(source)) text += chunk
  const entries: LakeEntry[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === '') return
    const [name, basin, province] = line.split('/').map((p) => p.trim())
    entries.push({
      name: name as string,
      ...(basin ? { basin } : {}),
      ...(province ? { province } : {}),
      waterBody: line.includes('水库') ? 'reservoir' : 'lake',
      line: i + 1,
    })
  })
  return entries
}

/** Options of {@link readSections}. */
export interface ReadSectionsOptions {
  readonly format?: InputFormat | undefined
  readonly lakes: readonly LakeEntry[]
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept inputs without records. */
  readonly allowEmpty?: boolean | undefined
}

/**
 * Reads section samplings (CSV, JSON, JSON Lines; Chinese or English headers) and groups them by
 * section: the `section` column, else province, basin and name together. Every problem names
 * file, line and column; all of them are reported together.
 *
 * @param sources - the files or standard input
 * @param io - the process's input and output
 * @param options - format and the lake list
 * @returns the sections in input order, remarks for standard error, and unmatched lake entries
 * @throws {@link InputError} with every problem found
 */
export async function readSections(
  sources: readonly InputSource[],
  io: CliIO,
  options: ReadSectionsOptions,
): Promise<{ sections: SectionInput[]; notes: string[]; hasOfficial: boolean }> {
  const fieldsOf = createFieldReader(WATER_SECTIONS_LAYOUT)
  const log = problemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS)
  const note = log.note
  const notes: string[] = []
  const sections = new Map<string, SectionInput>()
  const matched = new Set<LakeEntry>()
  let hasOfficial = false

  const lakeOf = (name: string, basin: string | null, province: string | null) =>
    options.lakes.find(
      (l) =>
        l.name === name &&
        (l.basin === undefined || l.basin === basin) &&
        (l.province === undefined || l.province === province),
    )

  const readRow = (fields: RecordFields) => {
    const rowProblems: InputIssue[] = []
    const province = fields.text('province')
    const basin = fields.text('basin')
    const name = fields.text('sectionName')
    const given = fields.text('section')
    const id =
      given ??
      ([province, basin, name].some((p) => p !== null) && name !== null
        ? [province, basin, name].filter((p) => p !== null).join(' / ')
        : null)
    if (id === null) {
      note([
        fields.has('sectionName') || fields.has('section')
          ? fields.problem(fields.has('section') ? 'section' : 'sectionName', {
              code: 'invalid_type',
              expected: expectations.nonEmptyText(),
              receivedText: null,
            })
          : issueAt(fields.origin, {
              code: 'missing_column',
              expected: expectations.sectionColumn(),
              receivedText: null,
            }),
      ])
      return
    }
    let waterBody: WaterBody | undefined
    let waterBodyFrom: SectionInput['waterBodyFrom'] = 'default'
    const body = fields.text('waterBody')
    if (body !== null) {
      waterBody = BODIES[body] ?? BODIES[body.toLowerCase()]
      waterBodyFrom = 'column'
      if (!waterBody)
        rowProblems.push(
          fields.problem('waterBody', {
            code: 'invalid_value',
            expected: expectations.waterBody(),
            received: body,
          }),
        )
    } else if (name !== null) {
      const lake = lakeOf(name, basin, province)
      if (lake) {
        matched.add(lake)
        waterBody = lake.waterBody
        waterBodyFrom = 'lakes'
      }
    }
    const statusText = fields.text('status')
    const status = statusText === null ? 'sampled' : STATUSES[statusText]
    if (!status) {
      rowProblems.push(
        fields.problem('status', {
          code: 'invalid_value',
          expected: expectations.samplingStatus(),
          received: statusText,
        }),
      )
    }
    let date = fields.text('date')
    if (date !== null && !IsoDateSchema.safeParse(date).success) {
      rowProblems.push(
        fields.problem('date', {
          code: 'invalid_format',
          expected: expectations.isoDate(),
          received: date,
        }),
      )
      date = null
    }
    if (date === null) {
      const time = fields.text('time')?.slice(0, 10) ?? ''
      if (IsoDateSchema.safeParse(time).success) date = time
    }
    let official: WaterClass | null | undefined
    if (fields.has('officialClass')) {
      hasOfficial = true
      try {
        official = parseWaterClass(fields.text('officialClass') ?? '')
      } catch (error) {
        if (!isInputError(error)) throw error
        rowProblems.push({
          ...locateIssue(error.issues[0], fields.origin),
          path: [fields.columns.officialClass ?? 'officialClass'],
        })
      }
    }
    const values: Partial<Record<WaterIndicatorKey, number | null>> = {}
    const trophic: Partial<Record<'chla' | 'SD', number | null>> = {}
    for (const key of fields.keys) {
      const tli = trophicColumn(fields, key)
      if (tli !== null) {
        try {
          trophic[tli] = fields.number(key)
        } catch (error) {
          if (!isInputError(error)) throw error
          rowProblems.push(...error.issues)
        }
        continue
      }
      if (!INDICATORS.has(key)) continue
      try {
        const v = fields.number(key)
        if (v !== null && v < 0) {
          rowProblems.push(
            fields.problem(key, {
              code: 'too_small',
              expected: expectations.nonNegative(),
              received: v,
            }),
          )
        }
        values[key as WaterIndicatorKey] = v
      } catch (error) {
        if (!isInputError(error)) throw error
        rowProblems.push(...error.issues)
      }
    }
    if (rowProblems.length === 0) {
      // the rules the water functions check (pH 0-14, …), here with the row and the column
      try {
        parseInput(SurfaceWaterValuesSchema, values, 'values')
      } catch (error) {
        if (!isInputError(error)) throw error
        for (const i of error.issues) {
          const key = [...i.path].reverse().find((p) => typeof p === 'string' && INDICATORS.has(p))
          const column = typeof key === 'string' ? (fields.columns[key] ?? key) : undefined
          rowProblems.push({
            ...locateIssue(i, fields.origin),
            path: column === undefined ? [] : [column],
          })
        }
      }
    }
    if (rowProblems.length) {
      note(rowProblems)
      return
    }
    let section = sections.get(id)
    if (!section) {
      section = {
        id,
        name: name ?? id,
        where: [province, basin].some((p) => p !== null)
          ? [province, basin].filter((p) => p !== null).join(' / ')
          : null,
        waterBody: waterBody ?? 'river',
        waterBodyFrom: waterBody ? waterBodyFrom : 'default',
        rows: [],
      }
      sections.set(id, section)
    } else if (
      waterBody &&
      waterBody !== section.waterBody &&
      section.waterBodyFrom !== 'default'
    ) {
      const spec = {
        code: 'conflict' as const,
        expected: expectations.sameWaterBody(section.waterBody),
        received: waterBody,
        hint: localizedText(`断面 ${id}`, `section ${id}`),
      }
      note([
        fields.has('waterBody') ? fields.problem('waterBody', spec) : issueAt(fields.origin, spec),
      ])
      return
    }
    section.rows.push({
      origin: fields.origin,
      date,
      status: status as SamplingStatus,
      values,
      trophic,
      ...(official === undefined ? {} : { official }),
    })
  }

  for (const source of sources) {
    let first = true
    let headerFailed = false
    try {
      for await (const record of trackProgress(
        readRecords(source, { format: options.format, layout: WATER_SECTIONS_LAYOUT }),
        io,
        source.name,
      )) {
        try {
          const fields = fieldsOf(record)
          if (first) {
            first = false
            const csv = fields.columnKind === 'column'
            if (csv && !fields.has('section') && !fields.has('sectionName')) {
              headerFailed = true
              // every row would have the same problem: it is reported once, and the file left
              const found = Object.values(fields.columns)
              throw inputError([
                issueAt(
                  { file: source.name, line: 1 },
                  {
                    code: 'missing_column',
                    expected: expectations.sectionColumn(),
                    receivedText: found.length
                      ? found.map((f) => JSON.stringify(f)).join(', ')
                      : null,
                  },
                ),
              ])
            }
            for (const k of fields.keys) {
              const r = trophicHeader(fields, k)
              if (r?.wrongUnit) {
                notes.push(
                  `${source.name}: column ${fields.columns[k]} not read for the trophic level index: ${r.key === 'chla' ? 'chlorophyll a in mg/m³ (= µg/L)' : 'transparency in m'}, not ${r.wrongUnit}`,
                )
              }
            }
            const unknown = fields.keys.filter(
              (k) => !KNOWN.has(k) && !INDICATORS.has(k) && trophicHeader(fields, k) === null,
            )
            if (unknown.length) {
              notes.push(`${source.name}: columns not read: ${unknown.join(', ')}`)
            }
            if (!fields.keys.some((k) => INDICATORS.has(k))) {
              notes.push(`${source.name}: no GB 3838 indicator column: no section can be classed`)
            }
          }
          readRow(fields)
        } catch (error) {
          if (!isInputError(error)) throw error
          note(error.issues)
          if (headerFailed) break
        }
      }
      if (first && !options.allowEmpty) note([emptyInputProblem(source.name)])
    } catch (error) {
      if (!isInputError(error)) throw error
      note(error.issues)
    }
  }
  log.throwIfAny()
  const unmatched = options.lakes.filter((l) => !matched.has(l))
  if (unmatched.length) {
    notes.push(
      `${unmatched.length} lake or reservoir section${unmatched.length === 1 ? '' : 's'} of --lakes not in the input: ${unmatched.map((l) => l.name).join(', ')}`,
    )
  }
  return { sections: [...sections.values()], notes, hasOfficial }
}
