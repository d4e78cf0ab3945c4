import { z } from 'zod'
import type { LocalizedText } from '../../../_lib/localized-text.js'
import { printedValue } from './_printed.js'
import type { PrintedDecimal } from './printed.js'

/** The indicator groups of GB/T 14848-2017 Tables 1 and 2. @category Water */
export type GroundwaterItemGroup =
  | 'sensory'
  | 'microbial'
  | 'toxicological'
  | 'radioactive'
  | 'nonRoutine'

/**
 * A class cell of GB/T 14848-2017 as printed: a maximum (`'0.50'`), `'不得检出'` (must not be
 * detected), `'>0.5'` (radioactivity class Ⅳ: only “> Ⅲ limit”), or the text of the pH and
 * described rows.
 *
 * @category Water
 */
export type Gbt14848Cell = PrintedDecimal | '不得检出' | `>${number}` | (string & {})

/**
 * One printed row of GB/T 14848-2017 Table 1 (常规指标) or Table 2 (非常规指标): table, 序号,
 * group, key, the name as printed and in English, the unit, and the class columns Ⅰ–Ⅳ as
 * printed (class Ⅴ is “> Ⅳ” for every row). `kind` marks the pH row and the described items
 * (嗅和味, 肉眼可见物).
 *
 * @category Water
 */
export interface Gbt14848Row {
  readonly table: 1 | 2
  readonly no: number
  readonly group: GroundwaterItemGroup
  readonly key: string
  readonly zh: string
  readonly en: string
  readonly unit: string | null
  readonly kind?: 'pH' | 'text'
  readonly I: Gbt14848Cell
  readonly II: Gbt14848Cell
  readonly III: Gbt14848Cell
  readonly IV: Gbt14848Cell
  /** How the item is expressed (以N计, 总量 …). */
  readonly note?: string
}

/**
 * GB/T 14848-2017 (地下水质量标准) as printed: 93 rows (39 of Table 1, 54 of Table 2), the class
 * columns Ⅰ–Ⅳ as written. The values come from two independent transcriptions of the standard
 * that agree; they were not checked against the official text.
 *
 * @category Water
 * @see GB/T 14848-2017 表1 (常规指标) and 表2 (非常规指标)
 * @example
 * ```ts
 * import { GBT14848_2017_ROWS } from 'eco-targets/water'
 * GBT14848_2017_ROWS[17] //=> { table: 1, no: 18, group: 'sensory', key: 'NH3N', zh: '氨氮', en: 'Ammonia nitrogen (as N)', unit: 'mg/L', I: '0.02', II: '0.10', III: '0.50', IV: '1.50', note: '以N计' }
 * ```
 */
// biome-ignore format: one line per printed row of the standard
export const GBT14848_2017_ROWS = Object.freeze([
  { table: 1, no: 1, group: 'sensory', key: 'colour', zh: '色', en: 'Colour (platinum-cobalt units)', unit: '铂钴色度单位', I: '5', II: '5', III: '15', IV: '25' },
  { table: 1, no: 2, group: 'sensory', key: 'odourTaste', zh: '嗅和味', en: 'Odour and taste', unit: null, kind: 'text', I: '无', II: '无', III: '无', IV: '无' },
  { table: 1, no: 3, group: 'sensory', key: 'turbidity', zh: '浑浊度', en: 'Turbidity', unit: 'NTU', I: '3', II: '3', III: '3', IV: '10' },
  { table: 1, no: 4, group: 'sensory', key: 'visibleMatter', zh: '肉眼可见物', en: 'Visible matter', unit: null, kind: 'text', I: '无', II: '无', III: '无', IV: '无' },
  { table: 1, no: 5, group: 'sensory', key: 'pH', zh: 'pH', en: 'pH', unit: null, kind: 'pH', I: '6.5≤pH≤8.5', II: '6.5≤pH≤8.5', III: '6.5≤pH≤8.5', IV: '5.5≤pH<6.5, 8.5<pH≤9.0' },
  { table: 1, no: 6, group: 'sensory', key: 'totalHardness', zh: '总硬度', en: 'Total hardness (as CaCO₃)', unit: 'mg/L', I: '150', II: '300', III: '450', IV: '650', note: '以CaCO₃计' },
  { table: 1, no: 7, group: 'sensory', key: 'TDS', zh: '溶解性总固体', en: 'Total dissolved solids', unit: 'mg/L', I: '300', II: '500', III: '1000', IV: '2000' },
  { table: 1, no: 8, group: 'sensory', key: 'sulfate', zh: '硫酸盐', en: 'Sulfate', unit: 'mg/L', I: '50', II: '150', III: '250', IV: '350' },
  { table: 1, no: 9, group: 'sensory', key: 'chloride', zh: '氯化物', en: 'Chloride', unit: 'mg/L', I: '50', II: '150', III: '250', IV: '350' },
  { table: 1, no: 10, group: 'sensory', key: 'Fe', zh: '铁', en: 'Iron', unit: 'mg/L', I: '0.1', II: '0.2', III: '0.3', IV: '2.0' },
  { table: 1, no: 11, group: 'sensory', key: 'Mn', zh: '锰', en: 'Manganese', unit: 'mg/L', I: '0.05', II: '0.05', III: '0.10', IV: '1.50' },
  { table: 1, no: 12, group: 'sensory', key: 'Cu', zh: '铜', en: 'Copper', unit: 'mg/L', I: '0.01', II: '0.05', III: '1.00', IV: '1.50' },
  { table: 1, no: 13, group: 'sensory', key: 'Zn', zh: '锌', en: 'Zinc', unit: 'mg/L', I: '0.05', II: '0.5', III: '1.00', IV: '5.00' },
  { table: 1, no: 14, group: 'sensory', key: 'Al', zh: '铝', en: 'Aluminium', unit: 'mg/L', I: '0.01', II: '0.05', III: '0.20', IV: '0.50' },
  { table: 1, no: 15, group: 'sensory', key: 'phenol', zh: '挥发性酚类', en: 'Volatile phenols (as phenol)', unit: 'mg/L', I: '0.001', II: '0.001', III: '0.002', IV: '0.01', note: '以苯酚计' },
  { table: 1, no: 16, group: 'sensory', key: 'LAS', zh: '阴离子表面活性剂', en: 'Anionic surfactant', unit: 'mg/L', I: '不得检出', II: '0.1', III: '0.3', IV: '0.3' },
  { table: 1, no: 17, group: 'sensory', key: 'CODMn', zh: '耗氧量', en: 'Oxygen consumption (CODMn method, as O₂)', unit: 'mg/L', I: '1.0', II: '2.0', III: '3.0', IV: '10.0', note: 'CODMn法，以O₂计' },
  { table: 1, no: 18, group: 'sensory', key: 'NH3N', zh: '氨氮', en: 'Ammonia nitrogen (as N)', unit: 'mg/L', I: '0.02', II: '0.10', III: '0.50', IV: '1.50', note: '以N计' },
  { table: 1, no: 19, group: 'sensory', key: 'sulfide', zh: '硫化物', en: 'Sulfide', unit: 'mg/L', I: '0.005', II: '0.01', III: '0.02', IV: '0.10' },
  { table: 1, no: 20, group: 'sensory', key: 'Na', zh: '钠', en: 'Sodium', unit: 'mg/L', I: '100', II: '150', III: '200', IV: '400' },
  { table: 1, no: 21, group: 'microbial', key: 'totalColiforms', zh: '总大肠菌群', en: 'Total coliforms', unit: 'MPN/100mL 或 CFU/100mL', I: '3.0', II: '3.0', III: '3.0', IV: '100' },
  { table: 1, no: 22, group: 'microbial', key: 'totalBacteria', zh: '菌落总数', en: 'Total bacterial count', unit: 'CFU/mL', I: '100', II: '100', III: '100', IV: '1000' },
  { table: 1, no: 23, group: 'toxicological', key: 'nitrite', zh: '亚硝酸盐', en: 'Nitrite (as N)', unit: 'mg/L', I: '0.01', II: '0.10', III: '1.00', IV: '4.80', note: '以N计' },
  { table: 1, no: 24, group: 'toxicological', key: 'nitrate', zh: '硝酸盐', en: 'Nitrate (as N)', unit: 'mg/L', I: '2.0', II: '5.0', III: '20.0', IV: '30.0', note: '以N计' },
  { table: 1, no: 25, group: 'toxicological', key: 'CN', zh: '氰化物', en: 'Cyanide', unit: 'mg/L', I: '0.001', II: '0.01', III: '0.05', IV: '0.1' },
  { table: 1, no: 26, group: 'toxicological', key: 'F', zh: '氟化物', en: 'Fluoride', unit: 'mg/L', I: '1.0', II: '1.0', III: '1.0', IV: '2.0' },
  { table: 1, no: 27, group: 'toxicological', key: 'iodide', zh: '碘化物', en: 'Iodide', unit: 'mg/L', I: '0.04', II: '0.04', III: '0.08', IV: '0.50' },
  { table: 1, no: 28, group: 'toxicological', key: 'Hg', zh: '汞', en: 'Mercury', unit: 'mg/L', I: '0.0001', II: '0.0001', III: '0.001', IV: '0.002' },
  { table: 1, no: 29, group: 'toxicological', key: 'As', zh: '砷', en: 'Arsenic', unit: 'mg/L', I: '0.001', II: '0.001', III: '0.01', IV: '0.05' },
  { table: 1, no: 30, group: 'toxicological', key: 'Se', zh: '硒', en: 'Selenium', unit: 'mg/L', I: '0.01', II: '0.01', III: '0.01', IV: '0.1' },
  { table: 1, no: 31, group: 'toxicological', key: 'Cd', zh: '镉', en: 'Cadmium', unit: 'mg/L', I: '0.0001', II: '0.001', III: '0.005', IV: '0.01' },
  { table: 1, no: 32, group: 'toxicological', key: 'Cr6', zh: '铬(六价)', en: 'Chromium (hexavalent)', unit: 'mg/L', I: '0.005', II: '0.01', III: '0.05', IV: '0.10' },
  { table: 1, no: 33, group: 'toxicological', key: 'Pb', zh: '铅', en: 'Lead', unit: 'mg/L', I: '0.005', II: '0.005', III: '0.01', IV: '0.10' },
  { table: 1, no: 34, group: 'toxicological', key: 'chloroform', zh: '三氯甲烷', en: 'Chloroform', unit: 'μg/L', I: '0.5', II: '6', III: '60', IV: '300' },
  { table: 1, no: 35, group: 'toxicological', key: 'carbonTetrachloride', zh: '四氯化碳', en: 'Carbon tetrachloride', unit: 'μg/L', I: '0.5', II: '0.5', III: '2.0', IV: '50.0' },
  { table: 1, no: 36, group: 'toxicological', key: 'benzene', zh: '苯', en: 'Benzene', unit: 'μg/L', I: '0.5', II: '1.0', III: '10.0', IV: '120' },
  { table: 1, no: 37, group: 'toxicological', key: 'toluene', zh: '甲苯', en: 'Toluene', unit: 'μg/L', I: '0.5', II: '140', III: '700', IV: '1400' },
  { table: 1, no: 38, group: 'radioactive', key: 'grossAlpha', zh: '总α放射性', en: 'Gross α radioactivity', unit: 'Bq/L', I: '0.1', II: '0.1', III: '0.5', IV: '>0.5' },
  { table: 1, no: 39, group: 'radioactive', key: 'grossBeta', zh: '总β放射性', en: 'Gross β radioactivity', unit: 'Bq/L', I: '0.1', II: '1.0', III: '1.0', IV: '>1.0' },
  { table: 2, no: 1, group: 'nonRoutine', key: 'Be', zh: '铍', en: 'Beryllium', unit: 'mg/L', I: '0.0001', II: '0.0001', III: '0.002', IV: '0.06' },
  { table: 2, no: 2, group: 'nonRoutine', key: 'B', zh: '硼', en: 'Boron', unit: 'mg/L', I: '0.02', II: '0.10', III: '0.50', IV: '2.00' },
  { table: 2, no: 3, group: 'nonRoutine', key: 'Sb', zh: '锑', en: 'Antimony', unit: 'mg/L', I: '0.0001', II: '0.0005', III: '0.005', IV: '0.01' },
  { table: 2, no: 4, group: 'nonRoutine', key: 'Ba', zh: '钡', en: 'Barium', unit: 'mg/L', I: '0.01', II: '0.10', III: '0.70', IV: '4.00' },
  { table: 2, no: 5, group: 'nonRoutine', key: 'Ni', zh: '镍', en: 'Nickel', unit: 'mg/L', I: '0.002', II: '0.002', III: '0.02', IV: '0.10' },
  { table: 2, no: 6, group: 'nonRoutine', key: 'Co', zh: '钴', en: 'Cobalt', unit: 'mg/L', I: '0.005', II: '0.005', III: '0.05', IV: '0.10' },
  { table: 2, no: 7, group: 'nonRoutine', key: 'Mo', zh: '钼', en: 'Molybdenum', unit: 'mg/L', I: '0.001', II: '0.01', III: '0.07', IV: '0.15' },
  { table: 2, no: 8, group: 'nonRoutine', key: 'Ag', zh: '银', en: 'Silver', unit: 'mg/L', I: '0.001', II: '0.01', III: '0.05', IV: '0.10' },
  { table: 2, no: 9, group: 'nonRoutine', key: 'Tl', zh: '铊', en: 'Thallium', unit: 'mg/L', I: '0.0001', II: '0.0001', III: '0.0001', IV: '0.001' },
  { table: 2, no: 10, group: 'nonRoutine', key: 'dichloromethane', zh: '二氯甲烷', en: 'Dichloromethane', unit: 'μg/L', I: '1', II: '2', III: '20', IV: '500' },
  { table: 2, no: 11, group: 'nonRoutine', key: 'dichloroethane_1_2', zh: '1,2-二氯乙烷', en: '1,2-Dichloroethane', unit: 'μg/L', I: '0.5', II: '3.0', III: '30.0', IV: '40.0' },
  { table: 2, no: 12, group: 'nonRoutine', key: 'trichloroethane_1_1_1', zh: '1,1,1-三氯乙烷', en: '1,1,1-Trichloroethane', unit: 'μg/L', I: '0.5', II: '400', III: '2000', IV: '4000' },
  { table: 2, no: 13, group: 'nonRoutine', key: 'trichloroethane_1_1_2', zh: '1,1,2-三氯乙烷', en: '1,1,2-Trichloroethane', unit: 'μg/L', I: '0.5', II: '0.5', III: '5.0', IV: '60.0' },
  { table: 2, no: 14, group: 'nonRoutine', key: 'dichloropropane_1_2', zh: '1,2-二氯丙烷', en: '1,2-Dichloropropane', unit: 'μg/L', I: '0.5', II: '0.5', III: '5.0', IV: '60.0' },
  { table: 2, no: 15, group: 'nonRoutine', key: 'bromoform', zh: '三溴甲烷', en: 'Bromoform', unit: 'μg/L', I: '0.5', II: '10.0', III: '100', IV: '800' },
  { table: 2, no: 16, group: 'nonRoutine', key: 'vinylChloride', zh: '氯乙烯', en: 'Vinyl chloride', unit: 'μg/L', I: '0.5', II: '0.5', III: '5.0', IV: '90.0' },
  { table: 2, no: 17, group: 'nonRoutine', key: 'dichloroethylene_1_1', zh: '1,1-二氯乙烯', en: '1,1-Dichloroethylene', unit: 'μg/L', I: '0.5', II: '3.0', III: '30.0', IV: '60.0' },
  { table: 2, no: 18, group: 'nonRoutine', key: 'dichloroethylene_1_2', zh: '1,2-二氯乙烯', en: '1,2-Dichloroethylene', unit: 'μg/L', I: '0.5', II: '5.0', III: '50.0', IV: '60.0' },
  { table: 2, no: 19, group: 'nonRoutine', key: 'trichloroethylene', zh: '三氯乙烯', en: 'Trichloroethylene', unit: 'μg/L', I: '0.5', II: '7.0', III: '70.0', IV: '210' },
  { table: 2, no: 20, group: 'nonRoutine', key: 'tetrachloroethylene', zh: '四氯乙烯', en: 'Tetrachloroethylene', unit: 'μg/L', I: '0.5', II: '4.0', III: '40.0', IV: '300' },
  { table: 2, no: 21, group: 'nonRoutine', key: 'chlorobenzene', zh: '氯苯', en: 'Chlorobenzene', unit: 'μg/L', I: '0.5', II: '60.0', III: '300', IV: '600' },
  { table: 2, no: 22, group: 'nonRoutine', key: 'dichlorobenzene_1_2', zh: '邻二氯苯', en: '1,2-Dichlorobenzene (o-)', unit: 'μg/L', I: '0.5', II: '200', III: '1000', IV: '2000' },
  { table: 2, no: 23, group: 'nonRoutine', key: 'dichlorobenzene_1_4', zh: '对二氯苯', en: '1,4-Dichlorobenzene (p-)', unit: 'μg/L', I: '0.5', II: '30.0', III: '300', IV: '600' },
  { table: 2, no: 24, group: 'nonRoutine', key: 'trichlorobenzene', zh: '三氯苯', en: 'Trichlorobenzene (total)', unit: 'μg/L', I: '0.5', II: '4.0', III: '20.0', IV: '180', note: '总量' },
  { table: 2, no: 25, group: 'nonRoutine', key: 'ethylbenzene', zh: '乙苯', en: 'Ethylbenzene', unit: 'μg/L', I: '0.5', II: '30.0', III: '300', IV: '600' },
  { table: 2, no: 26, group: 'nonRoutine', key: 'xylene', zh: '二甲苯', en: 'Xylene (total)', unit: 'μg/L', I: '0.5', II: '100', III: '500', IV: '1000', note: '总量' },
  { table: 2, no: 27, group: 'nonRoutine', key: 'styrene', zh: '苯乙烯', en: 'Styrene', unit: 'μg/L', I: '0.5', II: '2.0', III: '20.0', IV: '40.0' },
  { table: 2, no: 28, group: 'nonRoutine', key: 'dinitrotoluene_2_4', zh: '2,4-二硝基甲苯', en: '2,4-Dinitrotoluene', unit: 'μg/L', I: '0.1', II: '0.5', III: '5.0', IV: '60.0' },
  { table: 2, no: 29, group: 'nonRoutine', key: 'dinitrotoluene_2_6', zh: '2,6-二硝基甲苯', en: '2,6-Dinitrotoluene', unit: 'μg/L', I: '0.1', II: '0.5', III: '5.0', IV: '30.0' },
  { table: 2, no: 30, group: 'nonRoutine', key: 'naphthalene', zh: '萘', en: 'Naphthalene', unit: 'μg/L', I: '1', II: '10', III: '100', IV: '600' },
  { table: 2, no: 31, group: 'nonRoutine', key: 'anthracene', zh: '蒽', en: 'Anthracene', unit: 'μg/L', I: '1', II: '360', III: '1800', IV: '3600' },
  { table: 2, no: 32, group: 'nonRoutine', key: 'fluoranthene', zh: '荧蒽', en: 'Fluoranthene', unit: 'μg/L', I: '1', II: '50', III: '240', IV: '480' },
  { table: 2, no: 33, group: 'nonRoutine', key: 'benzoBFluoranthene', zh: '苯并(b)荧蒽', en: 'Benzo(b)fluoranthene', unit: 'μg/L', I: '0.1', II: '0.4', III: '4.0', IV: '8.0' },
  { table: 2, no: 34, group: 'nonRoutine', key: 'benzoAPyrene', zh: '苯并(a)芘', en: 'Benzo(a)pyrene', unit: 'μg/L', I: '0.002', II: '0.002', III: '0.01', IV: '0.50' },
  { table: 2, no: 35, group: 'nonRoutine', key: 'PCBs', zh: '多氯联苯', en: 'Polychlorinated biphenyls (total)', unit: 'μg/L', I: '0.05', II: '0.05', III: '0.50', IV: '10.0', note: '总量' },
  { table: 2, no: 36, group: 'nonRoutine', key: 'DEHP', zh: '邻苯二甲酸二(2-乙基己基)酯', en: 'Di(2-ethylhexyl) phthalate', unit: 'μg/L', I: '3', II: '3', III: '8.0', IV: '300' },
  { table: 2, no: 37, group: 'nonRoutine', key: 'trichlorophenol_2_4_6', zh: '2,4,6-三氯酚', en: '2,4,6-Trichlorophenol', unit: 'μg/L', I: '0.05', II: '20.0', III: '200', IV: '300' },
  { table: 2, no: 38, group: 'nonRoutine', key: 'pentachlorophenol', zh: '五氯酚', en: 'Pentachlorophenol', unit: 'μg/L', I: '0.05', II: '0.90', III: '9.0', IV: '18.0' },
  { table: 2, no: 39, group: 'nonRoutine', key: 'HCH', zh: '六六六', en: 'Hexachlorocyclohexane (total)', unit: 'μg/L', I: '0.01', II: '0.50', III: '5.00', IV: '300', note: '总量' },
  { table: 2, no: 40, group: 'nonRoutine', key: 'lindane', zh: 'γ-六六六（林丹）', en: 'γ-HCH (lindane)', unit: 'μg/L', I: '0.01', II: '0.20', III: '2.00', IV: '150' },
  { table: 2, no: 41, group: 'nonRoutine', key: 'DDT', zh: '滴滴涕', en: 'DDT (total)', unit: 'μg/L', I: '0.01', II: '0.10', III: '1.00', IV: '2.00', note: '总量' },
  { table: 2, no: 42, group: 'nonRoutine', key: 'hexachlorobenzene', zh: '六氯苯', en: 'Hexachlorobenzene', unit: 'μg/L', I: '0.01', II: '0.10', III: '1.00', IV: '2.00' },
  { table: 2, no: 43, group: 'nonRoutine', key: 'heptachlor', zh: '七氯', en: 'Heptachlor', unit: 'μg/L', I: '0.01', II: '0.04', III: '0.40', IV: '0.80' },
  { table: 2, no: 44, group: 'nonRoutine', key: 'dichlorophenoxyaceticAcid_2_4', zh: '2,4-滴', en: '2,4-D', unit: 'μg/L', I: '0.1', II: '6.0', III: '30.0', IV: '150' },
  { table: 2, no: 45, group: 'nonRoutine', key: 'carbofuran', zh: '克百威', en: 'Carbofuran', unit: 'μg/L', I: '0.05', II: '1.40', III: '7.00', IV: '14.0' },
  { table: 2, no: 46, group: 'nonRoutine', key: 'aldicarb', zh: '涕灭威', en: 'Aldicarb', unit: 'μg/L', I: '0.05', II: '0.60', III: '3.00', IV: '30.0' },
  { table: 2, no: 47, group: 'nonRoutine', key: 'dichlorvos', zh: '敌敌畏', en: 'Dichlorvos', unit: 'μg/L', I: '0.05', II: '0.10', III: '1.00', IV: '2.00' },
  { table: 2, no: 48, group: 'nonRoutine', key: 'methylParathion', zh: '甲基对硫磷', en: 'Methyl parathion', unit: 'μg/L', I: '0.05', II: '4.00', III: '20.0', IV: '40.0' },
  { table: 2, no: 49, group: 'nonRoutine', key: 'malathion', zh: '马拉硫磷', en: 'Malathion', unit: 'μg/L', I: '0.05', II: '25.0', III: '250', IV: '500' },
  { table: 2, no: 50, group: 'nonRoutine', key: 'dimethoate', zh: '乐果', en: 'Dimethoate', unit: 'μg/L', I: '0.05', II: '16.0', III: '80.0', IV: '160' },
  { table: 2, no: 51, group: 'nonRoutine', key: 'chlorpyrifos', zh: '毒死蜱', en: 'Chlorpyrifos', unit: 'μg/L', I: '0.05', II: '6.00', III: '30.0', IV: '60.0' },
  { table: 2, no: 52, group: 'nonRoutine', key: 'chlorothalonil', zh: '百菌清', en: 'Chlorothalonil', unit: 'μg/L', I: '0.05', II: '1.00', III: '10.0', IV: '150' },
  { table: 2, no: 53, group: 'nonRoutine', key: 'atrazine', zh: '莠去津', en: 'Atrazine', unit: 'μg/L', I: '0.05', II: '0.40', III: '2.00', IV: '600' },
  { table: 2, no: 54, group: 'nonRoutine', key: 'glyphosate', zh: '草甘膦', en: 'Glyphosate', unit: 'μg/L', I: '0.1', II: '140', III: '700', IV: '1400' },
] as const satisfies readonly Gbt14848Row[])

/** A GB/T 14848-2017 item key. @category Water */
export type GroundwaterItemKey = (typeof GBT14848_2017_ROWS)[number]['key']

/**
 * Keys of the 93 GB/T 14848-2017 items (39 of Table 1, 54 of Table 2). Substances that GB 3838
 * also lists keep the same key (`NH3N`, `F`, `nitrate`, `chloroform`, …); note that GB/T 14848
 * gives most organics in μg/L where GB 3838 Table 3 uses mg/L.
 *
 * @category Water
 * @see GB/T 14848-2017 Tables 1 and 2
 * @example
 * ```ts
 * import { GroundwaterItemKeySchema } from 'eco-targets/water'
 * GroundwaterItemKeySchema.options.length //=> 93
 * ```
 */
export const GroundwaterItemKeySchema = z
  .enum(GBT14848_2017_ROWS.map((r) => r.key) as [GroundwaterItemKey, ...GroundwaterItemKey[]])
  .describe('GB/T 14848-2017 item')

/**
 * Limits of GB/T 14848-2017 classes Ⅰ–Ⅳ (class Ⅴ is anything worse than Ⅳ). `'notDetected'` is
 * “不得检出” (must not be detected); `null` in class Ⅳ means the standard gives only “> Ⅲ limit”
 * for both Ⅳ and Ⅴ (gross α and β), so a value above class Ⅲ is class Ⅳ (从优不从劣).
 *
 * @category Water
 */
export type GroundwaterLimits = readonly [number | 'notDetected', number, number, number | null]

/**
 * How a GB/T 14848-2017 item is judged: `max` (value ≤ limit), `pH` (the two-sided ranges) or
 * `text` (a described item, 嗅和味 and 肉眼可见物: “无” for classes Ⅰ–Ⅳ).
 *
 * @category Water
 */
export type GroundwaterItemKind = 'max' | 'pH' | 'text'

/** One GB/T 14848-2017 item for lookups by key: its printed row read as numbers. @category Water */
export interface Gbt14848Item {
  /** Stable key (shared with GB 3838-2002 keys where the substance is the same). */
  readonly key: GroundwaterItemKey
  /** Table 1 (常规指标) or Table 2 (非常规指标). */
  readonly table: 1 | 2
  /** 序号 in its table. */
  readonly no: number
  /** Indicator group (感官性状及一般化学指标, 微生物指标, 毒理学指标, 放射性指标, 非常规指标). */
  readonly group: GroundwaterItemGroup
  /** Name as in the standard, and in English. */
  readonly name: LocalizedText
  /** Unit (`mg/L`, `μg/L`, `NTU`, `Bq/L`, …); `null` for pH and the described items. */
  readonly unit: string | null
  /** How the item is judged. */
  readonly kind: GroundwaterItemKind
  /** Limits of classes Ⅰ–Ⅳ for `max` items; `null` for pH and the described items. */
  readonly limits: GroundwaterLimits | null
  /** How the item is expressed (以N计, 总量 …). */
  readonly note?: string
  /** Where the item is defined. */
  readonly source: string
}

function cell(printed: Gbt14848Cell): number | 'notDetected' | null {
  if (printed === '不得检出') return 'notDetected'
  if (printed.startsWith('>')) return null
  return printedValue(printed as PrintedDecimal)
}

function keyed(row: Gbt14848Row): Gbt14848Item {
  const kind: GroundwaterItemKind = row.kind ?? 'max'
  return Object.freeze({
    key: row.key as GroundwaterItemKey,
    table: row.table,
    no: row.no,
    group: row.group,
    name: Object.freeze({ zh: row.zh, en: row.en }),
    unit: row.unit,
    kind,
    limits:
      kind === 'max'
        ? (Object.freeze(
            [row.I, row.II, row.III, row.IV].map(cell),
          ) as unknown as GroundwaterLimits)
        : null,
    ...(row.note === undefined ? {} : { note: row.note }),
    source: `GB/T 14848-2017 Table ${row.table} item ${row.no}`,
  })
}

/**
 * GB/T 14848-2017 class limits by item key, read from {@link GBT14848_2017_ROWS} as numbers.
 *
 * pH: Ⅰ–Ⅲ 6.5 ≤ pH ≤ 8.5; Ⅳ 5.5 ≤ pH < 6.5 or 8.5 < pH ≤ 9.0; Ⅴ pH < 5.5 or pH > 9.0.
 *
 * @category Water
 * @see GB/T 14848-2017 Table 1 (常规指标) and Table 2 (非常规指标)
 * @example
 * ```ts
 * import { GBT14848_2017 } from 'eco-targets/water'
 * GBT14848_2017.NH3N.limits   //=> [0.02, 0.1, 0.5, 1.5]
 * GBT14848_2017.LAS.limits    //=> ['notDetected', 0.1, 0.3, 0.3]
 * GBT14848_2017.benzene.unit  //=> 'μg/L'
 * ```
 */
export const GBT14848_2017: Readonly<Record<GroundwaterItemKey, Gbt14848Item>> = Object.freeze(
  Object.fromEntries(GBT14848_2017_ROWS.map((row) => [row.key, keyed(row)])) as Record<
    GroundwaterItemKey,
    Gbt14848Item
  >,
)
