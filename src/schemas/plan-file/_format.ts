/** The two formats of a plan file. */
export type PlanFileFormat = 'json' | 'yaml'

/** The format of a plan file: the one given, else from the file name, else from the text. */
export function formatOf(
  given: PlanFileFormat | undefined,
  file: string | undefined,
  text: string,
): PlanFileFormat {
  if (given) return given
  const ext = file?.toLowerCase().match(/\.(json|ya?ml)$/)?.[1]
  if (ext) return ext === 'json' ? 'json' : 'yaml'
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml'
}
