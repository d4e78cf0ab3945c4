// The help of `eco-targets water`: its words and options.
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'
import { NETWORKS } from './_observations.js'

/** The summary, usage, description and examples of `eco-targets water`, in Chinese and English. */
export const WATER_HELP = {
  summary: {
    zh: '断面采样 → 断面水质类别、比例和水质状况',
    en: 'Section samplings → section classes, set ratios and status',
  },
  usage: {
    zh: '<文件… | -> [--lakes 文件] [--period 时段] [--indicators 清单] [--summary] [--json] [--out 文件] [--observations 文件 [--network 网络]]',
    en: '<files… | -> [--lakes FILE] [--period P] [--indicators LIST] [--summary] [--json] [--out FILE] [--observations FILE [--network NAME]]',
  },
  description: {
    zh: [
      '读取地表水断面监测数据（CSV、JSON、JSON Lines；使用国家地表水水质自动监测站发布的中文或英文表头：',
      '断面名称、监测时间、水质类别、pH、溶解氧(mg/L) 等；每次监测一行），给出各断面的水质类别：',
      '各项指标取各次监测的均值，按环办〔2011〕22号的21项指标中最差一项评价',
      '（水温、总氮和粪大肠菌群不参与评价；湖泊和水库采用湖、库总磷标准）。',
      '断面由 `section` 列确定，否则由省份、流域和名称共同确定。湖泊和水库由水体列',
      '（`river`、`lake`、`reservoir`、河流、湖泊、水库）或 --lakes 清单确定',
      '（每行一个“名称 / 流域 / 省份”，流域和省份可省略）。',
      '',
      '输入有水质类别列时，每行的发布类别与该行数值得出的类别并列，并统计一致的个数；',
      '不一致之处若某项决定性数值恰好等于类别限值，会加以标注（发布类别按未修约的监测值判定）。',
      '然后评价断面集合：Ⅰ～Ⅲ类和劣Ⅴ类比例（按 GB/T 8170 发布为一位小数）、各类别个数和水质状况',
      '（少于5个断面按各指标均值评价，否则按类别比例评价）。',
      '',
      '水质劣于Ⅲ类的断面列出主要污染指标（22号）：超过Ⅲ类标准限值的指标，先按类别由差到好、',
      '再按超标倍数 `(C − C_Ⅲ) / C_Ⅲ` 由大到小排列，取前三项（氰化物和重金属超标时另行列出）。',
      '湖库断面有叶绿素a（mg/m³ = µg/L）或透明度（米）列时，按总站生字〔2001〕090号由叶绿素a、总磷、总氮、',
      '透明度和高锰酸盐指数计算综合营养状态指数 TLI(Σ) 及分级（贫营养至重度富营养）；',
      '缺少某项参数时，权重在已有参数间重新归一，并加以说明。',
      '只对有一次监测的断面（一个月的导出数据）给出指数；单位为 mg/L 的叶绿素a列不读取。',
      '',
      '--observations 文件：同时把每次监测写成一条 `waterSample` 观测数据（JSON Lines；文件名以 `.json` 结尾时',
      '为 JSON 数组），即 evaluate 评估方案断面目标时读取的记录；此时断面列须为断面编号',
      '（如 `daihai-lake-centre`），且每行须有日期。',
    ].join('\n'),
    en: [
      'Reads surface-water section samplings (CSV, JSON, JSON Lines; Chinese or English headers as',
      'the national automatic stations publish them: 断面名称, 监测时间, 水质类别, pH, 溶解氧(mg/L), …;',
      'one row per sampling) and gives each section its class: the mean of each indicator over its',
      'samplings, classified by the worst of the 21 indicators of 22号 (water temperature, TN and',
      'fecal coliform never count; lakes and reservoirs take the 湖、库 TP limits). A section is the',
      'section column, else province, basin and name together. Lakes and reservoirs come from a',
      'water-body column (river, lake, reservoir, 河流, 湖泊, 水库) or a --lakes list (one',
      '"name / basin / province" a line, basin and province optional).',
      '',
      'When the input has a 水质类别 column, each row’s published class is set beside the class of',
      'its own values and the agreements are counted; a difference where a deciding value sits',
      'exactly on a class limit is marked (the published class rests on the unrounded measurement).',
      'Then the set: Ⅰ–Ⅲ and 劣Ⅴ ratios (published to one decimal, GB/T 8170), class counts and',
      'status (fewer than 5 sections by the mean, otherwise by class shares).',
      '',
      'A section worse than class Ⅲ lists its main pollutants (主要污染指标, 22号): the indicators',
      'above the class Ⅲ limit, worst class first and by exceedance multiple (C − C_Ⅲ) / C_Ⅲ, the',
      'top three named (cyanide and heavy metals beyond them). A lake or reservoir section with a',
      'chlorophyll a (叶绿素a, mg/m³ = µg/L) or transparency (透明度, m) column gets its TLI(Σ) and',
      'grade (总站生字〔2001〕090号, 贫营养 … 重度富营养) from chla, TP, TN, SD and CODMn; a missing',
      'parameter renormalises the weights over those given, and is said. The index is given for a',
      'section with one sampling (a month’s export); a chla column in mg/L is not read.',
      '',
      '--observations FILE also writes every sampling as a waterSample observation (JSON Lines, or',
      'a JSON array for a .json name), the records evaluate reads for the plan’s section targets;',
      'the section column must then hold ids (daihai-lake-centre) and every row a date.',
    ].join('\n'),
  },
  examples: [
    {
      command: 'surface-water-sections.csv --lakes lake-reservoir-sections.txt --summary',
      result: {
        zh: '1,156 个断面：1,145 个发布类别中 1,142 个一致；Ⅰ～Ⅲ类 92.8%，劣Ⅴ类 1.7%，水质状况优。',
        en: '1,156 sections: 1,142 of 1,145 published classes agree; Ⅰ–Ⅲ 92.8 %, 劣Ⅴ 1.7 %, status 优.',
      },
    },
    {
      command: 'sections-2022.csv --period 2022 --json',
      result: {
        zh: '以 JSON 输出年度类别（2022 年各次监测的均值）和集合比例。',
        en: 'Annual classes (means of the 2022 samplings) and the set ratios as JSON.',
      },
    },
  ],
} as const

/** The options of `eco-targets water`. */
export const WATER_OPTIONS = {
  lakes: {
    type: 'string',
    value: { zh: '文件', en: 'FILE' },
    description: {
      zh: '湖泊和水库断面清单，每行一个“名称 / 流域 / 省份”。',
      en: 'Sections on lakes and reservoirs, one "name / basin / province" a line.',
    },
  },
  period: {
    type: 'string',
    value: { zh: '时段', en: 'P' },
    description: {
      zh: '只用该年、季度或月的监测（`2022`、`2022-Q3`、`2022-07`）。',
      en: 'Only samplings of this year, quarter or month (2022, 2022-Q3, 2022-07).',
    },
  },
  indicators: {
    type: 'string',
    value: { zh: '清单', en: 'LIST' },
    description: {
      zh: '5+X 评价指标，以逗号分隔的指标键（默认为22号的21项）。',
      en: 'The 5+X indicators, comma-separated keys (default the 21 of 22号).',
    },
  },
  summary: {
    type: 'boolean',
    description: {
      zh: '不列出各断面（文字输出）。',
      en: 'Leave out the section list (text output).',
    },
  },
  observations: {
    type: 'string',
    value: { zh: '文件', en: 'FILE' },
    description: {
      zh: '同时把各次监测写成 `waterSample` 观测数据，供 evaluate 使用。',
      en: 'Also write the samplings as waterSample observations for evaluate.',
    },
  },
  network: {
    type: 'string',
    value: { zh: '网络', en: 'NAME' },
    choices: NETWORKS,
    description: {
      zh: '与 --observations 合用：断面所属监测网络（默认 `national`，国控）。',
      en: 'With --observations: the sections’ network (default national).',
    },
  },
  json: JSON_OPTION,
  'input-format': INPUT_FORMAT_OPTION,
  'max-problems': MAX_PROBLEMS_OPTION,
  'allow-empty': ALLOW_EMPTY_OPTION,
  out: OUT_OPTION,
} as const
