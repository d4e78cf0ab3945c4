import { isInputError, planStarterText } from '../../index.js'
import { OutputError, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import { writeResult } from '../output/result.js'

/**
 * `eco-targets plan init [FILE]`: writes the commented starter plan file, or prints it.
 *
 * @param io - the streams and files
 * @param file - the file to write; undefined or `-` for standard output
 * @param options - the plan year, the plan id, and whether an existing file is replaced
 * @returns the exit code
 */
export async function runPlanInit(
  io: CliIO,
  file: string | undefined,
  options: { year?: string | undefined; id?: string | undefined; force?: boolean | undefined },
): Promise<number> {
  const year = options.year === undefined ? new Date().getFullYear() : Number(options.year)
  if (!/^\d{4}$/.test(String(year)) || year < 2000 || year > 2100) {
    throw new UsageError({
      zh: `--year 应为 2000—2100 之间的年份（实际为 "${options.year}"）`,
      en: `--year must be a year 2000-2100 (got "${options.year}")`,
    })
  }
  let text: string
  try {
    text = planStarterText({ year, ...(options.id === undefined ? {} : { id: options.id }) })
  } catch (error) {
    if (isInputError(error)) {
      throw new UsageError({
        zh: `--id 应为以 "-" 或 "." 连接的小写单词（实际为 "${options.id}"）`,
        en: `--id must be lower-case words joined by "-" or "." (got "${options.id}")`,
      })
    }
    throw error
  }
  if (file === undefined || file === '-') {
    await io.stdout.write(text)
    return 0
  }
  try {
    await writeResult(io, text, file, { overwrite: options.force === true })
  } catch (error) {
    if (error instanceof OutputError && error.code === 'EEXIST') {
      throw new OutputError(`${file} already exists; give --force to replace it`)
    }
    throw error
  }
  await io.stderr.write(`wrote ${file}; evaluate it with: eco-targets evaluate --plan ${file}\n`)
  return 0
}
