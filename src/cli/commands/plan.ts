import { filterPlan, renderPlanText, writePlanFile } from '../../index.js'
import { defineCommand } from '../command/index.js'
import { UsageError } from '../errors.js'
import { writeResult } from '../output/result.js'
import { parsePlanFilters } from './_option-values.js'
import { PLAN_HELP, PLAN_OPTIONS } from './_plan-help.js'
import { runPlanInit } from './_plan-init.js'
import { loadPlan } from './_plan-source.js'

/**
 * `eco-targets plan`: a plan's targets and tasks (the bundled 2022 plan, or `--plan FILE`),
 * filtered by pillar and domain, as text (zh or en) or as a plan file (`--json`) that `--plan`
 * reads back; `plan init [FILE]` writes the commented starter plan file.
 *
 * @category CLI
 * @example
 * ```ts
 * await planCommand.execute(['--domain', 'air', '--json'], io) //=> 0
 * await planCommand.execute(['init', 'my-plan.yaml', '--year', '2026'], io) //=> 0
 * ```
 */
export const planCommand = defineCommand({
  name: 'plan',
  ...PLAN_HELP,
  options: PLAN_OPTIONS,
  positionals: { max: 2 },
  async run({ io, options, positionals, lang }) {
    const [sub, file] = positionals
    const initOnly = (['year', 'id', 'force'] as const).find((o) => options[o] !== undefined)
    if (sub === 'init') {
      const other = (['plan', 'pillar', 'domain', 'json', 'out'] as const).find(
        (o) => options[o] !== undefined,
      )
      if (other)
        throw new UsageError({
          zh: `plan init 不接受 --${other}`,
          en: `plan init takes no --${other}`,
        })
      return runPlanInit(io, file, options)
    }
    if (sub !== undefined) {
      throw new UsageError({
        zh: `多余的参数 "${sub}"（plan init [文件] 写出方案文件模板）`,
        en: `unexpected argument "${sub}" (plan init [FILE] writes a starter file)`,
      })
    }
    if (initOnly)
      throw new UsageError({
        zh: `--${initOnly} 只用于 plan init`,
        en: `--${initOnly} applies only to plan init`,
      })
    const plan = await loadPlan(io, options.plan)
    const filters = parsePlanFilters(plan, options)
    const text = options.json
      ? writePlanFile(filterPlan(plan, filters))
      : renderPlanText(plan, { ...filters, lang })
    await writeResult(io, text, options.out)
    return 0
  },
})
