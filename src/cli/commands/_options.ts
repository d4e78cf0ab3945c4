import type { InputFormat } from '../input/format.js'

/** `--out FILE`: the result goes to FILE, written atomically once complete. */
export const OUT_OPTION = {
  type: 'string',
  short: 'o',
  value: { zh: '文件', en: 'FILE' },
  description: {
    zh: '结果写入该文件（写完后整体替换），而不是标准输出。',
    en: 'Write the result to FILE (atomically, once complete) instead of standard output.',
  },
} as const

/** `--json`: machine-readable output for scripts. */
export const JSON_OPTION = {
  type: 'boolean',
  description: { zh: '输出 JSON（供脚本使用）。', en: 'Print JSON (for scripts).' },
} as const

/**
 * `--input-format`: overrides detection by extension. The formats are those of `INPUT_FORMATS`
 * (a test holds them equal), written here so that a command's options do not load the readers.
 */
export const INPUT_FORMAT_OPTION = {
  type: 'string',
  value: { zh: '格式', en: 'FORMAT' },
  choices: ['csv', 'json', 'jsonl'] as const satisfies readonly InputFormat[],
  description: {
    zh: '输入格式（默认按文件扩展名，否则由内容判断）。',
    en: 'Input format (default: by file extension, else detected from the content).',
  },
} as const

/** `--as-of DATE`: the date an evaluation or checklist is made as of. */
export const AS_OF_OPTION = {
  type: 'string',
  value: { zh: '日期', en: 'DATE' },
  description: {
    zh: '评估截至该日期，格式 YYYY-MM-DD。',
    en: 'Evaluate as of this date, YYYY-MM-DD.',
  },
} as const

/** `--max-problems N`: how many input problems are listed before reading stops. */
export const MAX_PROBLEMS_OPTION = {
  type: 'string',
  value: { zh: '个数', en: 'N' },
  description: {
    zh: '输入中的问题达到该个数后停止读取（默认 50；0 为不限）。',
    en: 'Stop reading after N problems in the input (default 50; 0 for no limit).',
  },
} as const

/** `--allow-empty`: an input without records is accepted instead of being an error. */
export const ALLOW_EMPTY_OPTION = {
  type: 'boolean',
  description: {
    zh: '接受没有记录的输入（默认视为错误，退出码 2）。',
    en: 'Accept an input with no records (by default an error, exit 2).',
  },
} as const

/**
 * `--pillar ID` and `--domain ID`: keep the items of one pillar or one domain of the plan (read
 * by `parsePlanFilters`).
 *
 * @param items - what the filters keep, for the help (`任务` / `tasks`)
 * @param domains - domains named in the help as examples
 * @returns the two options
 */
export function planFilterOptions(
  items: { readonly zh: string; readonly en: string },
  domains: readonly string[],
) {
  return {
    pillar: {
      type: 'string',
      value: { zh: '编号', en: 'ID' },
      description: { zh: `只列该工作板块的${items.zh}。`, en: `Only ${items.en} of this pillar.` },
    },
    domain: {
      type: 'string',
      value: { zh: '编号', en: 'ID' },
      description: {
        zh: `只列该领域的${items.zh}（${domains.map((d) => `\`${d}\``).join('、')} 等）。`,
        en: `Only ${items.en} of this domain (${domains.join(', ')}, …).`,
      },
    },
  } as const
}
