import type { Task } from '../../../schemas/task.js'

// Sentences of paragraph 5 that are quoted by one task or more.
const POLITICAL_AWARENESS =
  '牢固树立政治机关意识，坚持以党的政治建设为统领，把捍卫“两个确立”、做到“两个维护”作为最高政治原则和根本政治规矩，不断增强“四个意识”、坚定“四个自信”、做到“两个维护”'
const POLITICAL_SUPERVISION =
  '强化政治监督，牢记“国之大者”，自觉把生态环境保护工作置于经济社会发展大局中来审视和推进，不断提高政治判断力、政治领悟力、政治执行力'
const POLITICAL_LIFE =
  '严肃党内政治生活，严格执行新形势下党内政治生活若干准则，严格遵守请示报告、民主生活会、领导干部双重组织生活等制度，切实增强党内政治生活的政治性、时代性、原则性、战斗性'
const ETHNIC_UNITY =
  '牢牢把握新时代党的民族工作的历史方位，坚持以铸牢中华民族共同体意识为主线加强和改进民族工作，教育引导党员干部树立正确的国家观、历史观、民族观、文化观、宗教观，继续做好推广普及国家通用语言文字、推进国家统编教材使用相关政策落实工作'
const IDEALS =
  '把思想建设摆在突出位置，把坚定理想信念作为党的思想建设首要任务，组织开展经常性理想信念和党性教育，持续巩固拓展党史学习教育成果，建立常态化、长效化工作机制，推动“我为群众办实事”实践活动深入开展，教育引导党员干部大力弘扬伟大建党精神'
const THEORY =
  '大力弘扬马克思主义学风，持续跟进学习贯彻习近平总书记最新重要讲话重要指示批示精神和党中央决策部署，切实用党的创新理论武装头脑、指导实践、推动工作'
const IDEOLOGY =
  '从严从细落实意识形态工作责任制，增强政治敏锐性和政治鉴别力，善于从政治上观察和分析问题，当好主流意识形态的“守护者”、批驳错误言论的“战斗员”，守好守牢意识形态主阵地'
const PARTY_BUILDING = '牢固树立“抓好党建是最大的政绩”理念，严格落实管党治党政治责任和“一岗双责”'
const PRINCIPAL_RESPONSIBILITY =
  '严格执行《党委（党组）落实全面从严治党主体责任规定》，把坚持和加强党的全面领导落实到生态环境保护工作各方面各环节'
const PRIMARY_ORGANISATIONS = '全面加强基层党组织建设，推进党支部标准化规范化建设'
const MEMBERS =
  '注重抓好党员队伍建设，严格执行民主集中制及“三会一课”、组织生活会、民主评议党员等制度，强化党员的政治理论、政策法规、专业技术等常态化学习培训'
const CONDUCT =
  '严格落实中央八项规定及其实施细则精神，扎实开展规范党内政治生活、廉政风险排查防控等专项治理行动，严肃整治隐形变异“四风”问题'
const WORK_STYLE =
  '坚决整治不思进取、不敢担当、不抓落实等作风顽疾，激励党员干部勇于担当作为、忠实履职尽责，营造干事创业良好氛围，提振干事创业的精气神'
const DISCIPLINE =
  '严格遵守党的政治纪律和政治规矩，深入推进党风廉政建设，认真贯彻《中国共产党廉洁自律准则》《中国共产党纪律处分条例》等党内法规制度，坚决筑牢拒腐防变的思想防线和纪律防线'
const INTEGRITY_EDUCATION =
  '组织开展经常性廉洁从政教育，加强廉政文化建设，注重发挥正反典型和示范警示作用，让党员干部受警醒、知敬畏、存戒惧'
const ANTI_CORRUPTION = '深化以案促改，强化权力运行的监督制约，一体推进不敢腐、不能腐、不想腐'
const BUSINESS_RELATIONS = '积极构建亲清政商关系，光明磊落同企业家打交道'
const INSPECTION_TEAM = '自觉接受驻局纪检监察组的监督，积极配合驻局纪检监察组开展工作'
const CADRE_MANAGEMENT =
  '坚持党管干部原则，注重严管与厚爱结合、激励和约束并重，全面加强干部队伍建设，强化日常管理和考核，推动广大干部职工形成超前意识、风险意识、团结意识、闭环意识和示范意识，干最好、争第一、当标杆'
const CADRE_SELECTION =
  '深入贯彻新时代党的组织路线和好干部标准，坚持正确选人用人导向，优化干部队伍结构，强化年轻干部培养锻炼和各年龄段干部合理使用，帮助干部职工成为可堪大用、能担重任的栋梁之才，全面打造一支坚持原则、敢于斗争，严守规矩、不逾底线的生态环保铁军'

/**
 * Tasks of 推进全面从严治党向纵深发展 (full and strict Party self-governance), paragraph 5,
 * under its six headings: political, ideological, organisational, conduct, discipline and
 * cadre building. The sentence before the headings (…建设让党中央放心、让群众满意的模范机关) is
 * the pillar's preamble, which the headings carry out, not a task of its own.
 */
export const PARTY_TASKS = [
  {
    id: 'party.political-awareness',
    pillar: 'party',
    domain: 'party-political',
    text: {
      zh: POLITICAL_AWARENESS,
      en: 'Firmly establish the awareness of being a political organ and keep Party political building in the lead; treat upholding the "Two Establishments" and achieving the "Two Upholds" as the highest political principle and the fundamental political rule; keep strengthening the "Four Consciousnesses", stay firm in the "Four Confidences" and achieve the "Two Upholds".',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: POLITICAL_AWARENESS },
  },
  {
    id: 'party.political-supervision',
    pillar: 'party',
    domain: 'party-political',
    text: {
      zh: POLITICAL_SUPERVISION,
      en: 'Strengthen political supervision; keep the country\'s fundamental interests ("国之大者") in mind; consciously examine and advance environmental protection within the overall picture of economic and social development; and keep improving political judgement, understanding and execution.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: POLITICAL_SUPERVISION },
  },
  {
    id: 'party.political-life',
    pillar: 'party',
    domain: 'party-political',
    text: {
      zh: POLITICAL_LIFE,
      en: "Conduct intra-Party political life seriously: strictly apply the Norms of Intra-Party Political Life under New Circumstances, and observe the rules on asking for instructions and reporting, democratic life meetings and leading cadres' dual organisational life, so that intra-Party political life is truly political, contemporary, principled and combative.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: POLITICAL_LIFE },
  },
  {
    id: 'party.ethnic-unity',
    pillar: 'party',
    domain: 'party-political',
    text: {
      zh: ETHNIC_UNITY,
      en: "Keep firmly in view the historical position of the Party's ethnic work in the new era; strengthen and improve ethnic work with forging a strong sense of community of the Chinese nation as the main line; educate and guide Party members and cadres to hold correct views of the country, history, ethnicity, culture and religion; and continue carrying out the policies on promoting the national common language and script and on using the nationally compiled textbooks.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: ETHNIC_UNITY },
  },
  {
    id: 'party.ideals-and-convictions',
    pillar: 'party',
    domain: 'party-ideology',
    text: {
      zh: '把思想建设摆在突出位置，把坚定理想信念作为党的思想建设首要任务，组织开展经常性理想信念和党性教育',
      en: 'Give ideological building a prominent place, make firm ideals and convictions its first task, and organise regular education in ideals, convictions and Party spirit.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: IDEALS },
  },
  {
    id: 'party.party-history-learning',
    pillar: 'party',
    domain: 'party-ideology',
    text: {
      zh: '持续巩固拓展党史学习教育成果，建立常态化、长效化工作机制，推动“我为群众办实事”实践活动深入开展，教育引导党员干部大力弘扬伟大建党精神',
      en: 'Consolidate and extend the results of the Party history learning and education campaign through a regular, long-term working mechanism; deepen the "I do practical things for the people" activity; and educate and guide Party members and cadres to carry forward the great founding spirit of the Party.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: IDEALS },
  },
  {
    id: 'party.theory-study',
    pillar: 'party',
    domain: 'party-ideology',
    text: {
      zh: THEORY,
      en: "Foster a Marxist style of study; keep up with and carry out General Secretary Xi Jinping's latest important speeches, instructions and directives and the decisions of the Party Central Committee; and use the Party's new theories to arm minds, guide practice and drive the work.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: THEORY },
  },
  {
    id: 'party.ideological-responsibility',
    pillar: 'party',
    domain: 'party-ideology',
    text: {
      zh: IDEOLOGY,
      en: 'Apply the responsibility system for ideological work strictly and in detail; sharpen political sensitivity and discernment; be good at observing and analysing issues politically; act as "guardians" of mainstream ideology and "fighters" against erroneous views; and hold the main ideological ground firmly.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: IDEOLOGY },
  },
  {
    id: 'party.party-building-responsibility',
    pillar: 'party',
    domain: 'party-organization',
    text: {
      zh: PARTY_BUILDING,
      en: 'Hold firmly that "doing Party building well is the greatest achievement", and strictly fulfil the political responsibility for managing and governing the Party and the "one post, two responsibilities" duty.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: PARTY_BUILDING },
  },
  {
    id: 'party.principal-responsibility',
    pillar: 'party',
    domain: 'party-organization',
    text: {
      zh: PRINCIPAL_RESPONSIBILITY,
      en: "Strictly apply the Regulations on Party Committees (Leading Party Groups) Fulfilling the Principal Responsibility for Full and Strict Party Self-Governance, and carry the Party's overall leadership into every aspect and stage of environmental protection work.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: PRINCIPAL_RESPONSIBILITY },
  },
  {
    id: 'party.primary-organisations',
    pillar: 'party',
    domain: 'party-organization',
    text: {
      zh: PRIMARY_ORGANISATIONS,
      en: 'Strengthen primary-level Party organisations across the board, and bring Party branches up to common standards and rules.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: PRIMARY_ORGANISATIONS },
  },
  {
    id: 'party.member-management',
    pillar: 'party',
    domain: 'party-organization',
    text: {
      zh: '注重抓好党员队伍建设，严格执行民主集中制及“三会一课”、组织生活会、民主评议党员等制度',
      en: 'Build up the Party membership, strictly applying democratic centralism and the rules on "three meetings and one lesson", organisational life meetings and the democratic appraisal of members.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: MEMBERS },
  },
  {
    id: 'party.member-training',
    pillar: 'party',
    domain: 'party-organization',
    text: {
      zh: '强化党员的政治理论、政策法规、专业技术等常态化学习培训',
      en: 'Strengthen the regular study and training of Party members in political theory, policies and regulations, and professional skills.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: MEMBERS },
  },
  {
    id: 'party.eight-point-rules',
    pillar: 'party',
    domain: 'party-conduct',
    text: {
      zh: '严格落实中央八项规定及其实施细则精神',
      en: "Strictly observe the spirit of the Central Committee's eight-point rules and their implementing rules.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: CONDUCT },
  },
  {
    id: 'party.conduct-campaigns',
    pillar: 'party',
    domain: 'party-conduct',
    text: {
      zh: '扎实开展规范党内政治生活、廉政风险排查防控等专项治理行动，严肃整治隐形变异“四风”问题',
      en: 'Carry out special actions to regulate intra-Party political life and to find, prevent and control integrity risks, and deal seriously with hidden and disguised forms of the "four undesirable work styles" (formalism, bureaucratism, hedonism and extravagance).',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: CONDUCT },
  },
  {
    id: 'party.work-style',
    pillar: 'party',
    domain: 'party-conduct',
    text: {
      zh: WORK_STYLE,
      en: 'Resolutely root out chronic work-style problems such as complacency, shirking responsibility and failing to follow through; encourage Party members and cadres to take on responsibility and perform their duties faithfully; and build an atmosphere and a spirit of getting things done.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: WORK_STYLE },
  },
  {
    id: 'party.political-discipline',
    pillar: 'party',
    domain: 'party-discipline',
    text: {
      zh: '严格遵守党的政治纪律和政治规矩，深入推进党风廉政建设',
      en: "Strictly observe the Party's political discipline and rules, and advance the building of a clean Party and clean government.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: DISCIPLINE },
  },
  {
    id: 'party.intra-party-regulations',
    pillar: 'party',
    domain: 'party-discipline',
    text: {
      zh: '认真贯彻《中国共产党廉洁自律准则》《中国共产党纪律处分条例》等党内法规制度，坚决筑牢拒腐防变的思想防线和纪律防线',
      en: 'Conscientiously apply the CPC Code of Conduct on Integrity and Self-Discipline, the CPC Regulations on Disciplinary Actions and the other intra-Party rules, and build strong ideological and disciplinary defences against corruption.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: DISCIPLINE },
  },
  {
    id: 'party.integrity-education',
    pillar: 'party',
    domain: 'party-discipline',
    text: {
      zh: INTEGRITY_EDUCATION,
      en: 'Organise regular education in clean governance, build a culture of integrity, and use good and bad examples to inspire and to warn, so that Party members and cadres stay alert, hold the rules in awe and remain wary of wrongdoing.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: INTEGRITY_EDUCATION },
  },
  {
    id: 'party.anti-corruption',
    pillar: 'party',
    domain: 'party-discipline',
    text: {
      zh: ANTI_CORRUPTION,
      en: 'Use the lessons of cases to drive reform (以案促改), strengthen oversight of and checks on the exercise of power, and advance as one the work to ensure that officials do not dare to, cannot and do not want to be corrupt.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: ANTI_CORRUPTION },
  },
  {
    id: 'party.business-relations',
    pillar: 'party',
    domain: 'party-discipline',
    text: {
      zh: BUSINESS_RELATIONS,
      en: 'Actively build cordial and clean relations between government and business, and deal with entrepreneurs openly and honestly.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: BUSINESS_RELATIONS },
  },
  {
    id: 'party.discipline-inspection-team',
    pillar: 'party',
    domain: 'party-discipline',
    text: {
      zh: INSPECTION_TEAM,
      en: 'Accept the oversight of the discipline inspection and supervision team stationed in the bureau, and actively support its work.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: INSPECTION_TEAM },
  },
  {
    id: 'party.cadre-management',
    pillar: 'party',
    domain: 'cadres',
    text: {
      zh: CADRE_MANAGEMENT,
      en: 'Uphold the principle that the Party manages cadres, combining strict management with care and incentives with constraints; strengthen the cadre team across the board, with routine management and appraisal; and help all cadres and staff to think ahead, stay aware of risks, work as a team, see every task through and set an example — doing their best, striving to be first and setting the benchmark.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: CADRE_MANAGEMENT },
  },
  {
    id: 'party.cadre-selection',
    pillar: 'party',
    domain: 'cadres',
    text: {
      zh: '深入贯彻新时代党的组织路线和好干部标准，坚持正确选人用人导向，优化干部队伍结构，强化年轻干部培养锻炼和各年龄段干部合理使用，帮助干部职工成为可堪大用、能担重任的栋梁之才',
      en: "Apply the Party's organisational line for the new era and its standards for good cadres; select and appoint people on the right criteria; improve the make-up of the cadre team; train and temper young cadres and make good use of cadres of every age; and help cadres and staff grow into pillars able to take on heavy responsibilities.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: CADRE_SELECTION },
  },
  {
    id: 'party.iron-army',
    pillar: 'party',
    domain: 'cadres',
    text: {
      zh: '全面打造一支坚持原则、敢于斗争，严守规矩、不逾底线的生态环保铁军',
      en: 'Forge an "iron army" for environmental protection that upholds principles, dares to struggle, keeps to the rules and never crosses the bottom line.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 5, quote: CADRE_SELECTION },
  },
] satisfies Task[]
