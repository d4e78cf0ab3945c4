import { describe, expect, it } from 'vitest'
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PeriodSchema,
  SourceRefSchema,
} from '../../src/index.js'

describe('common schemas', () => {
  it('accept real calendar dates only', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true)
    expect(IsoDateSchema.safeParse('2022-02-29').success).toBe(false)
    expect(IsoDateSchema.safeParse('2022-1-5').success).toBe(false)
  })

  it('reject a period that ends before it starts, at the end field', () => {
    const r = PeriodSchema.safeParse({ start: '2022-12-31', end: '2022-01-01' })
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['end'])
  })

  it('take ids of lower-case words joined by - and grouped by .', () => {
    for (const ok of ['air.good-days-ratio', 'plan-2022', 'a.b.c'])
      expect(IdSchema.safeParse(ok).success).toBe(true)
    for (const bad of ['Air', 'air..x', 'air.', '-x', 'a_b'])
      expect(IdSchema.safeParse(bad).success).toBe(false)
  })

  it('need both languages and a quote of at least two characters', () => {
    expect(LocalizedTextSchema.safeParse({ zh: '优良', en: '' }).success).toBe(false)
    expect(SourceRefSchema.safeParse({ paragraph: 0, quote: '达' }).success).toBe(false)
    expect(SourceRefSchema.safeParse({ paragraph: -1, quote: '达到' }).success).toBe(false)
  })
})
