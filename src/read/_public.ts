import type { InputIssue } from '../_lib/errors/issue.js'
import { defineOptions } from '../_lib/options.js'
import type { CoreReader, ReadRecord } from './_reader.js'
import { type RecordsReader, RecordsSourceSchema } from './records-reader.js'

const SOURCE = defineOptions('source', RecordsSourceSchema, (o) => o)

/** The public face of a core reader: sources checked, results in the public shape. */
export function publicReader<T>(
  core: CoreReader<T>,
  check?: (records: readonly ReadRecord<T>[]) => InputIssue[],
): RecordsReader<T> {
  return {
    read(records, source) {
      if (source !== undefined) SOURCE.resolve(source)
      return core.read(records, source)
    },
    addProblems: (problems) => core.addProblems(problems),
    get stopped() {
      return core.stopped
    },
    finish() {
      const out = core.finish(check)
      return {
        values: out.records.map((r) => r.value),
        locations: out.records.map((r) => r.location),
        files: out.files.map((f) => ({ ...f })),
        problems: out.problems,
        stoppedAfter: out.stoppedAfter,
      }
    },
  }
}
