import {
  type EvaluatePlanOptions,
  evaluatePlan,
  ObservationSchema,
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
import {
  ALLOW_EMPTY_OPTION,
  AS_OF_OPTION,
  INPUT_FORMAT_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'
import { latestDateOf, readPlanInputs } from '../_plan-inputs.js'
import { loadPlan, PLAN_OPTION } from '../_plan-source.js'
import { applyFailOn, FAIL_ON_LEVELS } from './_gate.js'

const FORMATS = ['md', 'json', 'html'] as const
type ReportFormat = (typeof FORMATS)[number]

const KINDS = ObservationSchema.options.map((o) => o.shape.kind.value)

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
  name: 'evaluate',
  summary: {
    zh: '依据观测数据（或示例数据）评估方案（默认 2022 年方案）',
    en: 'Evaluate a plan (default the 2022 plan) on observations (or the sample)',
  },
  usage: {
    zh: '[文件… | -] [--sample] [--plan 文件] [--tasks 文件]… [--as-of 日期] [--format 格式 | --json] [--lang zh|en] [--out 文件] [--fail-on 级别]',
    en: '[files… | -] [--sample] [--plan FILE] [--tasks FILE]… [--as-of DATE] [--format md|json|html | --json] [--lang zh|en] [--out FILE] [--fail-on notMet|atRisk]',
  },
  description: {
    zh: [
      '依据观测数据文件（CSV、JSON、JSON Lines；`-` 或不给文件时读标准输入），评估方案（内置的 2022 年方案，',
      '或 --plan 给出的 JSON、YAML 方案文件）截至某日的每项目标：状态、实际值与目标值、差距、年内可达性；',
      '给出任务状态文件（--tasks）时另附任务清单。未给 --as-of 时，评估日期取观测数据的最晚日期，报告中注明。',
      '--sample 评估内置的合成示例（默认截至 2022-12-31，含其任务状态），报告标明为合成数据。',
      'JSON 在写出前按 `PlanEvaluation` 结构校验。格式默认按 --out 的扩展名（`.json`、`.html`），否则为 Markdown。',
      '',
      '`--fail-on notMet`：有目标未达到（`notMet`）或不可达（`unreachable`）时以 1 退出；',
      '`--fail-on atRisk`：有目标存在风险（`atRisk`）时也以 1 退出。',
      '数据不足（`insufficientData`）的目标同样判为不通过，除非给出 `--insufficient-data warn`，',
      '此时改为在标准错误上列出。任务目标只报告，不参与判定。',
    ].join('\n'),
    en: [
      'Evaluates every target of a plan (the bundled 2022 plan, or the plan file given with',
      "--plan, JSON or YAML) on observation files (CSV, JSON, JSON Lines; '-' or",
      'no file reads standard input) as of a date: status, actual and expected values, margin,',
      'within-year reachability and the task checklist when status files are given (--tasks).',
      'Without --as-of the date is the latest observation date, and the report says so. --sample',
      'evaluates the bundled synthetic sample (default as of 2022-12-31, with its task statuses);',
      'its report is labelled synthetic. JSON is checked against the PlanEvaluation schema before',
      'it is written. The format defaults to the --out extension (.json, .html), else Markdown.',
      '',
      '--fail-on notMet exits with 1 when a target is notMet or unreachable; --fail-on atRisk also',
      'when one is atRisk. Targets with insufficientData fail the gate too, unless',
      '--insufficient-data warn, which lists them on standard error instead. Task objectives are',
      'reported but not gated.',
    ].join('\n'),
  },
  options: {
    sample: {
      type: 'boolean',
      description: {
        zh: '评估内置的 2022 年合成示例。',
        en: 'Evaluate the bundled synthetic 2022 sample.',
      },
    },
    plan: PLAN_OPTION,
    tasks: {
      type: 'string',
      value: { zh: '文件', en: 'FILE' },
      multiple: true,
      description: {
        zh: '任务状态更新（可重复）；附上任务清单。',
        en: 'Task status updates (repeatable); adds the checklist.',
      },
    },
    'as-of': AS_OF_OPTION,
    format: {
      type: 'string',
      value: { zh: '格式', en: 'md|json|html' },
      choices: FORMATS,
      description: {
        zh: '报告格式（默认按 --out 的扩展名，否则为 `md`）。',
        en: 'Report format (default: by --out extension, else md).',
      },
    },
    json: {
      type: 'boolean',
      description: { zh: '同 `--format json`。', en: 'The same as --format json.' },
    },
    out: OUT_OPTION,
    'fail-on': {
      type: 'string',
      value: { zh: '级别', en: 'notMet|atRisk' },
      choices: FAIL_ON_LEVELS,
      description: {
        zh: '有目标在该级别不通过时以 1 退出（见上文）。',
        en: 'Exit with 1 when a target fails at this level (see above).',
      },
    },
    'insufficient-data': {
      type: 'string',
      value: { zh: '处理', en: 'fail|warn' },
      choices: ['fail', 'warn'],
      description: {
        zh: '与 --fail-on 合用：数据不足是否判为不通过（默认 `fail`）。',
        en: 'With --fail-on: whether insufficientData fails the gate (default fail).',
      },
    },
    dust: {
      type: 'string',
      value: { zh: '方式', en: 'deduct|keep' },
      choices: ['deduct', 'keep'],
      description: {
        zh: '空气质量判定依据扣除沙尘天后的数值（默认 `deduct`）或原始数值（`keep`）。',
        en: 'Air verdicts on figures with dust days deducted (default) or kept (raw).',
      },
    },
    'dust-method': {
      type: 'string',
      value: { zh: '方法', en: 'METHOD' },
      choices: ['excludeDays', 'excludeExceedingDays', 'recomputeWithoutPm'],
      description: {
        zh: '比例中扣除沙尘天的方法（默认 `excludeDays`）。',
        en: 'How dust days are deducted from the ratios (default excludeDays).',
      },
    },
    'valid-day': {
      type: 'string',
      value: { zh: '规则', en: 'RULE' },
      choices: ['allIndicators', 'publishedAqi'],
      description: {
        zh: '空气质量比例中有效天的认定（默认 `allIndicators`）。',
        en: 'When a day counts for the air ratios (default allIndicators).',
      },
    },
    'drinking-rule': {
      type: 'string',
      value: { zh: '规则', en: 'annualMean|everySampling' },
      choices: ['annualMean', 'everySampling'],
      description: {
        zh: '饮用水水源地：按年均值（默认 `annualMean`）或每次采样（`everySampling`）判定。',
        en: 'Drinking-water sources: judge annual means (default) or every sampling.',
      },
    },
    kind: {
      type: 'string',
      value: { zh: '类型', en: 'KIND' },
      choices: KINDS,
      description: {
        zh: '没有 `kind` 列的 CSV 行的观测类型。',
        en: 'Observation kind of CSV rows that have no kind column.',
      },
    },
    'input-format': INPUT_FORMAT_OPTION,
    'max-problems': MAX_PROBLEMS_OPTION,
    'allow-empty': ALLOW_EMPTY_OPTION,
  },
  positionals: { max: Number.POSITIVE_INFINITY },
  failOn: true,
  examples: [
    {
      command: '--sample --lang en',
      result: {
        zh: '合成示例截至 2022-12-31 的英文报告：9 项目标达到，3 项未达到，1 项数据不足。',
        en: 'The report on the synthetic sample as of 2022-12-31: 9 targets met, 3 not met, 1 with insufficient data.',
      },
    },
    {
      command: 'city-2022.jsonl --tasks status.json --as-of 2022-06-30 --out report.html',
      result: {
        zh: '写出年中的 HTML 报告，附任务清单。',
        en: 'Writes the mid-year HTML report with the task checklist.',
      },
    },
    {
      command: 'air.csv --kind airDaily --format json --fail-on notMet --insufficient-data warn',
      result: {
        zh: 'JSON 输出到标准输出；有目标未达到或不可达时以 1 退出（无数据的目标只列出，不参与判定）。',
        en: 'JSON on standard output; exits with 1 if a target is notMet or unreachable (targets without data are listed, not gated).',
      },
    },
  ],
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
