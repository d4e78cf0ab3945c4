import type { LocalizedText } from '../../../_lib/localized-text.js'
import type { ActualValue } from '../../figures.js'

/** Why a change cannot be given. @category Air */
export type PeriodChangeGap = 'noCurrent' | 'noEarlier' | 'earlierZero'

/** The result of {@link periodChange}. @category Air */
export interface PeriodChange {
  /** `'percentagePoints'` for ratios, `'percent'` for concentrations and indices. */
  readonly unit: 'percentagePoints' | 'percent'
  /** The two figures compared (as published, or exact). */
  readonly current: number | null
  readonly earlier: number | null
  /** The signed change, exact and published to `decimals`; `null` when it cannot be given. */
  readonly change: ActualValue | null
  /** Up, down or flat (持平: the published change is zero); `null` with `change`. */
  readonly direction: 'up' | 'down' | 'flat' | null
  /** The direction word: 上升 / 下降 / 持平, and up / down / unchanged. */
  readonly word: LocalizedText | null
  /** The change as the releases print it: "同比上升 0.8 个百分点", "比2020年下降 17.1%". */
  readonly text: LocalizedText | null
  /** Why there is no change: a figure is missing, or the earlier one is zero (percent). */
  readonly gap: PeriodChangeGap | null
  /** The options used, defaults filled in. */
  readonly options: {
    readonly kind: 'ratio' | 'concentration' | 'index'
    readonly baseYear: number | null
    readonly compare: 'published' | 'exact'
    readonly decimals: number
  }
}
