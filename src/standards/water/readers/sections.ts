import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue, IssueLocation } from '../../../_lib/errors/issue.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import { defineOptions } from '../../../_lib/options.js'
import { isIsoDate } from '../_dates.js'
import { arrayIssue, Issues, measurementIssue, objectIssue, resolveInto } from '../_input.js'
import type {
  ReaderNoteSchema,
  SectionRecordSamplingSchema,
  SectionRecordsSchema,
} from '../results/readers.js'
import type { SamplingStatus, SurfaceWaterValues } from '../results/section.js'
import { parseWaterClass, type WaterBody, type WaterClass } from '../water-class.js'
import { readCell } from './_cells.js'
import { normalizeWaterHeader } from './_header.js'
import { readRecordValues } from './_record.js'
import { resolveWaterColumn } from './columns.js'
import type { LakeEntry } from './lakes.js'

/**
 * The columns of a section export besides the indicators, by the names they go by (compared
 * after the readers' header normalization): the national automatic stations' Chinese headers as
 * published (`省份, 流域, 断面名称, 监测时间, 水质类别`) and English ones. Columns the stations
 * publish that no standard classes (conductivity, turbidity, algal density) are read past without
 * a note; chlorophyll a and transparency are read for the trophic level index.
 *
 * @category Water
 * @example
 * ```ts
 * import { SECTION_EXPORT_COLUMNS } from 'eco-targets/water'
 * SECTION_EXPORT_COLUMNS.officialClass //=> ['水质类别', 'water quality class', 'officialClass']
 * ```
 */
export const SECTION_EXPORT_COLUMNS = Object.freeze({
  province: ['省份', 'province'],
  basin: ['流域', 'basin'],
  section: ['section', '断面编码', '断面代码', 'section code'],
  sectionName: ['断面名称', 'section name', '断面', 'name', 'sectionName'],
  waterBody: ['waterBody', '水体类型', 'water body'],
  time: ['监测时间', 'time'],
  date: ['date', '采样日期', '监测日期'],
  status: ['status', '采样状态'],
  officialClass: ['水质类别', 'water quality class', 'officialClass'],
  notClassed: ['电导率', 'conductivity', '浊度', 'turbidity', '藻密度', 'algal density'],
} as const)

type ColumnRole = keyof typeof SECTION_EXPORT_COLUMNS

const ROLE_OF = new Map<string, ColumnRole>(
  (Object.entries(SECTION_EXPORT_COLUMNS) as [ColumnRole, readonly string[]][]).flatMap(
    ([role, names]) => names.map((n) => [normalizeWaterHeader(n).name, role] as const),
  ),
)

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
  driedup: 'driedUp',
  frozen: 'frozen',
  notsampled: 'notSampled',
  采样: 'sampled',
  正常: 'sampled',
  断流: 'driedUp',
  干涸: 'driedUp',
  冰封: 'frozen',
  未采样: 'notSampled',
}

/**
 * Where a batch of section records was read: the file, the 1-based line of each record and, for
 * a CSV file, the header row as written (problems then carry their column number).
 *
 * @category Water
 * @example
 * ```ts
 * import { SectionRecordsSourceSchema } from 'eco-targets/water'
 * Object.keys(SectionRecordsSourceSchema.def.shape) //=> ['file', 'lines', 'header']
 * ```
 */
export const SectionRecordsSourceSchema = zm.strictObject({
  file: zm.string(),
  lines: zm.optional(zm.readonly(zm.array(zm.int()))),
  header: zm.optional(zm.readonly(zm.array(zm.string()))),
})

/**
 * Options of {@link readSectionRecords}: the lake and reservoir sections (a {@link parseLakeList}
 * result; other sections are rivers unless a water-body column says otherwise), where the
 * records were read (`file`, the 1-based `lines` of each record and, for a CSV file, the `header`
 * row as written), so every issue carries its file, line and column, and how many problems to
 * find before reading stops (`maxProblems`, default no limit).
 *
 * @category Water
 * @example
 * ```ts
 * import { ReadSectionRecordsOptionsSchema } from 'eco-targets/water'
 * Object.keys(ReadSectionRecordsOptionsSchema.def.shape) //=> ['lakes', 'source', 'maxProblems']
 * ```
 */
export const ReadSectionRecordsOptionsSchema = zm.strictObject({
  lakes: zm.optional(zm.readonly(zm.array(zm.looseObject({ name: zm.string() })))),
  source: zm.optional(SectionRecordsSourceSchema),
  maxProblems: zm.optional(zm.int().check(zm.gte(0))),
})

/** Options of {@link readSectionRecords}. @category Water */
export type ReadSectionRecordsOptions = Omit<
  z.input<typeof ReadSectionRecordsOptionsSchema>,
  'lakes'
> & {
  readonly lakes?: readonly LakeEntry[]
}

/**
 * Options of {@link createSectionReader}: the lake list and the problem limit of
 * {@link readSectionRecords}; each batch of records names its own source.
 *
 * @category Water
 * @example
 * ```ts
 * import { CreateSectionReaderOptionsSchema } from 'eco-targets/water'
 * Object.keys(CreateSectionReaderOptionsSchema.def.shape) //=> ['lakes', 'maxProblems']
 * ```
 */
export const CreateSectionReaderOptionsSchema = zm.strictObject({
  lakes: ReadSectionRecordsOptionsSchema.def.shape.lakes,
  maxProblems: ReadSectionRecordsOptionsSchema.def.shape.maxProblems,
})

/** Options of {@link createSectionReader}. @category Water */
export type CreateSectionReaderOptions = Pick<ReadSectionRecordsOptions, 'lakes' | 'maxProblems'>

/** Where a batch of records of {@link SectionReader.read} was read. @category Water */
export type SectionRecordsSource = z.input<typeof SectionRecordsSourceSchema>

const OPTIONS = defineOptions('createSectionReader', CreateSectionReaderOptionsSchema, (o) => ({
  lakes: (o.lakes ?? []) as unknown as readonly LakeEntry[],
  maxProblems: o.maxProblems && o.maxProblems > 0 ? o.maxProblems : Number.POSITIVE_INFINITY,
}))
const READ_OPTIONS = defineOptions('readSectionRecords', ReadSectionRecordsOptionsSchema, (o) => o)
const SOURCE = defineOptions('readSectionRecords source', SectionRecordsSourceSchema, (o) => o)

/** One sampling read from a record. @category Water */
export type SectionRecordSampling = z.output<typeof SectionRecordSamplingSchema>

/** A section read from an export, with its samplings in input order. @category Water */
export type SectionRecords = z.output<typeof SectionRecordsSchema>

/** What a reader noticed without it being an error. @category Water */
export type ReaderNote = z.output<typeof ReaderNoteSchema>

const textOf = (v: unknown): string | null => {
  if (v === null || v === undefined) return null
  const t = String(v).trim()
  return noValueOf(t) === null ? t : null
}

/** The TLI parameters a section export may carry besides the GB 3838 indicators. */
type TrophicKey = 'chla' | 'SD'

function trophicColumn(header: string): { key: TrophicKey; wrongUnit: string | null } | null {
  if (resolveWaterColumn(header, 'surface') !== null) return null
  const r = resolveWaterColumn(header, 'trophic')
  return r && (r.key === 'chla' || r.key === 'SD') ? { key: r.key, wrongUnit: r.wrongUnit } : null
}

/**
 * A section reader that takes the records of several files (or several batches of one) and
 * groups them into sections as {@link readSectionRecords} does: a section may have samplings in
 * every file, and the problem limit counts over all of them.
 *
 * @category Water
 */
export interface SectionReader {
  /**
   * Reads a batch of records. Batches of one file (the same `source.file`) may follow one another:
   * the header is looked at with the first. A header without a section column is one problem at
   * line 1, and the rest of that file is left.
   *
   * @returns `false` when the rest of the file is not wanted (its header has no section column)
   * @throws {@link InputError} with the problems found so far once `maxProblems` is reached
   */
  read(
    records: readonly Readonly<Record<string, unknown>>[],
    source?: SectionRecordsSource,
  ): boolean
  /**
   * The sections in input order and the notes of every batch.
   *
   * @throws {@link InputError} listing every problem found
   */
  finish(): { sections: SectionRecords[]; notes: ReaderNote[] }
}

/**
 * A reader of section records over several files: `read` each file's records with its
 * source, then `finish`. {@link readSectionRecords} is one `read` and `finish`.
 *
 * @param options - the lake list and the problem limit
 * @returns the reader
 * @throws {@link InputError} on bad options
 * @category Water
 * @see GB 3838-2002 Table 1; 环办〔2011〕22号
 * @example
 * ```ts
 * import { createSectionReader } from 'eco-targets/water'
 * const reader = createSectionReader()
 * reader.read([{ 断面名称: '临江', date: '2022-01-10', '总磷(mg/L)': '0.1' }], { file: 'jan.csv', lines: [2] })
 * reader.read([{ 断面名称: '临江', date: '2022-02-10', '总磷(mg/L)': '0.2' }], { file: 'feb.csv', lines: [2] })
 * reader.finish().sections[0]?.samplings.map((s) => s.location?.file) //=> ['jan.csv', 'feb.csv']
 * ```
 */
export function createSectionReader(options?: CreateSectionReaderOptions): SectionReader {
  const optionIssues = new Issues()
  const resolved = resolveInto(OPTIONS, options as never, optionIssues)
  optionIssues.throwIfAny('createSectionReader options')
  const { lakes, maxProblems } = resolved as NonNullable<typeof resolved>
  const problems: InputIssue[] = []
  const sections = new Map<string, SectionRecords>()
  const matched = new Set<LakeEntry>()
  const notes: ReaderNote[] = []
  const unread = new Set<string>()
  let recordIndex = 0
  const checkedFiles = new Set<string>()
  const failedFiles = new Set<string>()
  const stopped = () =>
    new InputError(
      `readSectionRecords input (reading stopped after ${maxProblems} problems)`,
      problems,
    )
  const note = (found: readonly InputIssue[]) => {
    for (const p of found) {
      problems.push(p)
      if (problems.length >= maxProblems) throw stopped()
    }
  }

  const read: SectionReader['read'] = (records, source) => {
    if (problems.length >= maxProblems) throw stopped()
    const sourceIssues = new Issues()
    const where = source === undefined ? null : resolveInto(SOURCE, source as never, sourceIssues)
    const notArray = arrayIssue([], records)
    if (notArray) sourceIssues.add(notArray)
    sourceIssues.throwIfAny('readSectionRecords input')
    const file = where?.file ?? null
    const lines = where?.lines ?? null
    const columnOf = new Map((where?.header ?? []).map((h, k) => [h, k + 1]))
    const prefix = file === null ? '' : `${file}: `
    // With a line, a problem's path is its column alone: the line says which record.
    const place = (found: InputIssue, i: number): InputIssue => {
      const line = lines?.[i]
      const path = line !== undefined && found.path[0] === i ? found.path.slice(1) : found.path
      const column = typeof path[0] === 'string' ? columnOf.get(path[0]) : undefined
      if (file === null) return { ...found, path }
      return {
        ...found,
        path,
        location: {
          file,
          ...(line !== undefined ? { line } : {}),
          ...(column !== undefined ? { column } : {}),
        },
      }
    }
    // A file read in batches has its header looked at once, with its first batch.
    if (file !== null && failedFiles.has(file)) return false
    const first = file !== null && checkedFiles.has(file) ? undefined : records[0]
    if (file !== null && records.length > 0) checkedFiles.add(file)
    if (first !== undefined) {
      const headers = Object.keys(first)
      const roles = headers.map((h) => ROLE_OF.get(normalizeWaterHeader(h).name))
      if (!roles.includes('section') && !roles.includes('sectionName')) {
        note([
          issue({
            code: 'missing_column',
            path: [],
            expected: expect.sectionColumn(),
            receivedText: headers.map((h) => JSON.stringify(h)).join(', ') || null,
            ...(file === null ? {} : { location: { file, line: 1 } }),
          }),
        ])
        recordIndex += records.length
        if (file !== null) failedFiles.add(file)
        return false
      }
      const headerIssues = new Issues()
      const values = readRecordValues(
        Object.fromEntries(headers.filter((_, k) => roles[k] === undefined).map((h) => [h, null])),
        'surface',
        new Set(),
        headerIssues,
        undefined,
        [],
        new Set(),
      )
      // A CSV header naming an item twice or in another unit: every row would say so; once, at
      // line 1, and the file is left.
      if (file !== null && where?.header !== undefined && headerIssues.list.length > 0) {
        failedFiles.add(file)
        note(
          headerIssues.list.map((found) => {
            const column =
              typeof found.path[0] === 'string' ? columnOf.get(found.path[0]) : undefined
            return {
              ...found,
              location: { file, line: 1, ...(column !== undefined ? { column } : {}) },
            }
          }),
        )
        recordIndex += records.length
        return false
      }
      if (Object.keys(values).length === 0) {
        notes.push({
          code: 'noIndicatorColumn',
          items: [],
          message: {
            zh: `${prefix}没有 GB 3838 指标列：无法评价断面类别`,
            en: `${prefix}no GB 3838 indicator column: no section can be classed`,
          },
        })
      }
      for (const h of headers) {
        const t = roles[headers.indexOf(h)] === undefined ? trophicColumn(h) : null
        if (t?.wrongUnit) {
          const rule =
            t.key === 'chla'
              ? { zh: '叶绿素a以 mg/m³（= µg/L）计', en: 'chlorophyll a in mg/m³ (= µg/L)' }
              : { zh: '透明度以 m 计', en: 'transparency in m' }
          notes.push({
            code: 'trophicColumnUnit',
            items: [h],
            message: {
              zh: `${prefix}${h} 列未用于综合营养状态指数：${rule.zh}，不是 ${t.wrongUnit}`,
              en: `${prefix}column ${h} not read for the trophic level index: ${rule.en}, not ${t.wrongUnit}`,
            },
          })
        }
      }
    }
    const unreadHere = new Set<string>()
    records.forEach((record, i) => {
      const index = recordIndex + i
      const line = lines?.[i]
      const location: IssueLocation | undefined =
        file === null ? undefined : { file, ...(line !== undefined ? { line } : {}) }
      const found = new Issues()
      readRecord(record, i, found, location, unreadHere, index)
      if (found.list.length) note(found.list.map((f) => place(f, i)))
    })
    recordIndex += records.length
    if (unreadHere.size > 0) {
      const items = [...unreadHere].filter((h) => !unread.has(h))
      for (const h of items) unread.add(h)
      if (items.length > 0) {
        notes.push({
          code: 'unreadColumns',
          items,
          message: {
            zh: `${prefix}未读取的列：${items.join('、')}`,
            en: `${prefix}columns not read: ${items.join(', ')}`,
          },
        })
      }
    }
    return true
  }

  const readRecord = (
    record: Readonly<Record<string, unknown>>,
    i: number,
    issues: Issues,
    location: IssueLocation | undefined,
    unreadHere: Set<string>,
    index: number,
  ) => {
    const notObject = objectIssue([i], record)
    if (notObject) {
      issues.add(notObject)
      return
    }
    const byRole: Partial<Record<ColumnRole, { header: string; value: unknown }>> = {}
    const indicatorCells: Record<string, unknown> = {}
    const trophic: Partial<Record<TrophicKey, number | null>> = {}
    for (const [header, value] of Object.entries(record)) {
      const role = ROLE_OF.get(normalizeWaterHeader(header).name)
      if (role !== undefined) {
        if (role !== 'notClassed') byRole[role] = { header, value }
        continue
      }
      const t = trophicColumn(header)
      if (t === null) {
        indicatorCells[header] = value
        continue
      }
      if (t.wrongUnit !== null) continue
      const cell = readCell(value, [i, header], {})
      if ('issue' in cell) issues.add(cell.issue)
      else if (typeof cell.value === 'number') {
        const bad = measurementIssue([i, header], cell.value, 'nonNegative', undefined)
        if (bad) issues.add(bad)
        else trophic[t.key] = cell.value
      } else trophic[t.key] = null
    }
    const province = textOf(byRole.province?.value)
    const basin = textOf(byRole.basin?.value)
    const name = textOf(byRole.sectionName?.value)
    const given = textOf(byRole.section?.value)
    const id =
      given ??
      (name === null ? null : [province, basin, name].filter((p) => p !== null).join(' / '))
    if (id === null) {
      const header = byRole.section?.header ?? byRole.sectionName?.header
      issues.add(
        issue({
          code: 'invalid_type',
          path: header ? [i, header] : [i],
          expected: expect.nonEmptyText(),
          receivedText: null,
        }),
      )
    }
    let waterBody: WaterBody | undefined
    let waterBodyFrom: SectionRecords['waterBodyFrom'] = 'default'
    const bodyText = textOf(byRole.waterBody?.value)
    if (bodyText !== null) {
      waterBody = BODIES[bodyText] ?? BODIES[bodyText.toLowerCase()]
      waterBodyFrom = 'column'
      if (!waterBody)
        issues.add(
          issue({
            code: 'invalid_value',
            path: [i, byRole.waterBody?.header as string],
            expected: expect.waterBody(),
            received: bodyText,
          }),
        )
    } else if (name !== null) {
      const lake = lakes.find(
        (l) =>
          l.name === name &&
          (l.basin === undefined || l.basin === basin) &&
          (l.province === undefined || l.province === province),
      )
      if (lake) {
        matched.add(lake)
        waterBody = lake.waterBody
        waterBodyFrom = 'lakes'
      }
    }
    const statusText = textOf(byRole.status?.value)
    const status =
      statusText === null ? 'sampled' : (STATUSES[statusText] ?? STATUSES[statusText.toLowerCase()])
    if (!status)
      issues.add(
        issue({
          code: 'invalid_value',
          path: [i, byRole.status?.header as string],
          expected: expect.samplingStatus(),
          received: statusText,
        }),
      )
    let date = textOf(byRole.date?.value)
    if (date !== null && !isIsoDate(date)) {
      issues.add(
        issue({
          code: 'invalid_format',
          path: [i, byRole.date?.header as string],
          expected: expect.isoDate(),
          received: date,
        }),
      )
      date = null
    }
    if (date === null) {
      const time = textOf(byRole.time?.value)?.slice(0, 10) ?? ''
      if (isIsoDate(time)) date = time
    }
    let officialClass: WaterClass | null | undefined
    if (byRole.officialClass) {
      const label = byRole.officialClass.value
      try {
        officialClass = parseWaterClass(label === null || label === undefined ? '' : String(label))
      } catch {
        issues.add(
          issue({
            code: 'invalid_value',
            path: [i, byRole.officialClass.header],
            expected: expect.waterClassLabel(),
            received: label,
          }),
        )
      }
    }
    const values = readRecordValues(
      indicatorCells,
      'surface',
      new Set(),
      issues,
      undefined,
      [i],
      unreadHere,
    ) as SurfaceWaterValues
    if (issues.list.length > 0 || id === null) return
    let section = sections.get(id)
    if (!section) {
      section = {
        id,
        name: name ?? id,
        where:
          province !== null || basin !== null
            ? [province, basin].filter((p) => p !== null).join(' / ')
            : null,
        waterBody: waterBody ?? 'river',
        waterBodyFrom: waterBody ? waterBodyFrom : 'default',
        samplings: [],
      }
      sections.set(id, section)
    } else if (
      waterBody &&
      waterBody !== section.waterBody &&
      section.waterBodyFrom !== 'default'
    ) {
      issues.add(
        issue({
          code: 'conflict',
          path: byRole.waterBody ? [i, byRole.waterBody.header] : [i],
          expected: expect.sameWaterBody(section.waterBody),
          received: waterBody,
          hint: text(`断面 ${id}`, `section ${id}`),
        }),
      )
      return
    }
    section.samplings.push({
      record: index,
      ...(location ? { location } : {}),
      date,
      status: status as SamplingStatus,
      values,
      ...(Object.keys(trophic).length > 0 ? { trophic } : {}),
      ...(officialClass === undefined ? {} : { officialClass }),
    })
  }

  const finish: SectionReader['finish'] = () => {
    if (problems.length > 0) throw new InputError('readSectionRecords input', problems)
    const out = [...notes]
    const unmatched = lakes.filter((l) => !matched.has(l)).map((l) => l.name)
    if (unmatched.length) {
      out.push({
        code: 'unmatchedLakes',
        items: unmatched,
        message: {
          zh: `湖库清单中不在输入里的断面：${unmatched.join('、')}`,
          en: `${unmatched.length} lake or reservoir section${unmatched.length === 1 ? '' : 's'} of the list not in the input: ${unmatched.join(', ')}`,
        },
      })
    }
    return { sections: [...sections.values()], notes: out }
  }
  return { read, finish }
}

/**
 * Reads the records of a surface-water section export (rows of a CSV or objects of a JSON file,
 * Chinese or English headers as the national automatic stations publish them: `断面名称, 监测时间,
 * 水质类别, pH(无量纲), 溶解氧(mg/L), …`) into sections with their samplings. A section is the
 * `section` column, else province, basin and name together; its water body comes from a
 * water-body column (river, lake, reservoir, 河流, 湖泊, 水库) or the lake list. The input rules
 * are those of {@link parseSurfaceWaterValues} (the alias table, the shared no-value texts,
 * numbers only, pH within 0–14, no negative value) plus dates that exist, known statuses and
 * class labels; chlorophyll a (mg/m³ = µg/L) and transparency (m) columns are read for the
 * trophic level index.
 *
 * @param records - the records, in file order
 * @param options - the lake list, where the records were read, and the problem limit
 * @returns the sections in input order and the notes (columns not read, no indicator column, a
 * trophic column in another unit, lake entries not in the input)
 * @throws {@link InputError} listing every problem (or the first `maxProblems`), each with its
 * path (`[3, '氨氮(mg/L)']`; the column alone when `source.lines` gives the line) and, when
 * `source` is given, its file, line and (with `source.header`) column; a header without a
 * section column once, at line 1
 * @category Water
 * @see GB 3838-2002 Table 1; 环办〔2011〕22号
 * @example
 * ```ts
 * import { readSectionRecords } from 'eco-targets/water'
 * const { sections } = readSectionRecords([
 *   { 断面名称: '临江', 监测时间: '2022-02-04 11:00', 水质类别: 'Ⅱ', 'pH(无量纲)': '7.18', '总磷(mg/L)': '0.100' },
 * ])
 * sections[0]?.samplings[0]?.values //=> { pH: 7.18, TP: 0.1 }
 * sections[0]?.samplings[0]?.date   //=> '2022-02-04'
 * ```
 */
export function readSectionRecords(
  records: readonly Readonly<Record<string, unknown>>[],
  options?: ReadSectionRecordsOptions,
): { sections: SectionRecords[]; notes: ReaderNote[] } {
  const issues = new Issues()
  resolveInto(READ_OPTIONS, options as never, issues)
  issues.throwIfAny('readSectionRecords options')
  const { source, ...rest } = (options ?? {}) as ReadSectionRecordsOptions
  const reader = createSectionReader(rest)
  reader.read(records, source)
  return reader.finish()
}
