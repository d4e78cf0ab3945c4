import type { IssueLocation } from '../../../_lib/errors/issue.js'
import { note } from './_batch.js'
import type { HourlyField } from './names.js'
import type { HourlyLayout, ReadNote } from './types.js'

/**
 * What the ozone columns of the CNEMC layouts say about their reading. The maximum 1-hour O3 of
 * the last 24 hours is never below the latest hour: in the export `o3_24h` ≥ `o3`, in the
 * archive of 2022 `o3` ≥ `o3_24h`, in the feed of 2026 the two are equal (or `o3_24h` empty).
 * Likewise the day's running maximum 8-hour mean is never below the latest 8-hour mean: in the
 * export `o3_8h_24h` ≥ `o3_8h`, in the archive and the 2026 feed `o3_8h` ≥ `o3_8h_24h`.
 */
export interface OzoneEvidence {
  /** Records with `o3` > `o3_24h`. */
  above: number
  /** Records with `o3` < `o3_24h`. */
  below: number
  equal: number
  /** Records with `o3_8h` > `o3_8h_24h`. */
  above8: number
  below8: number
  firstAbove: IssueLocation | null
  firstBelow: IssueLocation | null
}

/** The reading the evidence points to. */
export interface OzoneDecision {
  readonly layout: 'cnemc' | 'cnemc-archive' | 'cnemc-2026'
  /** The 1-hour columns decided it (then later records are checked against it). */
  readonly fromData: boolean
  /** How: by the 1-hour columns, the 8-hour columns, the header, or nothing. */
  readonly by: '1h' | '8h' | 'header' | 'none'
  /** The 1-hour columns contradict each other (both above and below). */
  readonly conflict: boolean
}

/** Decides the reading of a CNEMC file from the evidence of its first records. */
export function decideOzone(
  ev: OzoneEvidence,
  column: Readonly<Partial<Record<HourlyField, number>>>,
): OzoneDecision {
  if (ev.above > 0 && ev.below > 0) {
    return { layout: 'cnemc', fromData: false, by: '1h', conflict: true }
  }
  if (ev.above > 0) return { layout: 'cnemc-archive', fromData: true, by: '1h', conflict: false }
  if (ev.below > 0) return { layout: 'cnemc', fromData: true, by: '1h', conflict: false }
  // o3 is the hour's O3 either way; the 8-hour columns tell the export from the 2026 feed
  if (ev.above8 > 0 && ev.below8 === 0) {
    return { layout: 'cnemc-2026', fromData: false, by: '8h', conflict: false }
  }
  if (ev.below8 > 0 && ev.above8 === 0) {
    return { layout: 'cnemc', fromData: false, by: '8h', conflict: false }
  }
  if (column.longitude !== undefined && column.latitude !== undefined) {
    return { layout: 'cnemc-2026', fromData: false, by: 'header', conflict: false }
  }
  return { layout: 'cnemc', fromData: false, by: 'none', conflict: false }
}

/** The note that says how the ozone columns were read, and why. */
export function ozoneNote(decision: OzoneDecision, ev: OzoneEvidence): ReadNote {
  const both = ev.above + ev.below + ev.equal
  const force = (other: HourlyLayout) => ({
    zh: `layout: '${other}' 可强制另一种读法`,
    en: `layout: '${other}' forces the other reading`,
  })
  if (decision.layout === 'cnemc-archive') {
    const f = force('cnemc')
    return note('cnemc-archive', {
      zh: `按 2022 年 CNEMC 存档读取：${both} 条同时有 o3 与 o3_24h 的记录中 o3 从不小于 o3_24h（${ev.above} 条大于），故 o3_24h 为当小时臭氧、o3 为 24 小时内最大 1 小时值，o3_8h_24h 为最新 8 小时滑动平均、o3_8h 为当日最大 8 小时值；${f.zh}`,
      en: `read as the CNEMC archive of 2022: in the ${both} records with both o3 and o3_24h, o3 is never below o3_24h (above it in ${ev.above}), so o3_24h is the hour's O3 and o3 the maximum 1-hour O3 of 24 hours, o3_8h_24h the latest 8-hour mean and o3_8h the day's maximum; ${f.en}`,
    })
  }
  if (decision.layout === 'cnemc-2026') {
    const why =
      decision.by === '8h'
        ? {
            zh: `o3_24h 与 o3 相同或为空，且 o3_8h 从不小于 o3_8h_24h（${ev.above8} 条大于）`,
            en: `o3_24h equals o3 or is empty, and o3_8h is never below o3_8h_24h (above it in ${ev.above8} records)`,
          }
        : {
            zh: '数据无法区分臭氧各列，表头含经纬度',
            en: 'the data do not tell the ozone columns apart and the header has longitude and latitude',
          }
    return note('cnemc-2026', {
      zh: `按 2026 年 CNEMC 实时发布格式读取：${why.zh}；o3 为当小时臭氧，o3_8h 为当日滚动最大 8 小时值，o3_8h_24h 为最新 8 小时滑动平均`,
      en: `read as the CNEMC feed of 2026: ${why.en}; o3 is the hour's O3, o3_8h the day's running maximum 8-hour mean, o3_8h_24h the latest 8-hour mean`,
    })
  }
  if (decision.by === 'none' || decision.conflict) {
    return note('ozone-undetermined', {
      zh: '数据无法区分臭氧各列（o3 与 o3_24h 相同或为空）：按 CNEMC 导出格式读取，o3 为当小时臭氧；发布的臭氧统计列可能对调，可用 layout 选项指定',
      en: 'no record tells the ozone columns apart (o3 and o3_24h equal or empty): read as the CNEMC export, o3 the hour’s O3; the published O3 statistics may be swapped, choose with the layout option',
    })
  }
  const f = force('cnemc-archive')
  return note('cnemc-export', {
    zh:
      decision.by === '1h'
        ? `按 CNEMC 导出格式读取：${both} 条同时有 o3 与 o3_24h 的记录中 o3_24h 从不小于 o3（${ev.below} 条大于），故 o3 为当小时臭氧；${f.zh}`
        : `按 CNEMC 导出格式读取：o3_8h_24h 从不小于 o3_8h（${ev.below8} 条大于）；${f.zh}`,
    en:
      decision.by === '1h'
        ? `read as the CNEMC export: in the ${both} records with both o3 and o3_24h, o3_24h is never below o3 (above it in ${ev.below}), so o3 is the hour's O3; ${f.en}`
        : `read as the CNEMC export: o3_8h_24h is never below o3_8h (above it in ${ev.below8} records); ${f.en}`,
  })
}
