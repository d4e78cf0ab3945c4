import { describe, expect, it } from 'vitest'
import { TargetStatusSchema, TaskStatusSchema, UnitSchema } from '../../src/index.js'
import { TARGET_STATUS_LABELS, TASK_STATUS_LABELS, UNIT_LABELS } from '../../src/report/labels.js'

describe('report labels', () => {
  it('name and colour every target status, in both languages', () => {
    expect(Object.keys(TARGET_STATUS_LABELS).sort()).toEqual([...TargetStatusSchema.options].sort())
    for (const label of Object.values(TARGET_STATUS_LABELS)) {
      expect(label.colour).toMatch(/^#[0-9a-f]{6}$/)
      expect(label.zh && label.en).toBeTruthy()
    }
  })

  it('name every task status', () => {
    expect(Object.keys(TASK_STATUS_LABELS).sort()).toEqual([...TaskStatusSchema.options].sort())
  })

  it('name every unit, in Chinese without a Latin word unless it is a symbol of the standards', () => {
    expect(Object.keys(UNIT_LABELS).sort()).toEqual([...UnitSchema.options].sort())
    // t is a word in Chinese (吨); µg/m³, mg/m³ and mg/L are printed as symbols in GB 3095 / GB 3838
    for (const [unit, label] of Object.entries(UNIT_LABELS)) {
      const symbol = ['%', 'µg/m³', 'mg/m³', 'mg/L'].includes(unit)
      expect(/[A-Za-z]/.test(label.zh), unit).toBe(symbol && unit !== '%')
    }
  })
})
