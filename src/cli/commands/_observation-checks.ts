import {
  type InputIssue,
  isInputError,
  type Observation,
  validateObservations,
} from '../../index.js'
import type { RecordOrigin } from '../input/records.js'

/**
 * The problems the library's `validateObservations` finds in records read from files — the
 * checks across records (duplicates, contradictory records) and the air module's rules — each at
 * the file and line of its record, so that `validate` and `evaluate` reject the same data.
 */
export function observationProblems(
  records: readonly { readonly origin: RecordOrigin; readonly value: Observation }[],
): InputIssue[] {
  try {
    validateObservations(records.map((r) => r.value))
    return []
  } catch (error) {
    if (!isInputError(error)) throw error
    return error.issues.map((issue) => {
      const [, index, ...field] = issue.path
      const origin = typeof index === 'number' ? records[index]?.origin : undefined
      return {
        ...issue,
        path: origin ? field : issue.path,
        ...(origin ? { location: { file: origin.file, line: origin.line } } : {}),
      }
    })
  }
}
