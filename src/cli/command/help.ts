import { type CliLang, type CommandSpec, inLanguage, type OptionSpec } from './types.js'

/** The `--help` option every command has. */
export const HELP_OPTION: OptionSpec = {
  type: 'boolean',
  short: 'h',
  description: { zh: '显示本帮助。', en: 'Show this help.' },
}

/** The `--lang zh|en` option every command has: the language of its texts and messages. */
export const LANG_OPTION = {
  type: 'string',
  value: 'zh|en',
  choices: ['zh', 'en'],
  description: {
    zh: '标题、文字和提示的语言（默认 zh，中文）。',
    en: 'Language of titles, texts and messages (default zh, Chinese).',
  },
} as const satisfies OptionSpec

const WORDS = {
  usage: { zh: '用法', en: 'Usage' },
  options: { zh: '选项', en: 'Options' },
  example: { zh: '示例', en: 'Example' },
  examples: { zh: '示例', en: 'Examples' },
  exitCodes: { zh: '退出码', en: 'Exit codes' },
  success: { zh: '成功', en: 'success' },
  failOn: { zh: '满足 --fail-on 条件', en: 'a --fail-on condition was met' },
  error: {
    zh: '用法错误、输入有误或输出无法写入',
    en: 'bad usage, bad input or an output that could not be written',
  },
  oneOf: { zh: '可选值：', en: 'One of: ' },
  value: { zh: '值', en: 'VALUE' },
} as const

/**
 * The exit-code lines of a help text.
 *
 * @param failOn - whether the command has `--fail-on`
 * @param lang - the language (default Chinese)
 * @returns the lines, without a trailing newline
 * @category CLI
 * @example
 * ```ts
 * renderExitCodes(false, 'en')
 * //=> 'Exit codes:\n  0  success\n  2  bad usage, bad input or an output that could not be written'
 * ```
 */
export function renderExitCodes(failOn: boolean, lang: CliLang = 'zh'): string {
  const colon = lang === 'zh' ? '：' : ':'
  return [
    `${WORDS.exitCodes[lang]}${colon}`,
    `  0  ${WORDS.success[lang]}`,
    ...(failOn ? [`  1  ${WORDS.failOn[lang]}`] : []),
    `  2  ${WORDS.error[lang]}`,
  ].join('\n')
}

/** Measures a text in terminal columns (the library's `displayWidth`). */
export type MeasureWidth = (text: string) => number

function optionLabel(name: string, spec: OptionSpec, lang: CliLang): string {
  const value = spec.value === undefined ? WORDS.value[lang] : inLanguage(spec.value, lang)
  const long = `--${name}${spec.type === 'string' ? ` ${value}` : ''}`
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`
}

/**
 * The help text of a command: usage, description, options, examples and exit codes.
 *
 * @param spec - the command
 * @param lang - the language (default Chinese)
 * @param measure - the width of a text in columns, for the option column (default its length;
 *   the command passes the library's `displayWidth`, loaded with the help)
 * @returns the text, ending with a newline
 */
export function renderCommandHelp(
  spec: CommandSpec<Record<string, OptionSpec>>,
  lang: CliLang = 'zh',
  measure: MeasureWidth = (text) => text.length,
): string {
  const colon = lang === 'zh' ? '：' : ':'
  const options = Object.entries({ lang: LANG_OPTION, ...spec.options, help: HELP_OPTION })
  const labels = options.map(([name, o]) => optionLabel(name, o, lang))
  const width = Math.max(...labels.map((l) => measure(l))) + 2
  const lines = [
    `${WORDS.usage[lang]}${colon}${lang === 'zh' ? '' : ' '}eco-targets ${spec.name} ${inLanguage(spec.usage, lang)}`,
    '',
    inLanguage(spec.description, lang),
    '',
    `${WORDS.options[lang]}${colon}`,
    ...options.map(([, o], i) => {
      const listed = !o.choices || (o.value && inLanguage(o.value, lang).includes('|'))
      // Chinese text sets the values a reader types apart as code, as it does ids.
      const choices = listed
        ? ''
        : lang === 'zh'
          ? `${WORDS.oneOf.zh}${o.choices?.map((c) => `\`${c}\``).join('、')}。`
          : ` ${WORDS.oneOf.en}${o.choices?.join(', ')}.`
      const label = labels[i] ?? ''
      const pad = ' '.repeat(Math.max(0, width - measure(label)))
      return `  ${label}${pad}${inLanguage(o.description, lang)}${choices}`
    }),
    '',
    `${(spec.examples.length > 1 ? WORDS.examples : WORDS.example)[lang]}${colon}`,
    ...spec.examples.flatMap((e) => [
      `  $ eco-targets ${spec.name} ${e.command}`,
      `    ${inLanguage(e.result, lang)}`,
    ]),
    '',
    renderExitCodes(spec.failOn === true, lang),
  ]
  return `${lines.join('\n')}\n`
}
