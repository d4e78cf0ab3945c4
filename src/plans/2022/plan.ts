import type { Plan } from '../../schemas/plan.js'
import { PILLARS_2022 } from './pillars.js'
import { TARGETS_2022 } from './targets.js'
import { TASKS_2022 } from './tasks/index.js'

/**
 * The city's 2022 ecological-environment work plan as data: 5 pillars, 13 targets and every
 * task, each traceable to an exact quote of {@link PLAN_2022_SOURCE_TEXT}.
 *
 * The source masks the city's name as `*`; the water bodies it names (岱海, 察汗淖尔, 黄旗海,
 * 察右前旗) place it in Ulanqab (乌兰察布市), Inner Mongolia. The data keep the `*` and record
 * the inference in `inferred`.
 *
 * @category Plan
 * @example
 * ```ts
 * import { plan2022 } from 'eco-targets/plan-2022'
 * plan2022.targets.length //=> 13
 * plan2022.pillars[0].title.zh //=> '积极助力经济高质量发展'
 * ```
 */
export const plan2022: Plan = {
  id: 'plan-2022',
  title: {
    zh: '*市2022年生态环境保护工作要点',
    en: '* City ecological-environment protection work plan, 2022',
  },
  year: 2022,
  period: { start: '2022-01-01', end: '2022-12-31' },
  issuer: { zh: '*市生态环境局', en: '* City Ecology and Environment Bureau' },
  jurisdiction: { zh: '*市', en: '* City' },
  inferred: {
    zh: '原文遮蔽了城市名称（*）。文中所列岱海、察汗淖尔、黄旗海、察右前旗均位于内蒙古自治区乌兰察布市，据此推断为乌兰察布市；发布机关据文中"全市""我市"的口径推断为该市生态环境主管部门。',
    en: 'The source masks the city name (*). The water bodies it names (Daihai, Chagan Nur, Huangqi Hai) and Chahar Right Front Banner all lie in Ulanqab, Inner Mongolia, so the city is inferred to be Ulanqab; the issuer is inferred from the text ("the whole city", "our city") to be its ecology and environment authority.',
  },
  source: {
    title: {
      zh: '2022年全市生态环境保护工作总体要求、具体指标和重点工作',
      en: "General requirements, targets and key tasks of the city's ecological-environment work in 2022",
    },
    language: 'zh',
    sha256: 'ea3f5be147ccdb0802cfa632265b67dee672b8d302ede90dbe70bd243cf88038',
    reference: 'seed/000_48e2c234f3f7ee5a.txt',
    note: {
      zh: '标题为整理者所拟；原文无标题、无文号。',
      en: 'The title is descriptive; the source text has no title or document number.',
    },
  },
  pillars: PILLARS_2022,
  targets: TARGETS_2022,
  tasks: TASKS_2022,
}
