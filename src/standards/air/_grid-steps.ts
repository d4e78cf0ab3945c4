import { type GridColumn, gridIaqi } from './_grid.js'

// The IAQI of every grid step of a column, built once per column and shared by the object and
// the columnar AQI: on the grid an IAQI is a lookup. The longest column has 3,840 steps (NO2
// 1-hour, 3,840 µg/m³; CO 1-hour has 1,500 steps of 0.1 mg/m³), so a table is at most 7.5 kB;
// every IAQI is at most 500.

const tables = new WeakMap<GridColumn, Uint16Array>()

/**
 * `iaqiSteps(col)[p]` is {@link gridIaqi}`(col, p)` (HJ 633 式(1) rounded up at `p` grid steps)
 * for every `p` from 0 to the column's top; the length is top + 1. Cached per column.
 */
export function iaqiSteps(col: GridColumn): Uint16Array {
  let out = tables.get(col)
  if (!out) {
    const top = col.bp[col.bp.length - 1] as number
    out = new Uint16Array(top + 1)
    for (let p = 0; p <= top; p++) out[p] = gridIaqi(col, p)
    tables.set(col, out)
  }
  return out
}
