import { z } from 'zod'
import type { LocalizedText } from '../../_lib/localized-text.js'

/** One item of GB 3838-2002 Table 2 or Table 3: a single limit for every class. @category Water */
export interface Gb3838SingleLimitItem<K extends string = string> {
  /** Stable key. */
  readonly key: K
  /** 序号 in its table. */
  readonly no: number
  /** Name as printed in the standard, and in English. */
  readonly name: LocalizedText
  /** Unit of the limit (mg/L for every item of Tables 2 and 3). */
  readonly unit: 'mg/L'
  /** The limit: the value must not exceed it. */
  readonly limit: number
  /** How the item is expressed or which compounds it sums, as in the table and its notes. */
  readonly note?: string
  /** Where the item is defined. */
  readonly source: string
}

const single = <K extends string>(
  table: 2 | 3,
  key: K,
  no: number,
  zh: string,
  en: string,
  limit: number,
  note?: string,
): Gb3838SingleLimitItem<K> =>
  Object.freeze({
    key,
    no,
    name: Object.freeze({ zh, en }),
    unit: 'mg/L' as const,
    limit,
    ...(note === undefined ? {} : { note }),
    source: `GB 3838-2002 Table ${table} item ${no}`,
  })

/**
 * Keys of the 5 GB 3838-2002 Table 2 items (supplementary items of centralised drinking-water
 * surface sources).
 *
 * @category Water
 * @see GB 3838-2002 §4.2, Table 2
 * @example
 * ```ts
 * import { SupplementaryItemKeySchema } from 'eco-targets/water'
 * SupplementaryItemKeySchema.options //=> ['sulfate', 'chloride', 'nitrate', 'Fe', 'Mn']
 * ```
 */
export const SupplementaryItemKeySchema = z
  .enum(['sulfate', 'chloride', 'nitrate', 'Fe', 'Mn'])
  .describe('GB 3838-2002 Table 2 item')

/** A GB 3838-2002 Table 2 item key. @category Water */
export type SupplementaryItemKey = z.output<typeof SupplementaryItemKeySchema>

/**
 * GB 3838-2002 Table 2 (集中式生活饮用水地表水源地补充项目标准限值), 5 items, mg/L.
 *
 * @category Water
 * @see GB 3838-2002 §4.2, Table 2 (p. 3)
 * @example
 * ```ts
 * import { GB3838_TABLE2 } from 'eco-targets/water'
 * GB3838_TABLE2.nitrate.limit //=> 10
 * GB3838_TABLE2.nitrate.note  //=> '以N计'
 * ```
 */
export const GB3838_TABLE2: Readonly<
  Record<SupplementaryItemKey, Gb3838SingleLimitItem<SupplementaryItemKey>>
> = Object.freeze({
  sulfate: single(2, 'sulfate', 1, '硫酸盐', 'Sulfate (as SO₄²⁻)', 250, '以SO₄²⁻计'),
  chloride: single(2, 'chloride', 2, '氯化物', 'Chloride (as Cl⁻)', 250, '以Cl⁻计'),
  nitrate: single(2, 'nitrate', 3, '硝酸盐', 'Nitrate (as N)', 10, '以N计'),
  Fe: single(2, 'Fe', 4, '铁', 'Iron', 0.3),
  Mn: single(2, 'Mn', 5, '锰', 'Manganese', 0.1),
})

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
  .enum([
    'chloroform',
    'carbonTetrachloride',
    'bromoform',
    'dichloromethane',
    'dichloroethane_1_2',
    'epichlorohydrin',
    'vinylChloride',
    'dichloroethylene_1_1',
    'dichloroethylene_1_2',
    'trichloroethylene',
    'tetrachloroethylene',
    'chloroprene',
    'hexachlorobutadiene',
    'styrene',
    'formaldehyde',
    'acetaldehyde',
    'acrolein',
    'chloral',
    'benzene',
    'toluene',
    'ethylbenzene',
    'xylene',
    'cumene',
    'chlorobenzene',
    'dichlorobenzene_1_2',
    'dichlorobenzene_1_4',
    'trichlorobenzene',
    'tetrachlorobenzene',
    'hexachlorobenzene',
    'nitrobenzene',
    'dinitrobenzene',
    'dinitrotoluene_2_4',
    'trinitrotoluene_2_4_6',
    'nitrochlorobenzene',
    'dinitrochlorobenzene_2_4',
    'dichlorophenol_2_4',
    'trichlorophenol_2_4_6',
    'pentachlorophenol',
    'aniline',
    'benzidine',
    'acrylamide',
    'acrylonitrile',
    'DBP',
    'DEHP',
    'hydrazineHydrate',
    'tetraethylLead',
    'pyridine',
    'turpentine',
    'picricAcid',
    'butylXanthate',
    'activeChlorine',
    'DDT',
    'lindane',
    'heptachlorEpoxide',
    'parathion',
    'methylParathion',
    'malathion',
    'dimethoate',
    'dichlorvos',
    'trichlorfon',
    'demeton',
    'chlorothalonil',
    'carbaryl',
    'deltamethrin',
    'atrazine',
    'benzoAPyrene',
    'methylmercury',
    'PCBs',
    'microcystinLR',
    'yellowPhosphorus',
    'Mo',
    'Co',
    'Be',
    'B',
    'Sb',
    'Ni',
    'Ba',
    'V',
    'Ti',
    'Tl',
  ])
  .describe('GB 3838-2002 Table 3 item')

/** A GB 3838-2002 Table 3 item key. @category Water */
export type SpecificItemKey = z.output<typeof SpecificItemKeySchema>

/**
 * GB 3838-2002 Table 3 (集中式生活饮用水地表水源地特定项目标准限值), all 80 items, mg/L, checked
 * against the scan. The notes give the compounds a group item sums (notes ①–⑥ of the table).
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
> = Object.freeze({
  chloroform: single(3, 'chloroform', 1, '三氯甲烷', 'Chloroform', 0.06),
  carbonTetrachloride: single(
    3,
    'carbonTetrachloride',
    2,
    '四氯化碳',
    'Carbon tetrachloride',
    0.002,
  ),
  bromoform: single(3, 'bromoform', 3, '三溴甲烷', 'Bromoform', 0.1),
  dichloromethane: single(3, 'dichloromethane', 4, '二氯甲烷', 'Dichloromethane', 0.02),
  dichloroethane_1_2: single(
    3,
    'dichloroethane_1_2',
    5,
    '1,2-二氯乙烷',
    '1,2-Dichloroethane',
    0.03,
  ),
  epichlorohydrin: single(3, 'epichlorohydrin', 6, '环氧氯丙烷', 'Epichlorohydrin', 0.02),
  vinylChloride: single(3, 'vinylChloride', 7, '氯乙烯', 'Vinyl chloride', 0.005),
  dichloroethylene_1_1: single(
    3,
    'dichloroethylene_1_1',
    8,
    '1,1-二氯乙烯',
    '1,1-Dichloroethylene',
    0.03,
  ),
  dichloroethylene_1_2: single(
    3,
    'dichloroethylene_1_2',
    9,
    '1,2-二氯乙烯',
    '1,2-Dichloroethylene',
    0.05,
  ),
  trichloroethylene: single(3, 'trichloroethylene', 10, '三氯乙烯', 'Trichloroethylene', 0.07),
  tetrachloroethylene: single(
    3,
    'tetrachloroethylene',
    11,
    '四氯乙烯',
    'Tetrachloroethylene',
    0.04,
  ),
  chloroprene: single(3, 'chloroprene', 12, '氯丁二烯', 'Chloroprene', 0.002),
  hexachlorobutadiene: single(
    3,
    'hexachlorobutadiene',
    13,
    '六氯丁二烯',
    'Hexachlorobutadiene',
    0.0006,
  ),
  styrene: single(3, 'styrene', 14, '苯乙烯', 'Styrene', 0.02),
  formaldehyde: single(3, 'formaldehyde', 15, '甲醛', 'Formaldehyde', 0.9),
  acetaldehyde: single(3, 'acetaldehyde', 16, '乙醛', 'Acetaldehyde', 0.05),
  acrolein: single(3, 'acrolein', 17, '丙烯醛', 'Acrolein', 0.1),
  chloral: single(3, 'chloral', 18, '三氯乙醛', 'Chloral (trichloroacetaldehyde)', 0.01),
  benzene: single(3, 'benzene', 19, '苯', 'Benzene', 0.01),
  toluene: single(3, 'toluene', 20, '甲苯', 'Toluene', 0.7),
  ethylbenzene: single(3, 'ethylbenzene', 21, '乙苯', 'Ethylbenzene', 0.3),
  xylene: single(
    3,
    'xylene',
    22,
    '二甲苯',
    'Xylene (o-, m- and p-)',
    0.5,
    '二甲苯：指对-二甲苯、间-二甲苯、邻-二甲苯',
  ),
  cumene: single(3, 'cumene', 23, '异丙苯', 'Cumene (isopropylbenzene)', 0.25),
  chlorobenzene: single(3, 'chlorobenzene', 24, '氯苯', 'Chlorobenzene', 0.3),
  dichlorobenzene_1_2: single(3, 'dichlorobenzene_1_2', 25, '1,2-二氯苯', '1,2-Dichlorobenzene', 1),
  dichlorobenzene_1_4: single(
    3,
    'dichlorobenzene_1_4',
    26,
    '1,4-二氯苯',
    '1,4-Dichlorobenzene',
    0.3,
  ),
  trichlorobenzene: single(
    3,
    'trichlorobenzene',
    27,
    '三氯苯',
    'Trichlorobenzene (1,2,3-, 1,2,4- and 1,3,5-)',
    0.02,
    '三氯苯：指1,2,3-三氯苯、1,2,4-三氯苯、1,3,5-三氯苯',
  ),
  tetrachlorobenzene: single(
    3,
    'tetrachlorobenzene',
    28,
    '四氯苯',
    'Tetrachlorobenzene (1,2,3,4-, 1,2,3,5- and 1,2,4,5-)',
    0.02,
    '四氯苯：指1,2,3,4-四氯苯、1,2,3,5-四氯苯、1,2,4,5-四氯苯',
  ),
  hexachlorobenzene: single(3, 'hexachlorobenzene', 29, '六氯苯', 'Hexachlorobenzene', 0.05),
  nitrobenzene: single(3, 'nitrobenzene', 30, '硝基苯', 'Nitrobenzene', 0.017),
  dinitrobenzene: single(
    3,
    'dinitrobenzene',
    31,
    '二硝基苯',
    'Dinitrobenzene (o-, m- and p-)',
    0.5,
    '二硝基苯：指对-二硝基苯、间-二硝基苯、邻-二硝基苯',
  ),
  dinitrotoluene_2_4: single(
    3,
    'dinitrotoluene_2_4',
    32,
    '2,4-二硝基甲苯',
    '2,4-Dinitrotoluene',
    0.0003,
  ),
  trinitrotoluene_2_4_6: single(
    3,
    'trinitrotoluene_2_4_6',
    33,
    '2,4,6-三硝基甲苯',
    '2,4,6-Trinitrotoluene',
    0.5,
  ),
  nitrochlorobenzene: single(
    3,
    'nitrochlorobenzene',
    34,
    '硝基氯苯',
    'Nitrochlorobenzene (o-, m- and p-)',
    0.05,
    '硝基氯苯：指对-硝基氯苯、间-硝基氯苯、邻-硝基氯苯',
  ),
  dinitrochlorobenzene_2_4: single(
    3,
    'dinitrochlorobenzene_2_4',
    35,
    '2,4-二硝基氯苯',
    '2,4-Dinitrochlorobenzene',
    0.5,
  ),
  dichlorophenol_2_4: single(
    3,
    'dichlorophenol_2_4',
    36,
    '2,4-二氯苯酚',
    '2,4-Dichlorophenol',
    0.093,
  ),
  trichlorophenol_2_4_6: single(
    3,
    'trichlorophenol_2_4_6',
    37,
    '2,4,6-三氯苯酚',
    '2,4,6-Trichlorophenol',
    0.2,
  ),
  pentachlorophenol: single(3, 'pentachlorophenol', 38, '五氯酚', 'Pentachlorophenol', 0.009),
  aniline: single(3, 'aniline', 39, '苯胺', 'Aniline', 0.1),
  benzidine: single(3, 'benzidine', 40, '联苯胺', 'Benzidine', 0.0002),
  acrylamide: single(3, 'acrylamide', 41, '丙烯酰胺', 'Acrylamide', 0.0005),
  acrylonitrile: single(3, 'acrylonitrile', 42, '丙烯腈', 'Acrylonitrile', 0.1),
  DBP: single(3, 'DBP', 43, '邻苯二甲酸二丁酯', 'Dibutyl phthalate (DBP)', 0.003),
  DEHP: single(
    3,
    'DEHP',
    44,
    '邻苯二甲酸二(2-乙基己基)酯',
    'Di(2-ethylhexyl) phthalate (DEHP)',
    0.008,
  ),
  hydrazineHydrate: single(3, 'hydrazineHydrate', 45, '水合肼', 'Hydrazine hydrate', 0.01),
  tetraethylLead: single(3, 'tetraethylLead', 46, '四乙基铅', 'Tetraethyl lead', 0.0001),
  pyridine: single(3, 'pyridine', 47, '吡啶', 'Pyridine', 0.2),
  turpentine: single(3, 'turpentine', 48, '松节油', 'Turpentine', 0.2),
  picricAcid: single(3, 'picricAcid', 49, '苦味酸', 'Picric acid', 0.5),
  butylXanthate: single(3, 'butylXanthate', 50, '丁基黄原酸', 'Butyl xanthate', 0.005),
  activeChlorine: single(3, 'activeChlorine', 51, '活性氯', 'Active chlorine', 0.01),
  DDT: single(3, 'DDT', 52, '滴滴涕', 'DDT', 0.001),
  lindane: single(3, 'lindane', 53, '林丹', 'Lindane', 0.002),
  heptachlorEpoxide: single(3, 'heptachlorEpoxide', 54, '环氧七氯', 'Heptachlor epoxide', 0.0002),
  parathion: single(3, 'parathion', 55, '对硫磷', 'Parathion', 0.003),
  methylParathion: single(3, 'methylParathion', 56, '甲基对硫磷', 'Methyl parathion', 0.002),
  malathion: single(3, 'malathion', 57, '马拉硫磷', 'Malathion', 0.05),
  dimethoate: single(3, 'dimethoate', 58, '乐果', 'Dimethoate', 0.08),
  dichlorvos: single(3, 'dichlorvos', 59, '敌敌畏', 'Dichlorvos', 0.05),
  trichlorfon: single(3, 'trichlorfon', 60, '敌百虫', 'Trichlorfon', 0.05),
  demeton: single(3, 'demeton', 61, '内吸磷', 'Demeton', 0.03),
  chlorothalonil: single(3, 'chlorothalonil', 62, '百菌清', 'Chlorothalonil', 0.01),
  carbaryl: single(3, 'carbaryl', 63, '甲萘威', 'Carbaryl', 0.05),
  deltamethrin: single(3, 'deltamethrin', 64, '溴氰菊酯', 'Deltamethrin', 0.02),
  atrazine: single(3, 'atrazine', 65, '阿特拉津', 'Atrazine', 0.003),
  benzoAPyrene: single(3, 'benzoAPyrene', 66, '苯并(a)芘', 'Benzo(a)pyrene', 0.0000028),
  methylmercury: single(3, 'methylmercury', 67, '甲基汞', 'Methylmercury', 0.000001),
  PCBs: single(
    3,
    'PCBs',
    68,
    '多氯联苯',
    'Polychlorinated biphenyls (PCBs)',
    0.00002,
    '多氯联苯：指PCB-1016、PCB-1221、PCB-1232、PCB-1242、PCB-1248、PCB-1254、PCB-1260',
  ),
  microcystinLR: single(3, 'microcystinLR', 69, '微囊藻毒素-LR', 'Microcystin-LR', 0.001),
  yellowPhosphorus: single(3, 'yellowPhosphorus', 70, '黄磷', 'Yellow phosphorus', 0.003),
  Mo: single(3, 'Mo', 71, '钼', 'Molybdenum', 0.07),
  Co: single(3, 'Co', 72, '钴', 'Cobalt', 1),
  Be: single(3, 'Be', 73, '铍', 'Beryllium', 0.002),
  B: single(3, 'B', 74, '硼', 'Boron', 0.5),
  Sb: single(3, 'Sb', 75, '锑', 'Antimony', 0.005),
  Ni: single(3, 'Ni', 76, '镍', 'Nickel', 0.02),
  Ba: single(3, 'Ba', 77, '钡', 'Barium', 0.7),
  V: single(3, 'V', 78, '钒', 'Vanadium', 0.05),
  Ti: single(3, 'Ti', 79, '钛', 'Titanium', 0.1),
  Tl: single(3, 'Tl', 80, '铊', 'Thallium', 0.0001),
})
