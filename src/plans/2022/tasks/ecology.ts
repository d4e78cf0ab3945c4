import type { Task } from '../../../schemas/task.js'

/** Tasks under 生态保护和修复方面 (ecological protection and restoration), paragraph 2. */
export const ECOLOGY_TASKS = [
  {
    id: 'ecology.green-shield',
    pillar: 'pollution',
    domain: 'ecology',
    text: {
      zh: '要持续开展“绿盾”自然保护地强化监督，特别是加大对重点河湖流域周边“绿盾”问题点位督促整改力度',
      en: 'Continue the "Green Shield" campaign of strengthened oversight of protected natural areas, in particular pressing harder for the rectification of "Green Shield" problem sites around key river and lake basins.',
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 2,
      quote:
        '要持续开展“绿盾”自然保护地强化监督，特别是加大对重点河湖流域周边“绿盾”问题点位督促整改力度',
    },
  },
  {
    id: 'ecology.demonstration-city',
    pillar: 'pollution',
    domain: 'ecology',
    text: {
      zh: '积极开展国家生态文明建设示范市创建工作',
      en: 'Actively work towards designation as a national demonstration city for ecological civilisation.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 2, quote: '积极开展国家生态文明建设示范市创建工作' },
  },
] satisfies Task[]
