import { expect, type IssueSpec, text } from '../../../_lib/errors/catalogue.js'
import type { IssuePathSegment } from '../../../_lib/errors/issue.js'
import type { StampProblem } from './_time.js'

/** The issue for a timestamp that could not be read. */
export function stampIssue(
  problem: StampProblem,
  written: string,
  path: readonly IssuePathSegment[],
): Omit<IssueSpec, 'location'> {
  if (written === '') {
    return { code: 'invalid_type', path, expected: expect.hourlyStamp(), received: undefined }
  }
  switch (problem) {
    case 'noHour':
      return {
        code: 'invalid_format',
        path,
        expected: expect.timestampWithHour(),
        received: written,
      }
    case 'notOnHour':
      return { code: 'invalid_value', path, expected: expect.timestampOnHour(), received: written }
    case 'date':
      return {
        code: 'invalid_value',
        path,
        expected: expect.hourlyStamp(),
        received: written,
        hint: text('没有这一天或这一小时', 'no such day or hour'),
      }
    default:
      return { code: 'invalid_format', path, expected: expect.hourlyStamp(), received: written }
  }
}
