import {
  expectations,
  IdSchema,
  type InputIssue,
  localizedText,
  safeParseInput,
  WaterSampleObservationSchema,
} from '../../../index.js'
import type { SectionRecords } from '../../../standards/water/index.js'
import { inputError, issueAt, locateIssue } from '../../input/located.js'
import { originOf } from './_read.js'

/** The monitoring networks an observation can belong to. */
export const NETWORKS = ['national', 'regional', 'municipal'] as const

/**
 * The samplings read by `water` as `waterSample` observations, the records `evaluate` reads
 * for the plan's section targets: one per row, with the section's id, name and water body, the
 * date, the sampling status and the measured values (missing ones left out). Each is checked
 * against the observation schema.
 *
 * @param sections - the sections read
 * @param network - the network the sections belong to
 * @returns the observations, section by section in input order
 * @throws the library's `InputError` at the first row of a section whose id is not an id, and at each
 *   row without a date
 */
export function waterObservations(
  sections: readonly SectionRecords[],
  network: (typeof NETWORKS)[number],
): unknown[] {
  const problems: InputIssue[] = []
  const out: unknown[] = []
  for (const section of sections) {
    if (!IdSchema.safeParse(section.id).success) {
      const first = section.samplings[0]
      problems.push(
        issueAt(first ? originOf(first) : { file: '' }, {
          code: 'invalid_format',
          expected: expectations.sectionIdForObservations(),
          received: section.id,
          hint: localizedText('请给出 section 列', 'give a section column'),
        }),
      )
      continue
    }
    for (const row of section.samplings) {
      if (row.date === null) {
        problems.push(
          issueAt(originOf(row), {
            code: 'invalid_type',
            expected: expectations.samplingDate(),
            receivedText: null,
          }),
        )
        continue
      }
      const values = Object.fromEntries(
        Object.entries(row.values).filter(([, v]) => v !== null && v !== undefined),
      )
      const candidate = {
        kind: 'waterSample',
        section: section.id,
        ...(section.name === section.id ? {} : { name: section.name }),
        network,
        waterBody: section.waterBody,
        date: row.date,
        status: row.status,
        values: row.status === 'sampled' ? values : {},
      }
      const checked = safeParseInput(WaterSampleObservationSchema, candidate)
      if (!checked.success) {
        problems.push(...checked.issues.map((i) => locateIssue(i, originOf(row))))
        continue
      }
      out.push(checked.data)
    }
  }
  if (problems.length > 0) throw inputError(problems)
  return out
}

/**
 * The observations as the text of a file: a JSON array for a `.json` name, else JSON Lines,
 * one observation a line.
 *
 * @param observations - the observations
 * @param file - the file name
 * @returns the text
 */
export function observationsText(observations: readonly unknown[], file: string): string {
  if (/\.json$/i.test(file)) return `${JSON.stringify(observations, null, 2)}\n`
  return observations.map((o) => `${JSON.stringify(o)}\n`).join('')
}
