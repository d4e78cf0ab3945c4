/**
 * The CSV layouts the columns reference pages describe, from the library's public column
 * tables: the flat observation rows (`OBSERVATION_COLUMNS`) and the air station records
 * (`CNEMC_COLUMNS`), each with the name and the English line its section is headed by.
 */
import { CNEMC_COLUMNS, OBSERVATION_COLUMNS, type ObservationColumn } from '../../src/index.js'
import { GBT14848_2017 } from '../../src/standards/water/index.js'

/** A layout of the reference pages: its name, what it is, its columns. */
export interface HeaderLayout {
  readonly name: string
  readonly description: string
  readonly columns: readonly ObservationColumn[]
}

export const OBSERVATION_LAYOUT: HeaderLayout = {
  name: 'observations',
  description: 'Observations as flat CSV rows (field names as headers)',
  columns: OBSERVATION_COLUMNS,
}

export const CNEMC_LAYOUT: HeaderLayout = {
  name: 'cnemc',
  description: 'Air station records, CNEMC export or plain layout',
  columns: CNEMC_COLUMNS,
}

/** Keys of the GB/T 14848-2017 items with a numeric value (the groundwater sampling keys). */
export const GROUNDWATER_KEYS: readonly string[] = Object.values(GBT14848_2017)
  .filter((entry) => entry.kind !== 'text')
  .map((entry) => entry.key)
