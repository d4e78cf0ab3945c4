import { evaluateChecklist, renderChecklistText, summarizeChecklist } from '../../index.js'
import { defineCommand } from '../command/index.js'
import { EXIT_CODES, UsageError } from '../errors.js'
import { parseMaxProblems } from '../input/problems.js'
import { openInput } from '../input/source.js'
import { writeResult } from '../output/result.js'
import { openSampleTaskStatus, SAMPLE_NOTE } from '../sample.js'
import { parseDateOption, parsePlanFilters } from './_option-values.js'
import { latestDateOf, readPlanInputs } from './_plan-inputs.js'
import { loadPlan } from './_plan-source.js'
import { TASKS_HELP, TASKS_OPTIONS } from './_tasks-help.js'

/**
 * `eco-targets tasks`: the task checklist of the 2022 plan as of a date, from status files (or
 * the bundled sample), with counts by pillar and domain, counted progress and overdue tasks.
 *
 * @category CLI
 * @example
 * ```ts
 * await tasksCommand.execute(['--sample', '--as-of', '2022-06-30'], io) //=> 0
 * ```
 */
export const tasksCommand = defineCommand({
  name: 'tasks',
  ...TASKS_HELP,
  options: TASKS_OPTIONS,
  async run({ io, options, lang }) {
    if (options.sample && options.tasks)
      throw new UsageError({
        zh: '--tasks 与 --sample 只能给出其一',
        en: 'give either --tasks or --sample',
      })
    if (!options.sample && !options.tasks)
      throw new UsageError({
        zh: '请用 --tasks 文件 给出任务状态文件，或用 --sample',
        en: 'give status files with --tasks FILE, or --sample',
      })
    const plan = await loadPlan(io, options.plan)
    const { pillar, domain } = parsePlanFilters(plan, options)
    const asOfGiven = options['as-of'] && parseDateOption('--as-of', options['as-of'])
    const sources = options.sample
      ? openSampleTaskStatus(io).map((t) => t.source)
      : (options.tasks ?? []).map((p) => openInput(p, io))
    const inputs = await readPlanInputs([], sources, io, {
      plan,
      format: options['input-format'],
      maxProblems: parseMaxProblems(options['max-problems']),
      allowEmpty: options['allow-empty'],
    })
    const asOf = asOfGiven || (options.sample ? '2022-12-31' : latestDateOf(inputs))
    if (!asOf)
      throw new UsageError({
        zh: '状态文件中没有更新日期；请用 --as-of 日期 给出',
        en: 'the status files hold no update; give --as-of DATE',
      })
    const full = evaluateChecklist(plan, inputs.updates, { asOf })
    const checklist = {
      ...full,
      tasks: full.tasks.filter(
        (t) => (!pillar || t.pillar === pillar) && (!domain || t.domain === domain),
      ),
    }
    const notes = [
      ...(options.sample ? [SAMPLE_NOTE[lang]] : []),
      ...(!asOfGiven && !options.sample
        ? [
            lang === 'zh'
              ? `截至最晚的更新日期 ${asOf}（未指定 --as-of）。`
              : `As of the latest update, ${asOf} (no --as-of given).`,
          ]
        : []),
    ]
    const note = notes.length ? notes.join(' ') : undefined
    const text = options.json
      ? `${JSON.stringify(
          {
            asOf,
            filters: { pillar: pillar ?? null, domain: domain ?? null },
            ...(note ? { note } : {}),
            ...summarizeChecklist(plan, checklist),
            tasks: checklist.tasks,
          },
          null,
          2,
        )}\n`
      : renderChecklistText(plan, checklist, { lang, note })
    await writeResult(io, text, options.out)
    return EXIT_CODES.ok
  },
})
