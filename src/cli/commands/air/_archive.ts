import { isInputError, streamHourlyCsv } from '../../../standards/air/index.js'
import type { InputFormat } from '../../input/format.js'
import { resolveInputFormat } from '../../input/read.js'
import { type InputSource, STDIN_NAME } from '../../input/source.js'

/**
 * Whether a CSV file of CNEMC records is the archive, whose ozone columns are swapped: told by
 * the library's reader from the data (its first batch), as for hourly input. Standard input
 * cannot be read twice and is taken as the export unless `--cnemc-archive` is given.
 *
 * @param source - the file
 * @param format - the `--input-format`
 * @returns whether it reads as the archive
 */
export async function looksLikeArchive(
  source: InputSource,
  format: InputFormat | undefined,
): Promise<boolean> {
  if (source.name === STDIN_NAME) return false
  const resolved = await resolveInputFormat(source, format)
  if (resolved.format !== 'csv') return false
  try {
    for await (const batch of streamHourlyCsv(resolved.source.open(), {
      file: source.name,
      allowEmpty: true,
    })) {
      return batch.layout === 'cnemc-archive'
    }
  } catch (error) {
    // a file the hourly reader refuses (daily columns only) is read as before
    if (!isInputError(error)) throw error
  }
  return false
}
