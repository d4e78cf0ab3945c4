import { ObservationSchema } from '../../../index.js'
import {
  ALLOW_EMPTY_OPTION,
  AS_OF_OPTION,
  INPUT_FORMAT_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'
import { PLAN_OPTION } from '../_plan-source.js'
import { FAIL_ON_LEVELS } from './_gate.js'

/** The report formats. */
export const FORMATS = ['md', 'json', 'html'] as const

const KINDS = ObservationSchema.options.map((o) => o.shape.kind.value)

/** The help, options and examples of `eco-targets evaluate`. */
export const EVALUATE_SPEC = {
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
} as const
