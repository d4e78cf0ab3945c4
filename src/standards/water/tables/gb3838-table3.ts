import { z } from 'zod'
import { keyedSingleLimits } from './_single-limit.js'
import type { Gb3838SingleLimitItem, Gb3838SingleLimitRow } from './single-limit.js'

/**
 * GB 3838-2002 Table 3 (集中式生活饮用水地表水源地特定项目标准限值) as printed: 80 rows, mg/L,
 * checked against the scan. The notes give the compounds a group item sums (notes ①–⑥ of the
 * table); three limits printed in powers of ten keep that form in `printed`.
 *
 * @category Water
 * @see GB 3838-2002 §4.3, 表3 (pp. 3–4)
 * @example
 * ```ts
 * import { GB3838_TABLE3_ROWS } from 'eco-targets/water'
 * GB3838_TABLE3_ROWS[65] //=> { no: 66, key: 'benzoAPyrene', zh: '苯并(a)芘', en: 'Benzo(a)pyrene', limit: '0.0000028', printed: '2.8×10⁻⁶' }
 * ```
 */
// biome-ignore format: one line per printed row of the standard
export const GB3838_TABLE3_ROWS = Object.freeze([
  { no: 1, key: 'chloroform', zh: '三氯甲烷', en: 'Chloroform', limit: '0.06' },
  { no: 2, key: 'carbonTetrachloride', zh: '四氯化碳', en: 'Carbon tetrachloride', limit: '0.002' },
  { no: 3, key: 'bromoform', zh: '三溴甲烷', en: 'Bromoform', limit: '0.1' },
  { no: 4, key: 'dichloromethane', zh: '二氯甲烷', en: 'Dichloromethane', limit: '0.02' },
  { no: 5, key: 'dichloroethane_1_2', zh: '1,2-二氯乙烷', en: '1,2-Dichloroethane', limit: '0.03' },
  { no: 6, key: 'epichlorohydrin', zh: '环氧氯丙烷', en: 'Epichlorohydrin', limit: '0.02' },
  { no: 7, key: 'vinylChloride', zh: '氯乙烯', en: 'Vinyl chloride', limit: '0.005' },
  { no: 8, key: 'dichloroethylene_1_1', zh: '1,1-二氯乙烯', en: '1,1-Dichloroethylene', limit: '0.03' },
  { no: 9, key: 'dichloroethylene_1_2', zh: '1,2-二氯乙烯', en: '1,2-Dichloroethylene', limit: '0.05' },
  { no: 10, key: 'trichloroethylene', zh: '三氯乙烯', en: 'Trichloroethylene', limit: '0.07' },
  { no: 11, key: 'tetrachloroethylene', zh: '四氯乙烯', en: 'Tetrachloroethylene', limit: '0.04' },
  { no: 12, key: 'chloroprene', zh: '氯丁二烯', en: 'Chloroprene', limit: '0.002' },
  { no: 13, key: 'hexachlorobutadiene', zh: '六氯丁二烯', en: 'Hexachlorobutadiene', limit: '0.0006' },
  { no: 14, key: 'styrene', zh: '苯乙烯', en: 'Styrene', limit: '0.02' },
  { no: 15, key: 'formaldehyde', zh: '甲醛', en: 'Formaldehyde', limit: '0.9' },
  { no: 16, key: 'acetaldehyde', zh: '乙醛', en: 'Acetaldehyde', limit: '0.05' },
  { no: 17, key: 'acrolein', zh: '丙烯醛', en: 'Acrolein', limit: '0.1' },
  { no: 18, key: 'chloral', zh: '三氯乙醛', en: 'Chloral (trichloroacetaldehyde)', limit: '0.01' },
  { no: 19, key: 'benzene', zh: '苯', en: 'Benzene', limit: '0.01' },
  { no: 20, key: 'toluene', zh: '甲苯', en: 'Toluene', limit: '0.7' },
  { no: 21, key: 'ethylbenzene', zh: '乙苯', en: 'Ethylbenzene', limit: '0.3' },
  { no: 22, key: 'xylene', zh: '二甲苯', en: 'Xylene (o-, m- and p-)', limit: '0.5', note: '二甲苯：指对-二甲苯、间-二甲苯、邻-二甲苯' },
  { no: 23, key: 'cumene', zh: '异丙苯', en: 'Cumene (isopropylbenzene)', limit: '0.25' },
  { no: 24, key: 'chlorobenzene', zh: '氯苯', en: 'Chlorobenzene', limit: '0.3' },
  { no: 25, key: 'dichlorobenzene_1_2', zh: '1,2-二氯苯', en: '1,2-Dichlorobenzene', limit: '1' },
  { no: 26, key: 'dichlorobenzene_1_4', zh: '1,4-二氯苯', en: '1,4-Dichlorobenzene', limit: '0.3' },
  { no: 27, key: 'trichlorobenzene', zh: '三氯苯', en: 'Trichlorobenzene (1,2,3-, 1,2,4- and 1,3,5-)', limit: '0.02', note: '三氯苯：指1,2,3-三氯苯、1,2,4-三氯苯、1,3,5-三氯苯' },
  { no: 28, key: 'tetrachlorobenzene', zh: '四氯苯', en: 'Tetrachlorobenzene (1,2,3,4-, 1,2,3,5- and 1,2,4,5-)', limit: '0.02', note: '四氯苯：指1,2,3,4-四氯苯、1,2,3,5-四氯苯、1,2,4,5-四氯苯' },
  { no: 29, key: 'hexachlorobenzene', zh: '六氯苯', en: 'Hexachlorobenzene', limit: '0.05' },
  { no: 30, key: 'nitrobenzene', zh: '硝基苯', en: 'Nitrobenzene', limit: '0.017' },
  { no: 31, key: 'dinitrobenzene', zh: '二硝基苯', en: 'Dinitrobenzene (o-, m- and p-)', limit: '0.5', note: '二硝基苯：指对-二硝基苯、间-二硝基苯、邻-二硝基苯' },
  { no: 32, key: 'dinitrotoluene_2_4', zh: '2,4-二硝基甲苯', en: '2,4-Dinitrotoluene', limit: '0.0003' },
  { no: 33, key: 'trinitrotoluene_2_4_6', zh: '2,4,6-三硝基甲苯', en: '2,4,6-Trinitrotoluene', limit: '0.5' },
  { no: 34, key: 'nitrochlorobenzene', zh: '硝基氯苯', en: 'Nitrochlorobenzene (o-, m- and p-)', limit: '0.05', note: '硝基氯苯：指对-硝基氯苯、间-硝基氯苯、邻-硝基氯苯' },
  { no: 35, key: 'dinitrochlorobenzene_2_4', zh: '2,4-二硝基氯苯', en: '2,4-Dinitrochlorobenzene', limit: '0.5' },
  { no: 36, key: 'dichlorophenol_2_4', zh: '2,4-二氯苯酚', en: '2,4-Dichlorophenol', limit: '0.093' },
  { no: 37, key: 'trichlorophenol_2_4_6', zh: '2,4,6-三氯苯酚', en: '2,4,6-Trichlorophenol', limit: '0.2' },
  { no: 38, key: 'pentachlorophenol', zh: '五氯酚', en: 'Pentachlorophenol', limit: '0.009' },
  { no: 39, key: 'aniline', zh: '苯胺', en: 'Aniline', limit: '0.1' },
  { no: 40, key: 'benzidine', zh: '联苯胺', en: 'Benzidine', limit: '0.0002' },
  { no: 41, key: 'acrylamide', zh: '丙烯酰胺', en: 'Acrylamide', limit: '0.0005' },
  { no: 42, key: 'acrylonitrile', zh: '丙烯腈', en: 'Acrylonitrile', limit: '0.1' },
  { no: 43, key: 'DBP', zh: '邻苯二甲酸二丁酯', en: 'Dibutyl phthalate (DBP)', limit: '0.003' },
  { no: 44, key: 'DEHP', zh: '邻苯二甲酸二(2-乙基己基)酯', en: 'Di(2-ethylhexyl) phthalate (DEHP)', limit: '0.008' },
  { no: 45, key: 'hydrazineHydrate', zh: '水合肼', en: 'Hydrazine hydrate', limit: '0.01' },
  { no: 46, key: 'tetraethylLead', zh: '四乙基铅', en: 'Tetraethyl lead', limit: '0.0001' },
  { no: 47, key: 'pyridine', zh: '吡啶', en: 'Pyridine', limit: '0.2' },
  { no: 48, key: 'turpentine', zh: '松节油', en: 'Turpentine', limit: '0.2' },
  { no: 49, key: 'picricAcid', zh: '苦味酸', en: 'Picric acid', limit: '0.5' },
  { no: 50, key: 'butylXanthate', zh: '丁基黄原酸', en: 'Butyl xanthate', limit: '0.005' },
  { no: 51, key: 'activeChlorine', zh: '活性氯', en: 'Active chlorine', limit: '0.01' },
  { no: 52, key: 'DDT', zh: '滴滴涕', en: 'DDT', limit: '0.001' },
  { no: 53, key: 'lindane', zh: '林丹', en: 'Lindane', limit: '0.002' },
  { no: 54, key: 'heptachlorEpoxide', zh: '环氧七氯', en: 'Heptachlor epoxide', limit: '0.0002' },
  { no: 55, key: 'parathion', zh: '对硫磷', en: 'Parathion', limit: '0.003' },
  { no: 56, key: 'methylParathion', zh: '甲基对硫磷', en: 'Methyl parathion', limit: '0.002' },
  { no: 57, key: 'malathion', zh: '马拉硫磷', en: 'Malathion', limit: '0.05' },
  { no: 58, key: 'dimethoate', zh: '乐果', en: 'Dimethoate', limit: '0.08' },
  { no: 59, key: 'dichlorvos', zh: '敌敌畏', en: 'Dichlorvos', limit: '0.05' },
  { no: 60, key: 'trichlorfon', zh: '敌百虫', en: 'Trichlorfon', limit: '0.05' },
  { no: 61, key: 'demeton', zh: '内吸磷', en: 'Demeton', limit: '0.03' },
  { no: 62, key: 'chlorothalonil', zh: '百菌清', en: 'Chlorothalonil', limit: '0.01' },
  { no: 63, key: 'carbaryl', zh: '甲萘威', en: 'Carbaryl', limit: '0.05' },
  { no: 64, key: 'deltamethrin', zh: '溴氰菊酯', en: 'Deltamethrin', limit: '0.02' },
  { no: 65, key: 'atrazine', zh: '阿特拉津', en: 'Atrazine', limit: '0.003' },
  { no: 66, key: 'benzoAPyrene', zh: '苯并(a)芘', en: 'Benzo(a)pyrene', limit: '0.0000028', printed: '2.8×10⁻⁶' },
  { no: 67, key: 'methylmercury', zh: '甲基汞', en: 'Methylmercury', limit: '0.000001', printed: '1.0×10⁻⁶' },
  { no: 68, key: 'PCBs', zh: '多氯联苯', en: 'Polychlorinated biphenyls (PCBs)', limit: '0.00002', printed: '2.0×10⁻⁵', note: '多氯联苯：指PCB-1016、PCB-1221、PCB-1232、PCB-1242、PCB-1248、PCB-1254、PCB-1260' },
  { no: 69, key: 'microcystinLR', zh: '微囊藻毒素-LR', en: 'Microcystin-LR', limit: '0.001' },
  { no: 70, key: 'yellowPhosphorus', zh: '黄磷', en: 'Yellow phosphorus', limit: '0.003' },
  { no: 71, key: 'Mo', zh: '钼', en: 'Molybdenum', limit: '0.07' },
  { no: 72, key: 'Co', zh: '钴', en: 'Cobalt', limit: '1' },
  { no: 73, key: 'Be', zh: '铍', en: 'Beryllium', limit: '0.002' },
  { no: 74, key: 'B', zh: '硼', en: 'Boron', limit: '0.5' },
  { no: 75, key: 'Sb', zh: '锑', en: 'Antimony', limit: '0.005' },
  { no: 76, key: 'Ni', zh: '镍', en: 'Nickel', limit: '0.02' },
  { no: 77, key: 'Ba', zh: '钡', en: 'Barium', limit: '0.7' },
  { no: 78, key: 'V', zh: '钒', en: 'Vanadium', limit: '0.05' },
  { no: 79, key: 'Ti', zh: '钛', en: 'Titanium', limit: '0.1' },
  { no: 80, key: 'Tl', zh: '铊', en: 'Thallium', limit: '0.0001' },
] as const satisfies readonly Gb3838SingleLimitRow[])

/** A GB 3838-2002 Table 3 item key. @category Water */
export type SpecificItemKey = (typeof GB3838_TABLE3_ROWS)[number]['key']

/**
 * Keys of the 80 GB 3838-2002 Table 3 items (specific items of centralised drinking-water surface
 * sources). Locants follow the name after underscores (`dichloroethane_1_2` is 1,2-二氯乙烷).
 *
 * @category Water
 * @see GB 3838-2002 §4.3, Table 3
 * @example
 * ```ts
 * import { SpecificItemKeySchema } from 'eco-targets/water'
 * SpecificItemKeySchema.options.length //=> 80
 * ```
 */
export const SpecificItemKeySchema = z
  .enum(GB3838_TABLE3_ROWS.map((r) => r.key) as [SpecificItemKey, ...SpecificItemKey[]])
  .describe('GB 3838-2002 Table 3 item')

/**
 * GB 3838-2002 Table 3 by key, read from {@link GB3838_TABLE3_ROWS} as numbers.
 *
 * @category Water
 * @see GB 3838-2002 §4.3, Table 3 (pp. 3–4)
 * @example
 * ```ts
 * import { GB3838_TABLE3 } from 'eco-targets/water'
 * GB3838_TABLE3.benzoAPyrene.limit //=> 0.0000028
 * GB3838_TABLE3.Tl.name.zh         //=> '铊'
 * ```
 */
export const GB3838_TABLE3: Readonly<
  Record<SpecificItemKey, Gb3838SingleLimitItem<SpecificItemKey>>
> = keyedSingleLimits(3, GB3838_TABLE3_ROWS)
