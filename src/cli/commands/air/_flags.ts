import { AqiStandardSchema, DEFAULT_AQI_STANDARD } from '../../../standards/air/index.js'
import type { OptionSpec } from '../../command/types.js'
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'

/** The options of `eco-targets air`. */
export const AIR_OPTIONS = {
  'daily-input': {
    type: 'boolean',
    description: { zh: '文件为站点日均值。', en: 'The files hold station daily values.' },
  },
  'cnemc-archive': {
    type: 'boolean',
    description: {
      zh: '不经判断，直接按公开归档（臭氧列错位）读取文件。',
      en: 'Read the files as the CNEMC archive (ozone columns swapped) without looking.',
    },
  },
  'no-cnemc-archive': {
    type: 'boolean',
    description: {
      zh: '按导出格式（臭氧列名副其实）读取总站文件，即使看似公开归档。',
      en: 'Read CNEMC files as the export (ozone columns as named), even when they look like the archive.',
    },
  },
  timestamp: {
    type: 'string',
    value: { zh: '含义', en: 'hour-ending|hour-beginning' },
    choices: ['hour-ending', 'hour-beginning'],
    description: {
      zh: '小时时间戳的含义（默认 `hour-ending`，即时段结束时刻，与总站发布一致）。',
      en: 'What an hourly timestamp means (default hour-ending, as CNEMC publishes).',
    },
  },
  'city-of': {
    type: 'string',
    value: { zh: '站点=城市', en: 'STATION=CITY' },
    multiple: true,
    description: {
      zh: '站点所属城市（可重复）；`*` 表示所有未指定城市的站点。',
      en: 'The city of a station (repeatable); * for every station without one.',
    },
  },
  city: {
    type: 'string',
    value: { zh: '城市', en: 'CITY' },
    multiple: true,
    description: { zh: '只看该城市（可重复）。', en: 'Only this city (repeatable).' },
  },
  'exclude-station': {
    type: 'string',
    value: { zh: '代码', en: 'CODE' },
    multiple: true,
    description: {
      zh: '城市数值不计入该站点，例如清洁对照点（可重复）。',
      en: 'Leave a station out of city values, e.g. a background station (repeatable).',
    },
  },
  'dust-day': {
    type: 'string',
    value: { zh: '日期', en: 'DATE' },
    multiple: true,
    description: {
      zh: '受沙尘天气影响的日期（可重复）；另给出扣除沙尘后的数值。',
      en: 'A day flagged as affected by sand and dust (repeatable); deducted figures too.',
    },
  },
  standard: {
    type: 'string',
    value: { zh: '版本', en: 'HJ633-2012|HJ633-2026' },
    choices: AqiStandardSchema.options,
    description: {
      zh: `日 AQI 所用 HJ 633 的版本（默认 \`${DEFAULT_AQI_STANDARD}\`）。`,
      en: `Edition of HJ 633 for the daily AQI (default ${DEFAULT_AQI_STANDARD}).`,
    },
  },
  stations: {
    type: 'boolean',
    description: {
      zh: '同时输出各站点的逐日数值（文字输出）。',
      en: 'Also print the station days (text output).',
    },
  },
  rank: {
    type: 'boolean',
    description: {
      zh: '按输入时段的环境空气质量综合指数为城市排名（环办〔2014〕64号）。',
      en: 'Rank the cities by the composite air-quality index for the period of the input (环办〔2014〕64号).',
    },
  },
  json: JSON_OPTION,
  observations: {
    type: 'boolean',
    description: {
      zh: '把一个城市的逐日数值输出为 `airDaily` 观测数据（JSON Lines，供 evaluate 使用）。',
      en: 'Print one city’s days as airDaily observation JSON Lines (for evaluate).',
    },
  },
  scope: {
    type: 'string',
    value: { zh: '范围', en: 'ID' },
    description: {
      zh: '观测数据的范围（默认 `central-city`）。',
      en: 'Scope of the observations (default central-city).',
    },
  },
  'input-format': INPUT_FORMAT_OPTION,
  'max-problems': MAX_PROBLEMS_OPTION,
  'allow-empty': ALLOW_EMPTY_OPTION,
  out: OUT_OPTION,
  jobs: {
    type: 'string',
    value: { zh: '个数', en: 'N' },
    description: {
      zh: '用若干个工作线程解析小时数据 CSV 文件（每个线程解析文件的一段；默认 1 个）；结果与单线程完全相同。gzip、GBK、带引号单元格内含换行、宽表格式或小文件用单线程读取。',
      en: 'Parse hourly CSV files with N worker threads (each parses a byte range of the file; default 1); the output is the same as with one. gzip, GBK, a quoted cell with a line break, the wide layout and small files are read with one thread.',
    },
  },
} as const satisfies Record<string, OptionSpec>
