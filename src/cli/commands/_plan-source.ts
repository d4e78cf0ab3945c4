import type { Plan } from '../../index.js'
import { openInput } from '../input/source.js'
import { readSourceText } from '../input/text.js'
import type { CliIO } from '../io.js'

/** `--plan FILE`: a plan file (JSON or YAML) instead of the bundled 2022 plan. */
export const PLAN_OPTION = {
  type: 'string',
  value: { zh: '文件', en: 'FILE' },
  description: {
    zh: '方案文件，JSON 或 YAML（默认内置的 2022 年方案；见 plan init）。',
    en: 'A plan file, JSON or YAML (default: the bundled 2022 plan; see plan init).',
  },
} as const

/** The bundled 2022 plan, loaded when a command needs it. */
export async function bundledPlan(): Promise<Plan> {
  return (await import('../../plans/2022/index.js')).plan2022
}

/**
 * The plan a command works on: the plan file named by `--plan` (`-` for standard input), read
 * and checked by the library's `readPlanFile`, else the bundled 2022 plan. A mistake in the
 * file is an input error at its line, with the field and what was expected.
 *
 * @param io - the process's input and output
 * @param path - the `--plan` value, if any
 * @returns the plan
 * @throws the library's `InputError` `plan.yaml:12: plan.targets[0].metric: …`
 */
export async function loadPlan(io: CliIO, path: string | undefined): Promise<Plan> {
  if (path === undefined) return bundledPlan()
  const source = openInput(path, io)
  const text = await readSourceText(source)
  const { readPlanFile } = await import('../../index.js')
  // the plan reader's issues carry the file, line and field path already
  return readPlanFile(text, { file: source.name })
}
