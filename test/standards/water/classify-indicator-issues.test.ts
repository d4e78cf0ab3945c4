import { describe, expect, it } from 'vitest'
import { classifyIndicator } from '../../../src/standards/water/index.js'
import { inputErrorOf } from '../../_helpers/input-error.js'

// GB 3838-2002 表1: water temperature has no class limits (only the human-caused weekly
// change is limited), TP has limits by water body, and TN is given for lakes and reservoirs
// only. Each refusal says why, in both languages.
const issueOf = (run: () => unknown) => {
  const [i] = inputErrorOf(run).issues
  return { code: i.code, path: i.path, expected: i.expected, hint: i.hint ?? null }
}

describe('classifyIndicator refusals, in both languages', () => {
  it('refuses water temperature, which has no class limits', () => {
    expect(issueOf(() => classifyIndicator('waterTemp', 1))).toEqual({
      code: 'invalid_value',
      path: ['indicator'],
      expected: {
        zh: '有类别限值的项目（水温只限制人为造成的周平均温升和温降，单独评价）',
        en: 'an item with class limits (water temperature limits only the human-caused weekly change; evaluate it on its own)',
      },
      hint: null,
    })
  })

  it('asks for the water body of TP', () => {
    expect(issueOf(() => classifyIndicator('TP', 0.1))).toMatchObject({
      code: 'invalid_type',
      path: ['options', 'waterBody'],
      hint: {
        zh: '总磷、总氮的限值因水体而异',
        en: 'GB 3838-2002 表1 gives TP and TN by water body',
      },
    })
  })

  it('refuses TN on a river', () => {
    expect(issueOf(() => classifyIndicator('TN', 0.1, { waterBody: 'river' }))).toEqual({
      code: 'invalid_value',
      path: ['options', 'waterBody'],
      expected: {
        zh: '有类别限值的项目（总氮只对湖、库规定限值）',
        en: 'an item with class limits (GB 3838-2002 表1 gives TN for lakes and reservoirs only)',
      },
      hint: null,
    })
  })
})
