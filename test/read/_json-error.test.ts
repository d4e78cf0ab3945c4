import { describe, expect, it } from 'vitest'
import { locateJsonError } from '../../src/read/_json-error.js'

describe('locateJsonError', () => {
  it.each([['{"a": 1, "b": [true, false, null, -1.5e3, "x\\"y"], "c": {}}'], ['[]'], [' 12 ']])(
    'finds nothing wrong in valid JSON %s',
    (text) => {
      expect(locateJsonError(text)).toBeUndefined()
    },
  )

  it.each([
    ['{"a": 1,}', 8, 'expected a quoted key, found "}"'],
    ['{"a" 1}', 5, 'expected ":", found "1"'],
    ['{"a": 1 "b": 2}', 8, 'expected "," or "}", found "\\""'],
    ['[1 2]', 3, 'expected "," or "]", found "2"'],
    ['{"a": "x', 8, 'a string is not closed'],
    ['{"a": "x\ny"}', 8, 'a line break or control character inside a string'],
    ['[1] 2', 4, 'unexpected "2" after the value'],
    ['{"a": }', 6, 'expected a value, found "}"'],
    ['[', 1, 'expected a value, found the end of the input'],
  ])('locates the error in %j', (text, offset, message) => {
    expect(locateJsonError(text)).toEqual({ offset, message })
  })
})
