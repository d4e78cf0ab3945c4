/**
 * Surface-water and groundwater quality standards (`eco-targets/water`), usable without the plan:
 * GB 3838-2002 Tables 1–3 and GB/T 14848-2017 as printed literal tables, the class of an
 * indicator and of a section under the MEE evaluation method (环办〔2011〕22号: 21 indicators,
 * worst item; 5+X), period means, sets of sections (class shares, Ⅰ–Ⅲ and 劣Ⅴ ratios, quality
 * status), main pollutants, lake trophic state (TLI), drinking-water sources (surface and
 * groundwater), GB/T 14848-2017 groundwater classes, readers of monitoring exports, and zod
 * schemas of every result.
 *
 * Every comparison with a limit is exact on the decimal value. Every bad input is an
 * {@link InputError} with a path for each problem.
 *
 * @module water
 */
export {
  expectations,
  type FormatIssueOptions,
  formatInputError,
  formatInputIssue,
  formatIssueLocation,
  formatIssuePath,
  InputError,
  type InputIssue,
  type InputIssueCode,
  type IssueLocation,
  type IssuePathSegment,
  type IssueSpec,
  inputIssue,
  isInputError,
  localizedText,
  relocateIssue,
} from '../../_lib/errors/index.js'
export * from './assess-sections/assess-sections.js'
export * from './class-limit.js'
export * from './classify-indicator.js'
export * from './classify-period.js'
export * from './classify-section.js'
export * from './drinking-water/groundwater-source.js'
export * from './drinking-water/group.js'
export * from './drinking-water/sources.js'
export * from './drinking-water/surface-source.js'
export * from './groundwater.js'
export * from './indicators.js'
export * from './main-pollutants.js'
export * from './missing-values.js'
export * from './period.js'
export * from './quality-status.js'
export * from './readers/columns.js'
export * from './readers/lakes.js'
export * from './readers/sections.js'
export * from './readers/values.js'
export * from './results/assess-sections.js'
export * from './results/main-pollutants.js'
export * from './results/readers.js'
export * from './results/section.js'
export * from './results/section-set.js'
export * from './results/sources.js'
export * from './results/trophic-state.js'
export * from './section-set.js'
export * from './tables/gb3838-table1.js'
export * from './tables/gb3838-table2.js'
export * from './tables/gb3838-table3.js'
export * from './tables/gbt14848-2017.js'
export * from './tables/printed.js'
export * from './tables/single-limit.js'
export * from './trophic-state.js'
export * from './water-class.js'
