import {
  type EvaluatePlanOptions,
  evaluatePlan,
  PlanEvaluationSchema,
  renderReportHtml,
  renderReportMarkdown,
} from '../../../index.js'
import { defineCommand } from '../../command/index.js'
import { EXIT_CODES, UsageError } from '../../errors.js'
import { parseMaxProblems } from '../../input/problems.js'
import { openInput } from '../../input/source.js'
import { writeResult } from '../../output/result.js'
import { openSampleObservations, openSampleTaskStatus, SAMPLE_NOTE } from '../../sample.js'
import { parseDateOption } from '../_option-values.js'
import { latestDateOf, readPlanInputs } from '../_plan-inputs.js'
import { loadPlan } from '../_plan-source.js'
import { applyFailOn } from './_gate.js'
import { EVALUATE_SPEC, type FORMATS } from './_help.js'

type ReportFormat = (typeof FORMATS)[number]

/** The sample's default date: the end of the sample year, when every task has its year-end status. */
const SAMPLE_AS_OF = '2022-12-31'

function formatOf(given: ReportFormat | undefined, out: string | undefined): ReportFormat {
  if (given) return given
  const ext = out?.toLowerCase().match(/\.(\w+)$/)?.[1]
  if (ext === 'json') return 'json'
  if (ext === 'html' || ext === 'htm') return 'html'
  return 'md'
}

/**
 * `eco-targets evaluate`: the 2022 plan evaluated on observation files (or the bundled
 * sample) as of a date, as a Markdown, JSON or HTML report, with `--fail-on` as a gate for CI
 * jobs.
 *
 * @category CLI
 * @example
 * ```ts
 * await evaluateCommand.execute(['--sample', '--format', 'json'], io) //=> 0
 * ```
 */
export const evaluateCommand = defineCommand({
  ...EVALUATE_SPEC,
  async run({ io, options, positionals, lang }) {
    if (options.sample && (positionals.length > 0 || options.tasks)) {
      throw new UsageError({
        zh: '--sample 与文件、--tasks 只能给出其一',
        en: 'give either --sample or files and --tasks, not both',
      })
    }
    if (options['insufficient-data'] && !options['fail-on']) {
      throw new UsageError({
        zh: '--insufficient-data 只能与 --fail-on 合用',
        en: '--insufficient-data applies only with --fail-on',
      })
    }
    if (options.json && options.format && options.format !== 'json') {
      throw new UsageError({
        zh: `--json 与 --format ${options.format} 相互矛盾`,
        en: `--json and --format ${options.format} contradict each other`,
      })
    }
    const asOfGiven = options['as-of'] && parseDateOption('--as-of', options['as-of'])
    const plan = await loadPlan(io, options.plan)
    const observationSources = options.sample
      ? openSampleObservations(io)
      : (positionals.length ? positionals : ['-']).map((p) => openInput(p, io))
    const taskSources = options.sample
      ? openSampleTaskStatus(io).map((t) => t.source)
      : (options.tasks ?? []).map((p) => openInput(p, io))
    if (observationSources.filter((s) => s.name === '<stdin>').length > 1) {
      throw new UsageError({
        zh: '标准输入（-）只能读取一次',
        en: 'standard input (-) can be read only once',
      })
    }
    const inputs = await readPlanInputs(observationSources, taskSources, io, {
      plan,
      format: options['input-format'],
      kind: options.kind,
      maxProblems: parseMaxProblems(options['max-problems']),
      allowEmpty: options['allow-empty'],
    })
    const notes: string[] = options.sample ? [SAMPLE_NOTE[lang]] : []
    let asOf = asOfGiven || (options.sample ? SAMPLE_AS_OF : undefined)
    if (!asOf) {
      asOf = latestDateOf(inputs)
      if (!asOf)
        throw new UsageError({
          zh: '输入中没有带日期的记录；请给出 --as-of 日期',
          en: 'nothing in the input is dated; give --as-of DATE',
        })
      notes.push(
        lang === 'zh'
          ? `评估日期 ${asOf}：输入数据的最晚日期（未指定 --as-of）。`
          : `As of ${asOf}: the latest date in the input (no --as-of given).`,
      )
    }
    const evalOptions: EvaluatePlanOptions = {
      asOf,
      ...(inputs.updates.length || taskSources.length ? { taskUpdates: inputs.updates } : {}),
      air: {
        ...(options.dust ? { verdictBasis: options.dust === 'keep' ? 'raw' : 'deducted' } : {}),
        ...(options['dust-method'] ? { dustRatioMethod: options['dust-method'] } : {}),
        ...(options['valid-day'] ? { validDay: options['valid-day'] } : {}),
      },
      ...(options['drinking-rule'] ? { drinkingWater: { rule: options['drinking-rule'] } } : {}),
    }
    const evaluation = evaluatePlan(plan, inputs.observations, evalOptions)
    const format = formatOf(options.json ? 'json' : options.format, options.out)
    const note = notes.length ? notes.join(' ') : undefined
    const render = { plan, lang, ...(note ? { note } : {}) } as const
    let text: string
    if (format === 'json') {
      const checked = PlanEvaluationSchema.safeParse(evaluation)
      if (!checked.success) {
        throw new Error(`the evaluation does not match its schema: ${checked.error.message}`)
      }
      text = `${JSON.stringify(checked.data, null, 2)}\n`
    } else if (format === 'html') text = renderReportHtml(evaluation, render)
    else text = renderReportMarkdown(evaluation, render)
    await writeResult(io, text, options.out)
    // The JSON document has no place for notes: they go to standard error.
    if (format === 'json' && note)
      await io.stderr.write(`${lang === 'zh' ? '注：' : 'note: '}${note}\n`)
    const level = options['fail-on']
    if (!level) return EXIT_CODES.ok
    const gate = applyFailOn(evaluation, level, options['insufficient-data'], lang)
    if (gate.message) await io.stderr.write(gate.message)
    return gate.failed ? EXIT_CODES.failOn : EXIT_CODES.ok
  },
})
