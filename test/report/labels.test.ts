import { describe, expect, it } from 'vitest'
import { TargetStatusSchema, TaskStatusSchema } from '../../src/index.js'
import { TARGET_STATUS_LABELS, TASK_STATUS_LABELS } from '../../src/report/labels.js'

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
})
