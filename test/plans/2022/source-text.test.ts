import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PLAN_2022_SOURCE_TEXT, plan2022 } from '../../../src/plans/2022/index.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'

const SEED = 'seed/000_48e2c234f3f7ee5a.txt'
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

describe('PLAN_2022_SOURCE_TEXT', () => {
  it('hashes to the SHA-256 the plan records', () => {
    expect(sha256(Buffer.from(PLAN_2022_SOURCE_TEXT, 'utf8'))).toBe(plan2022.source.sha256)
  })

  it('has the opening paragraph and the five pillar paragraphs, in order', () => {
    const lines = PLAN_2022_SOURCE_TEXT.split('\n')
    expect(lines[0]).toMatch(/^2022年，是党的二十大召开之年/)
    expect(lines.slice(1, 6).map((l) => l.slice(0, 2))).toEqual([
      '一是',
      '二是',
      '三是',
      '四是',
      '五是',
    ])
    expect(lines.slice(6).every((l) => l === '')).toBe(true)
  })
})

describeWithShared('PLAN_2022_SOURCE_TEXT against the source document', SEED, () => {
  it('is byte for byte the shared source, whose SHA-256 the plan records', () => {
    const bytes = readFileSync(sharedPath(SEED))
    expect(PLAN_2022_SOURCE_TEXT).toBe(bytes.toString('utf8'))
    expect(sha256(bytes)).toBe(plan2022.source.sha256)
  })
})
