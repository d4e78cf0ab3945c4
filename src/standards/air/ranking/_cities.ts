import { expect, issue, relocate } from '../../../_lib/errors/catalogue.js'
import { InputError, isInputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue, IssuePathSegment } from '../../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import { summarizeAirPeriod } from '../period/summarize.js'
import type { AirPeriodSummary } from '../period/types.js'
import type { AqiStandard } from '../tables.js'
import { readSummary, type SummaryRead } from './_summary.js'

/** A period, both ends inclusive. */
export interface Period {
  readonly start: string
  readonly end: string
}

/** One city input after its shape was checked. */
export type CityRead =
  | {
      readonly kind: 'days'
      readonly city: string
      readonly days: readonly unknown[]
      readonly dustDates: readonly string[] | undefined
      readonly previous: {
        readonly days: readonly unknown[]
        readonly dustDates?: readonly string[]
      } | null
    }
  | {
      readonly kind: 'summary'
      readonly city: string
      readonly summary: unknown
      readonly previous: unknown | null
    }

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Issues of a list of dust dates: an array of valid dates, when given. */
function datesIssues(value: unknown, path: readonly IssuePathSegment[]): InputIssue[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    return [issue({ code: 'invalid_type', path, expected: expect.array(), received: value })]
  }
  return value.flatMap((d, j) =>
    IsoDateSchema.safeParse(d).success
      ? []
      : [
          issue({
            code: 'invalid_format',
            path: [...path, j],
            expected: expect.isoDate(),
            received: d,
          }),
        ],
  )
}

/** Checks the list of cities: a non-empty array of named cities, each name once. */
export function readCities(value: unknown, context: string): CityRead[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError(context, [
      issue({
        code: Array.isArray(value) ? 'empty_input' : 'invalid_type',
        path: ['cities'],
        expected: expect.nonEmptyArray(),
        received: value,
      }),
    ])
  }
  const issues: InputIssue[] = []
  const seen = new Map<string, number>()
  const out: CityRead[] = []
  value.forEach((c, i) => {
    const at = ['cities', i]
    if (!isObject(c) || typeof c.city !== 'string' || c.city.trim() === '') {
      issues.push(
        issue({
          code: 'invalid_type',
          path: isObject(c) ? [...at, 'city'] : at,
          expected: expect.cityAirInput(),
          received: isObject(c) ? c.city : c,
        }),
      )
      return
    }
    const city = c.city.trim()
    const first = seen.get(city)
    if (first !== undefined) {
      issues.push(
        issue({
          code: 'duplicate',
          path: [...at, 'city'],
          expected: expect.uniqueCity(),
          received: c.city,
          hint: { zh: `已在 cities[${first}] 给出`, en: `also given at cities[${first}]` },
        }),
      )
      return
    }
    seen.set(city, i)
    const badDates = [
      ...datesIssues(c.dustDates, [...at, 'dustDates']),
      ...(isObject(c.previous)
        ? datesIssues(c.previous.dustDates, [...at, 'previous', 'dustDates'])
        : []),
    ]
    if (badDates.length > 0) {
      issues.push(...badDates)
      return
    }
    if (Array.isArray(c.days) && !('summary' in c)) {
      const previous = c.previous
      if (previous !== undefined && !(isObject(previous) && Array.isArray(previous.days))) {
        issues.push(
          issue({
            code: 'invalid_type',
            path: [...at, 'previous'],
            expected: expect.cityAirInput(),
            received: previous,
          }),
        )
        return
      }
      out.push({
        kind: 'days',
        city,
        days: c.days,
        dustDates: c.dustDates as readonly string[] | undefined,
        previous: isObject(previous)
          ? (previous as { days: unknown[]; dustDates?: readonly string[] })
          : null,
      })
    } else if (isObject(c.summary) && !('days' in c)) {
      out.push({ kind: 'summary', city, summary: c.summary, previous: c.previous ?? null })
    } else {
      issues.push(
        issue({ code: 'invalid_type', path: at, expected: expect.cityAirInput(), received: c }),
      )
    }
  })
  if (issues.length > 0) throw new InputError(context, issues)
  return out
}

/** The same period one year earlier (29 February becomes 28 February). */
export function yearBefore(period: Period): Period {
  const shift = (date: string) => {
    const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0')
    const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)
    return `${year}${rest}`
  }
  return { start: shift(period.start), end: shift(period.end) }
}

/** The first and last date of the days of every city, or `null` when there is none. */
export function dayRange(cities: readonly CityRead[]): Period | null {
  let start: string | null = null
  let end: string | null = null
  for (const c of cities) {
    if (c.kind !== 'days') continue
    for (const d of c.days) {
      const date = isObject(d) ? d.date : undefined
      if (typeof date !== 'string') continue
      if (start === null || date < start) start = date
      if (end === null || date > end) end = date
    }
  }
  return start === null || end === null ? null : { start, end }
}

/**
 * An error thrown while summarising a city's days, moved under the city's path. Errors of the
 * one input-error class are relocated; an error of the same shape (issues with a path and a
 * message) becomes one.
 */
function relocated(e: unknown, context: string, prefix: readonly IssuePathSegment[]): unknown {
  if (isInputError(e))
    return new InputError(
      context,
      e.issues.map((i) => relocate(i, { prefix })),
    )
  const issues = (e as { issues?: unknown }).issues
  if (e instanceof Error && Array.isArray(issues) && issues.length > 0) {
    return new InputError(
      context,
      issues.map((i: { path?: readonly IssuePathSegment[]; message?: string }) => {
        const message = String(i.message ?? e.message)
        return {
          code: 'custom' as const,
          path: [...prefix, ...(i.path ?? [])],
          expected: { zh: message, en: message },
          received: null,
          message: { zh: message, en: message },
        }
      }),
    )
  }
  return e
}

/** Summarises one city's days over a period, or reads its summary. */
export function summaryOf(
  input: { readonly days: readonly unknown[]; readonly dustDates?: readonly string[] | undefined },
  period: Period,
  standard: AqiStandard,
  context: string,
  prefix: readonly IssuePathSegment[],
): SummaryRead {
  let summary: AirPeriodSummary
  try {
    summary = summarizeAirPeriod(input.days as Parameters<typeof summarizeAirPeriod>[0], {
      period,
      standard,
      ...(input.dustDates !== undefined ? { dustDates: [...new Set(input.dustDates)] } : {}),
    })
  } catch (e) {
    throw relocated(e, context, prefix)
  }
  return readSummary(summary, context, prefix)
}

/** Checks that a summary covers the period the cities are ranked on. */
export function checkPeriod(
  read: SummaryRead,
  period: Period,
  context: string,
  path: readonly IssuePathSegment[],
): void {
  if (read.period.start === period.start && read.period.end === period.end) return
  throw new InputError(context, [
    issue({
      code: 'conflict',
      path: [...path, 'period'],
      expected: expect.samePeriod(`${period.start}…${period.end}`),
      receivedText: `${read.period.start}…${read.period.end}`,
    }),
  ])
}
