import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue } from '../../../_lib/errors/catalogue.js'
import type { IssueLocation } from '../../../_lib/errors/issue.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import { defineOptions } from '../../../_lib/options.js'
import { isIsoDate } from '../_dates.js'
import { arrayIssue, Issues, objectIssue, resolveInto } from '../_input.js'
import type {
  ReaderNoteSchema,
  SectionRecordSamplingSchema,
  SectionRecordsSchema,
} from '../results/readers.js'
import type { SamplingStatus, SurfaceWaterValues } from '../results/section.js'
import { parseWaterClass, type WaterBody, type WaterClass } from '../water-class.js'
import { normalizeWaterHeader } from './_header.js'
import { readRecordValues } from './_record.js'
import type { LakeEntry } from './lakes.js'

/**
 * The columns of a section export besides the indicators, by the names they go by (compared
 * after the readers' header normalization): the national automatic stations' Chinese headers as
 * published (`省份, 流域, 断面名称, 监测时间, 水质类别`) and English ones. Columns the stations
 * publish that no standard classes (conductivity, turbidity, chlorophyll a, algal density) are
 * read past without a note.
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
  notClassed: [
    '电导率',
    'conductivity',
    '浊度',
    'turbidity',
    '叶绿素α',
    '叶绿素a',
    'chlorophyll-a',
    'chlorophyllA',
    '藻密度',
    'algal density',
  ],
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
 * Options of {@link readSectionRecords}: the lake and reservoir sections (a {@link parseLakeList}
 * result; other sections are rivers unless a water-body column says otherwise) and where the
 * records were read (`file` and the 1-based `lines` of each record), so every issue carries its
 * file and line.
 *
 * @category Water
 * @example
 * ```ts
 * import { ReadSectionRecordsOptionsSchema } from 'eco-targets/water'
 * Object.keys(ReadSectionRecordsOptionsSchema.def.shape) //=> ['lakes', 'source']
 * ```
 */
export const ReadSectionRecordsOptionsSchema = zm.strictObject({
  lakes: zm.optional(zm.readonly(zm.array(zm.looseObject({ name: zm.string() })))),
  source: zm.optional(
    zm.strictObject({ file: zm.string(), lines: zm.optional(zm.readonly(zm.array(zm.int()))) }),
  ),
})

/** Options of {@link readSectionRecords}. @category Water */
export type ReadSectionRecordsOptions = Omit<
  z.input<typeof ReadSectionRecordsOptionsSchema>,
  'lakes'
> & {
  readonly lakes?: readonly LakeEntry[]
}

const OPTIONS = defineOptions('readSectionRecords', ReadSectionRecordsOptionsSchema, (o) => ({
  lakes: (o.lakes ?? []) as unknown as readonly LakeEntry[],
  file: o.source?.file ?? null,
  lines: o.source?.lines ?? null,
}))

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

/**
 * Reads the records of a surface-water section export (rows of a CSV or objects of a JSON file,
 * Chinese or English headers as the national automatic stations publish them: `断面名称, 监测时间,
 * 水质类别, pH(无量纲), 溶解氧(mg/L), …`) into sections with their samplings. A section is the
 * `section` column, else province, basin and name together; its water body comes from a
 * water-body column (river, lake, reservoir, 河流, 湖泊, 水库) or the lake list. The input rules
 * are those of {@link parseSurfaceWaterValues} (the alias table, the shared no-value texts,
 * numbers only, pH within 0–14, no negative value) plus dates that exist, known statuses and
 * class labels.
 *
 * @param records - the records, in file order
 * @param options - the lake list and where the records were read
 * @returns the sections in input order and the notes (columns not read, no indicator column,
 * lake entries not in the input)
 * @throws {@link InputError} listing every problem, each with its path (`[3, '氨氮(mg/L)']`) and,
 * when `source` is given, its file and line; a header without a section column once, at line 1
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
  const resolved = resolveInto(OPTIONS, options as never, issues)
  const notArray = arrayIssue([], records)
  if (notArray) issues.add(notArray)
  issues.throwIfAny('readSectionRecords input')
  const { lakes, file, lines } = resolved as NonNullable<typeof resolved>
  const at = (i: number): IssueLocation | undefined =>
    file === null ? undefined : { file, ...(lines?.[i] !== undefined ? { line: lines[i] } : {}) }
  const sections = new Map<string, SectionRecords>()
  const matched = new Set<LakeEntry>()
  const notes: ReaderNote[] = []
  const unread = new Set<string>()
  // The header: every record of a CSV has the same keys; JSON records may differ, so the roles
  // are read per record and the header problems from the first.
  const first = records[0]
  if (first !== undefined) {
    const headers = Object.keys(first)
    const roles = headers.map((h) => ROLE_OF.get(normalizeWaterHeader(h).name))
    if (!roles.includes('section') && !roles.includes('sectionName')) {
      issues.add(
        issue({
          code: 'missing_column',
          path: [],
          expected: expect.sectionColumn(),
          receivedText: headers.map((h) => JSON.stringify(h)).join(', ') || null,
          ...(file === null ? {} : { location: { file, line: 1 } }),
        }),
      )
      issues.throwIfAny('readSectionRecords input')
    }
    const values = readRecordValues(
      Object.fromEntries(headers.filter((_, k) => roles[k] === undefined).map((h) => [h, null])),
      'surface',
      new Set(),
      new Issues(),
      undefined,
      [],
      new Set(),
    )
    if (Object.keys(values).length === 0) {
      notes.push({
        code: 'noIndicatorColumn',
        items: [],
        message: {
          zh: '没有 GB 3838 指标列：无法评价断面类别',
          en: 'no GB 3838 indicator column: no section can be classed',
        },
      })
    }
  }
  records.forEach((record, i) => {
    const location = at(i)
    const where = location ? { location } : {}
    const notObject = objectIssue([i], record)
    if (notObject) {
      issues.add(location ? { ...notObject, location } : notObject)
      return
    }
    const byRole: Partial<Record<ColumnRole, { header: string; value: unknown }>> = {}
    const indicatorCells: Record<string, unknown> = {}
    for (const [header, value] of Object.entries(record)) {
      const role = ROLE_OF.get(normalizeWaterHeader(header).name)
      if (role === undefined) indicatorCells[header] = value
      else if (role !== 'notClassed') byRole[role] = { header, value }
    }
    const before = issues.list.length
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
          received: header ? (record[header] ?? null) : undefined,
          ...where,
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
            ...where,
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
          ...where,
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
          ...where,
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
            ...where,
          }),
        )
      }
    }
    const values = readRecordValues(
      indicatorCells,
      'surface',
      new Set(),
      issues,
      location,
      [i],
      unread,
    ) as SurfaceWaterValues
    if (issues.list.length > before || id === null) return
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
          ...where,
        }),
      )
      return
    }
    section.samplings.push({
      record: i,
      ...(location ? { location } : {}),
      date,
      status: status as SamplingStatus,
      values,
      ...(officialClass === undefined ? {} : { officialClass }),
    })
  })
  issues.throwIfAny('readSectionRecords input')
  if (unread.size > 0) {
    const items = [...unread]
    notes.unshift({
      code: 'unreadColumns',
      items,
      message: {
        zh: `未读取的列：${items.join('、')}`,
        en: `columns not read: ${items.join(', ')}`,
      },
    })
  }
  const unmatched = lakes.filter((l) => !matched.has(l)).map((l) => l.name)
  if (unmatched.length) {
    notes.push({
      code: 'unmatchedLakes',
      items: unmatched,
      message: {
        zh: `湖库清单中不在输入里的断面：${unmatched.join('、')}`,
        en: `${unmatched.length} lake or reservoir section${unmatched.length === 1 ? '' : 's'} of the list not in the input: ${unmatched.join(', ')}`,
      },
    })
  }
  return { sections: [...sections.values()], notes }
}
