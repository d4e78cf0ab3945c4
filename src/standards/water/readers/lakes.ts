import type { z } from 'zod'
import type { LakeEntrySchema } from '../results/readers.js'
/** A lake or reservoir section of a lake list. @category Water */
export type LakeEntry = z.output<typeof LakeEntrySchema>

/**
 * Reads a list of lake and reservoir sections, one a line as `name / basin / province` (basin and
 * province optional, `#` starts a comment); a line mentioning 水库 is a reservoir. This is the
 * form of `lake-reservoir-sections.txt` beside the CNEMC section snapshot.
 *
 * @param text - the list
 * @returns the entries in order
 * @category Water
 * @example
 * ```ts
 * import { parseLakeList } from 'eco-targets/water'
 * parseLakeList('# lakes\n草海中心 / 滇池流域 / 云南省\n石骨水库 / 珠江流域\n')
 * //=> [{ name: '草海中心', basin: '滇池流域', province: '云南省', waterBody: 'lake', line: 2 }, { name: '石骨水库', basin: '珠江流域', waterBody: 'reservoir', line: 3 }]
 * ```
 */
export function parseLakeList(text: string): LakeEntry[] {
  const entries: LakeEntry[] = []
  String(text)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trim()
      if (line === '') return
      const [name, basin, province] = line.split('/').map((p) => p.trim())
      entries.push({
        name: name as string,
        ...(basin ? { basin } : {}),
        ...(province ? { province } : {}),
        waterBody: line.includes('水库') ? 'reservoir' : 'lake',
        line: i + 1,
      })
    })
  return entries
}
