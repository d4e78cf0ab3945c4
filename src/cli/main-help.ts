import { type CliLang, type Command, inLanguage, renderExitCodes } from './command/index.js'
import { COMMANDS } from './commands/index.js'

/**
 * The top-level help: the commands, the global options and the exit codes.
 *
 * @param commands - the dispatch table (default {@link COMMANDS})
 * @param lang - the language (default Chinese)
 * @returns the help text
 * @category CLI
 * @example
 * ```ts
 * renderMainHelp(COMMANDS, 'en').startsWith('Usage: eco-targets <command> [options]') //=> true
 * ```
 */
export function renderMainHelp(
  commands: Readonly<Record<string, Command>> = COMMANDS,
  lang: CliLang = 'zh',
): string {
  const names = Object.keys(commands)
  const width = Math.max(...names.map((n) => n.length)) + 3
  const list = names.map(
    (n) => `  ${n.padEnd(width)}${inLanguage(commands[n]?.summary ?? '', lang)}`,
  )
  const exitCodes = renderExitCodes(true, lang)
  if (lang === 'zh') {
    return `${[
      '用法：eco-targets <命令> [选项]',
      '',
      '在命令行上查看生态环境工作方案的目标、任务和数据：内置的 2022 年方案，或您自己的方案文件',
      '（eco-targets plan init 可生成一份起始文件）。',
      '',
      '命令：',
      ...list,
      '',
      '选项：',
      '      --lang zh|en  文字和提示的语言（默认 zh，中文）；各命令都有此选项。',
      '  -h, --help      显示本帮助；eco-targets <命令> --help 显示该命令的帮助。',
      '  -V, --version   显示版本号。',
      '',
      '示例：',
      '  $ eco-targets evaluate --sample',
      '    内置合成示例的报告：2022 年方案截至 2022-12-31 的每项目标。',
      '  $ eco-targets evaluate data.csv --plan my-city-2026.yaml',
      '    用您自己的方案文件（JSON 或 YAML）生成同样的报告。',
      '  $ eco-targets aqi --pm25 80',
      '    AQI 107（PM2.5 80 µg/m³，HJ 633-2012 日报）。',
      '',
      exitCodes.replace('满足 --fail-on 条件', '满足 --fail-on 条件（带 --fail-on 的命令）'),
    ].join('\n')}\n`
  }
  return `${[
    'Usage: eco-targets <command> [options]',
    '',
    "An ecological-environment work plan's targets, tasks and data on the command line: the",
    'bundled 2022 plan, or your own plan file (eco-targets plan init writes a starter).',
    '',
    'Commands:',
    ...list,
    '',
    'Options:',
    '      --lang zh|en  Language of texts and messages (default zh, Chinese); every command has it.',
    '  -h, --help      Show this help; eco-targets <command> --help shows a command’s help.',
    '  -V, --version   Show the version.',
    '',
    'Example:',
    '  $ eco-targets evaluate --sample',
    '    The report on the bundled synthetic sample: every target of the 2022 plan as of 2022-12-31.',
    '  $ eco-targets evaluate data.csv --plan my-city-2026.yaml',
    '    The same report for your own plan file (JSON or YAML).',
    '  $ eco-targets aqi --pm25 80',
    '    AQI 107 (PM2.5 80 µg/m³, HJ 633-2012 daily report).',
    '',
    exitCodes.replace(
      'a --fail-on condition was met',
      'a --fail-on condition was met (commands with --fail-on)',
    ),
  ].join('\n')}\n`
}
