// The help of `eco-targets aqi`: its words and options. Zod-free, as the rest of the command's
// way to one flag report (see index.ts).
import {
  AQI_TABLE_SOURCES,
  type AqiStandard,
  DEFAULT_AQI_STANDARD,
} from '../../../standards/air/tables.js'
import {
  ALLOW_EMPTY_OPTION,
  INPUT_FORMAT_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from '../_options.js'

const flag = (zh: string, en: string) =>
  ({ type: 'string', value: { zh: '浓度', en: 'C' }, description: { zh, en } }) as const

/** The summary, usage, description and examples of `eco-targets aqi`, in Chinese and English. */
export const AQI_HELP = {
  summary: {
    zh: '计算 AQI（HJ 633）：由选项算一个，或为输入的每行各算一个',
    en: 'Compute an AQI (HJ 633), one from flags or one per input row',
  },
  usage: {
    zh: '[--daily | --realtime] [--standard 版本] [--pm25 浓度 --o3-8h 浓度 …] [--json] | [文件 | -] [--out 文件]',
    en: '[--daily | --realtime] [--standard HJ633-2012|HJ633-2026] [--pm25 C --o3-8h C …] [--json] | [file | -] [--out FILE]',
  },
  description: {
    zh: [
      '给出浓度选项时：输出一份报告，含 AQI、级别和类别（中英文）、首要污染物和各项 IAQI',
      '（向上进位，HJ 633-2012 第 6.2 条）。CO 单位为 mg/m³，其余为 µg/m³；未给出的指标视为缺测，',
      'AQI 取其余指标计算（HJ 633-2026 在 AQI 不大于 100 时不发布）。',
      '  日报（默认）：--so2 --no2 --co --pm10 --pm25（24 小时平均），--o3-1h、--o3-8h',
      '                （O3 日最大 1 小时和 8 小时平均）',
      '  --realtime：  --so2 --no2 --co --o3 --pm10 --pm25（1 小时值），--o3-8h（8 小时滑动平均，',
      '                仅在给出 --count-o3-8h 时参与计算），--so2-24h',
      '给出文件（或 `-` 表示标准输入）时：每行输出一份报告，格式与输入相同：',
      'CSV 行保留原有各列，另加 `aqi`、`level`、`category`、`primary`、`withheld`、`capped` 列；',
      'JSON Lines 和 JSON 对象加上这些字段（输入中已有的同名列加后缀 `_computed`）。',
      '列名同选项名，`-` 写作 `_`（`pm25` 或 `pm2_5`、`o3_1h`、`o3_8h` 等；也可用中文列名）。',
      '各行逐行处理；遇到有误的行即停止输出，以 2 退出。',
    ].join('\n'),
    en: [
      'With concentration flags: one report, with the AQI, the level and category (Chinese and',
      'English), the primary pollutants and every IAQI (rounded up, HJ 633-2012 §6.2). CO is in',
      'mg/m³, the rest in µg/m³; indicators not given are missing, and the AQI is taken over the',
      'others (HJ 633-2026 withholds it when it is not above 100).',
      '  daily (default): --so2 --no2 --co --pm10 --pm25 (24-hour means), --o3-1h, --o3-8h',
      '                   (daily maximum 1-hour and 8-hour O3)',
      '  --realtime:      --so2 --no2 --co --o3 --pm10 --pm25 (1-hour values), --o3-8h (8-hour',
      '                   moving mean, counted only with --count-o3-8h), --so2-24h',
      'With a file (or - for standard input): one report per row, in the format of the input:',
      'CSV rows come back with their cells plus aqi, level, category, primary, withheld, capped; JSON Lines and JSON',
      'objects with those fields added (a column the input already has gets the suffix _computed).',
      'Columns are named as the flags with _ for - (pm25 or pm2_5, o3_1h, o3_8h, …; Chinese',
      'names too). Rows stream through; a bad row stops the output and exits with 2.',
    ].join('\n'),
  },
  examples: [
    {
      command: '--pm25 80',
      result: {
        zh: 'AQI 107，三级，轻度污染，首要污染物 PM2.5（IAQI 106.25 → 107）。',
        en: 'AQI 107, level 3 轻度污染 · Lightly polluted, primary PM2.5 (IAQI 106.25 → 107).',
      },
    },
    {
      command: '--realtime --o3 242 --pm25 31 --pm10 93 --so2 5 --no2 8 --co 0.4 --json',
      result: {
        zh: '以 JSON 输出一份实时报：AQI 121，首要污染物 O3 1 小时（IAQI 121）。',
        en: 'One real-time report as JSON: AQI 121, primary O3 1-hour (IAQI 121).',
      },
    },
    {
      command: 'city-days.csv --out city-days-aqi.csv',
      result: {
        zh: '为日均值 CSV 的每一行加上 `aqi`、`level`、`category` 和 `primary` 列。',
        en: 'Adds aqi, level, category and primary to every row of a CSV of daily values.',
      },
    },
  ],
} as const

/** The options of `eco-targets aqi`. */
export const AQI_OPTIONS = {
  daily: {
    type: 'boolean',
    description: { zh: '日报（默认）。', en: 'The daily report (日报; default).' },
  },
  realtime: {
    type: 'boolean',
    description: { zh: '实时报（逐小时）。', en: 'The real-time hourly report (实时报).' },
  },
  standard: {
    type: 'string',
    value: { zh: '版本', en: 'HJ633-2012|HJ633-2026' },
    choices: Object.keys(AQI_TABLE_SOURCES) as AqiStandard[],
    description: {
      zh: `HJ 633 的版本（默认 \`${DEFAULT_AQI_STANDARD}\`）。`,
      en: `Edition of HJ 633 (default ${DEFAULT_AQI_STANDARD}).`,
    },
  },
  so2: flag('SO2，µg/m³。', 'SO2, µg/m³.'),
  no2: flag('NO2，µg/m³。', 'NO2, µg/m³.'),
  co: flag('CO，mg/m³。', 'CO, mg/m³.'),
  pm10: flag('PM10，µg/m³。', 'PM10, µg/m³.'),
  pm25: flag('PM2.5，µg/m³。', 'PM2.5, µg/m³.'),
  'o3-1h': flag('O3 日最大 1 小时平均，µg/m³（日报）。', 'O3 daily maximum 1-hour, µg/m³ (daily).'),
  'o3-8h': flag(
    'O3 日最大 8 小时平均（日报）或 8 小时滑动平均（实时报），µg/m³。',
    'O3 daily maximum 8-hour (daily) or 8-hour moving mean (real-time), µg/m³.',
  ),
  o3: flag('O3 1 小时平均，µg/m³（实时报）。', 'O3 1-hour, µg/m³ (real-time).'),
  'so2-24h': flag(
    'SO2 24 小时平均，µg/m³（实时报；SO2 1 小时值大于 800 时使用）。',
    'SO2 24-hour mean, µg/m³ (real-time; used when SO2 1-hour > 800).',
  ),
  'count-o3-8h': {
    type: 'boolean',
    description: {
      zh: '实时报：O3 8 小时滑动平均参与计算（按 HJ 633-2012 第 5.1.3 条原文）。',
      en: 'Real-time: count the O3 8-hour mean (HJ 633-2012 §5.1.3 as written).',
    },
  },
  'cnemc-archive': {
    type: 'boolean',
    description: {
      zh: '实时数据来自中国环境监测总站数据的公开归档：O3 1 小时值在其 `o3_24h` 列。',
      en: 'Real-time rows from the CNEMC archive: O3 1-hour is its o3_24h column.',
    },
  },
  json: {
    type: 'boolean',
    description: {
      zh: '以 JSON 输出一份报告（供脚本使用）。',
      en: 'One report as JSON (for scripts).',
    },
  },
  'input-format': INPUT_FORMAT_OPTION,
  'max-problems': MAX_PROBLEMS_OPTION,
  'allow-empty': ALLOW_EMPTY_OPTION,
  out: OUT_OPTION,
} as const
