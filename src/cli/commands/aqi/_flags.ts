// The concentration flags of `eco-targets aqi`, read without loading a library entry (index.ts).
import { parseNumberBytes } from '../../../_lib/csv/number.js'
import { AQI_REPORT_KEYS, type AqiReport } from '../../../report/aqi-text.js'
import type { InputIssue } from '../../../standards/air/index.js'
import { UsageError } from '../../errors.js'

/** A bad concentration flag: the flag, then the catalogue's message. */
const flagMessage = (flag: string, issue: Pick<InputIssue, 'message'>) => ({
  zh: `--${flag}：${issue.message.zh}`,
  en: `--${flag}: ${issue.message.en}`,
})

/** The input key a library issue is about (`['pm25']` → `pm25`). */
function issueKey(issue: InputIssue): string | undefined {
  const last = issue.path.at(-1)
  return typeof last === 'string' ? last : undefined
}

/** Concentration flags and the input key each gives. */
export const VALUE_FLAGS = {
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  pm10: 'pm10',
  pm25: 'pm25',
  o3: 'o3',
  'o3-1h': 'o3_1h',
  'o3-8h': 'o3_8h',
  'so2-24h': 'so2_24h',
} as const

export type ValueFlag = keyof typeof VALUE_FLAGS

/**
 * A flag's concentration, in the plain decimal notation of every reader (`12`, `0.5`, `1e-4`;
 * not `1,234` or `12a`), by the readers' own number parser; undefined when it is not a number.
 */
function parseFlagValue(text: string): number | undefined {
  const bytes = new TextEncoder().encode(text)
  const value = parseNumberBytes(bytes, 0, bytes.length)
  return Number.isFinite(value) ? value : undefined
}

/**
 * The concentrations of the flags given, by input key.
 *
 * @param options - the parsed options
 * @param given - the concentration flags given
 * @param report - the report they are for
 * @returns the concentrations by input key
 * @throws {@link UsageError} for a flag of the other report or a value that is not a number
 */
export async function readFlagValues(
  options: Readonly<Partial<Record<ValueFlag, string>>>,
  given: readonly ValueFlag[],
  report: AqiReport,
): Promise<Record<string, number | null>> {
  const values: Record<string, number | null> = {}
  for (const f of given) {
    const key = VALUE_FLAGS[f]
    if (!AQI_REPORT_KEYS[report].includes(key)) {
      const other = report === 'daily' ? '--realtime' : 'the daily report'
      throw new UsageError({
        zh: `--${f} 不是${report === 'daily' ? '日报' : '实时报'}的指标（见${report === 'daily' ? ' --realtime' : '日报'}）`,
        en: `--${f} is not an indicator of the ${report} report (see ${other})`,
      })
    }
    const text = (options[f] as string).trim()
    const value = parseFlagValue(text)
    if (value === undefined) {
      const [{ inputIssue }, { notANumber }] = await Promise.all([
        import('../../../standards/air/index.js'),
        import('../../input/cells.js'),
      ])
      throw new UsageError(flagMessage(f, inputIssue(notANumber(text))))
    }
    values[key] = value
  }
  return values
}

/**
 * The usage error for a library issue about a flag's value: the flag, then the message.
 *
 * @param issue - the first issue of the library's error
 * @param given - the concentration flags given
 * @returns the usage error
 */
export function flagError(issue: InputIssue, given: readonly ValueFlag[]): UsageError {
  const name = given.find((f) => VALUE_FLAGS[f] === issueKey(issue))
  return new UsageError(name ? flagMessage(name, issue) : issue.message)
}
