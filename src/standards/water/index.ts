/**
 * Surface-water and groundwater quality standards (`eco-targets/water`), usable without the plan:
 * GB 3838-2002 Tables 1–3 as frozen data, the class of an indicator and of a section under the
 * MEE evaluation method (环办〔2011〕22号: 21 indicators, worst item; 5+X), period means, sets of
 * sections (class shares, Ⅰ–Ⅲ and 劣Ⅴ ratios, quality status), drinking-water sources (surface
 * and groundwater), GB/T 14848-2017 groundwater classes, and zod schemas for raw values.
 *
 * Every comparison with a limit is exact on the decimal value.
 *
 * @module water
 */
export {
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
  isInputError,
} from '../../_lib/errors/index.js'
export {
  type ClassifyIndicatorOptions,
  classifyIndicator,
} from './classify-indicator.js'
export {
  type ClassifySectionPeriodOptions,
  classifySectionPeriod,
  parseWaterPeriod,
  type SamplingStatus,
  type SectionCondition,
  type SectionPeriodClassification,
  type WaterPeriod,
  type WaterSampling,
} from './classify-period.js'
export {
  type BaseClass,
  type ClassifySectionOptions,
  classifySection,
  type IndicatorClassResult,
  type ReferenceIndicatorResult,
  type SectionClassification,
  type SurfaceWaterValues,
} from './classify-section.js'
export {
  type AssessDrinkingWaterSourcesOptions,
  type AssessSurfaceSourceOptions,
  assessDrinkingWaterSources,
  assessGroundwaterSource,
  assessSurfaceSource,
  type DrinkingWaterSource,
  type DrinkingWaterSourceResult,
  type DrinkingWaterSourceSampling,
  type DrinkingWaterSourcesAssessment,
  type GroundwaterSourceAssessment,
  type SingleLimitCheck,
  type SurfaceSourceAssessment,
  type SurfaceSourceValues,
} from './drinking-water.js'
export {
  type FiveClassLimits,
  GB3838_TABLE1,
  type Gb3838BasicItem,
  type LimitDirection,
} from './gb3838-table1.js'
export {
  GB3838_TABLE2,
  GB3838_TABLE3,
  type Gb3838SingleLimitItem,
  type SpecificItemKey,
  SpecificItemKeySchema,
  type SupplementaryItemKey,
  SupplementaryItemKeySchema,
} from './gb3838-tables-2-3.js'
export {
  GBT14848_2017,
  type Gbt14848Item,
  type GroundwaterItemGroup,
  type GroundwaterItemKey,
  GroundwaterItemKeySchema,
  type GroundwaterItemKind,
  type GroundwaterLimits,
} from './gbt14848-2017.js'
export {
  classifyGroundwater,
  classifyGroundwaterItem,
  type GroundwaterClass,
  type GroundwaterClassification,
  type GroundwaterItemResult,
  type GroundwaterValue,
  type GroundwaterValues,
} from './groundwater.js'
/** The indicators of GB 3838 Table 1 and the sets the section rules use. @category Water */
export {
  FIVE_BASIC_INDICATORS,
  REFERENCE_INDICATORS,
  SECTION_INDICATORS,
  type SectionIndicatorKey,
  type WaterIndicatorKey,
  WaterIndicatorKeySchema,
} from './indicators.js'
export {
  GroundwaterValuesSchema,
  MISSING_VALUE_TOKENS,
  type ParseWaterValuesOptions,
  parseGroundwaterValues,
  parseSurfaceSourceValues,
  parseSurfaceWaterValues,
  resolveWaterIndicatorKey,
  SurfaceSourceValuesSchema,
  SurfaceWaterValuesSchema,
} from './parse.js'
export {
  type AssessSectionSetOptions,
  assessSectionSet,
  type CountRatio,
  type SectionExclusionReason,
  type SectionSetAssessment,
  type SectionSetEntry,
  type SectionSetMember,
  type SectionSetStatus,
} from './section-set.js'
export {
  parseWaterClass,
  QUALITY_STATUS,
  WATER_CLASS_LABELS,
  type WaterBody,
  WaterBodySchema,
  type WaterClass,
  type WaterClassLabel,
  WaterClassSchema,
  type WaterQualityStatusKey,
  waterQualityStatus,
} from './water-class.js'
