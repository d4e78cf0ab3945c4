import { formatInputIssue, isInputError } from '../../src/index.js'

/** The issues of an input error as the command line prints them, in English. */
export function locatedLines(error: unknown): string[] {
  if (!isInputError(error)) throw error
  return error.issues.map((i) => formatInputIssue(i, { lang: 'en' }))
}

/** The located lines of what `work` throws (synchronously or not); fails when nothing is thrown. */
export async function rejectionLines(work: () => unknown): Promise<string[]> {
  try {
    await work()
  } catch (error) {
    return locatedLines(error)
  }
  throw new Error('expected an input error, got none')
}

/** The located lines of what `work` throws synchronously, joined by newlines. */
export function thrownText(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    return locatedLines(error).join('\n')
  }
  throw new Error('expected an input error, got none')
}
