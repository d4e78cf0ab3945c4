import { DomainSchema } from '../../index.js'
import { plan2022 } from '../../plans/2022/index.js'
import { defineCommand } from '../command/index.js'
import { UsageError } from '../errors.js'
import { writeResult } from '../output/result.js'
import { JSON_OPTION, LANG_OPTION, OUT_OPTION } from './_options.js'
import { renderPlanText, selectPlanItems } from './_plan-text.js'

/**
 * `eco-targets plan`: the bundled 2022 plan's targets and tasks, filtered by pillar and
 * domain, as text (zh or en) or JSON.
 *
 * @category CLI
 * @example
 * ```ts
 * await planCommand.execute(['--domain', 'air', '--json'], io) //=> 0
 * ```
 */
export const planCommand = defineCommand({
  name: 'plan',
  summary: "The bundled 2022 plan's targets and tasks",
  usage: '[--pillar ID] [--domain ID] [--json] [--lang zh|en] [--out FILE]',
  description: [
    "Lists the 2022 work plan's quantified targets (with the value each must reach) and its",
    'tasks grouped by pillar. Filter by pillar and by domain; --json prints the full target and',
    'task objects with both languages.',
  ].join('\n'),
  options: {
    pillar: {
      type: 'string',
      value: 'ID',
      choices: plan2022.pillars.map((p) => p.id),
      description: 'Only targets and tasks of this pillar.',
    },
    domain: {
      type: 'string',
      value: 'ID',
      description: 'Only targets and tasks of this domain (air, water, soil, emissions, …).',
    },
    json: JSON_OPTION,
    lang: LANG_OPTION,
    out: OUT_OPTION,
  },
  examples: [
    {
      command: '--pillar pollution --domain air',
      result: 'The three air targets (good days ≥ 91.6%, PM2.5 ≤ 23 µg/m³, heavy days ≤ 0%).',
    },
    { command: '--json --out plan.json', result: 'Writes every target and task as JSON.' },
  ],
  async run({ io, options }) {
    const domain = options.domain
    if (domain !== undefined && !DomainSchema.safeParse(domain).success) {
      throw new UsageError(
        `--domain must be one of ${DomainSchema.options.join(', ')} (got "${domain}")`,
      )
    }
    const filters = {
      pillar: options.pillar,
      domain: domain as (typeof DomainSchema.options)[number] | undefined,
    }
    const text = options.json
      ? `${JSON.stringify(
          {
            plan: {
              id: plan2022.id,
              title: plan2022.title,
              year: plan2022.year,
              period: plan2022.period,
            },
            filters: { pillar: filters.pillar ?? null, domain: filters.domain ?? null },
            ...selectPlanItems(plan2022, filters),
          },
          null,
          2,
        )}\n`
      : renderPlanText(plan2022, filters, options.lang === 'zh' ? 'zh' : 'en')
    await writeResult(io, text, options.out)
    return 0
  },
})
