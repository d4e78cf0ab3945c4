import type { z } from 'zod'
import { expect, text } from '../../_lib/errors/catalogue.js'
import type { LocalizedText } from '../../_lib/localized-text.js'
import { addIssue } from '../_issue.js'

type Item = Readonly<Record<string, unknown>>

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')

/** Where an earlier record is, for hints: `[3]`. */
const at = (i: number) => `[${i}]`

/**
 * The checks that need more than one record: a day given twice for one scope, a yearly figure
 * given twice, and records that contradict each other about a section or a drinking-water
 * source (one source given as surface and as groundwater, or at two levels, would otherwise be
 * judged on the wrong limits or counted in two targets). Each issue points at the later record
 * and names the earlier one.
 */
export function checkAcrossRecords(items: readonly unknown[], ctx: z.RefinementCtx): void {
  const once = new Map<string, number>()
  const duplicate = (
    key: string,
    i: number,
    path: readonly (string | number)[],
    what: LocalizedText,
  ) => {
    const first = once.get(key)
    if (first === undefined) {
      once.set(key, i)
      return
    }
    addIssue(ctx, [i, ...path], expect.unique(what), {
      code: 'duplicate',
      hint: text(`与 ${at(first)} 重复`, `also given at ${at(first)}`),
    })
  }
  const firstOf = new Map<string, { index: number; record: Item }>()
  const consistent = (key: string, i: number, o: Item, fields: readonly string[]) => {
    const first = firstOf.get(key)
    if (!first) {
      firstOf.set(key, { index: i, record: o })
      return
    }
    let typeDiffers = false
    for (const field of fields) {
      const before = first.record[field]
      // A groundwater record has no water body: when the source type already conflicts, the
      // water body differs because of it and is not a second problem.
      if (field === 'sourceType' && before !== o[field]) typeDiffers = true
      else if (field === 'waterBody' && typeDiffers) continue
      if (before !== o[field]) {
        addIssue(
          ctx,
          [i, field],
          expect.consistentWith(field, str(before) || '—', at(first.index)),
          {
            code: 'conflict',
          },
        )
      }
    }
  }
  items.forEach((o, i) => {
    if (!isItem(o)) return
    const scope = str(o.scope)
    switch (o.kind) {
      case 'airDaily':
        duplicate(`airDaily|${scope}|${str(o.date)}`, i, ['date'], DAY)
        break
      case 'waterSample':
        consistent(`section|${str(o.section)}`, i, o, ['waterBody'])
        break
      case 'drinkingWaterSample':
        consistent(`source|${str(o.source)}`, i, o, ['sourceType', 'level', 'waterBody'])
        break
      case 'emissionTotal':
        duplicate(`emissionTotal|${str(o.pollutant)}|${str(o.year)}|${scope}`, i, ['year'], TOTAL)
        break
      case 'emissionAssignment':
        duplicate(`assignment|${str(o.pollutant)}|${str(o.year)}|${scope}`, i, ['year'], ASSIGNED)
        break
      case 'annualValue':
        duplicate(`annualValue|${str(o.metric)}|${scope}|${str(o.year)}`, i, ['year'], FIGURE)
        break
    }
  })
}

const DAY = text(
  '范围内的日期（每个范围每天一条）',
  'day of a scope (one record a day for each scope)',
)
const TOTAL = text(
  '年份（每种污染物每年一个排放总量）',
  'year (one total a year for each pollutant)',
)
const ASSIGNED = text(
  '年份（每种污染物每年一个下达目标）',
  'year (one assignment a year for each pollutant)',
)
const FIGURE = text(
  '年份（每个指标、范围每年一个数值）',
  'year (one figure a year for each metric and scope)',
)
