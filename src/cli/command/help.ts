import type { CommandSpec, OptionSpec } from './types.js'

/** The `--help` option every command has. */
export const HELP_OPTION: OptionSpec = {
  type: 'boolean',
  short: 'h',
  description: 'Show this help.',
}

/**
 * The exit-code lines of a help text.
 *
 * @param failOn - whether the command has `--fail-on`
 * @returns the lines, without a trailing newline
 * @category CLI
 * @example
 * ```ts
 * renderExitCodes(false)
 * //=> 'Exit codes:\n  0  success\n  2  bad usage, bad input or an output that could not be written'
 * ```
 */
export function renderExitCodes(failOn: boolean): string {
  return [
    'Exit codes:',
    '  0  success',
    ...(failOn ? ['  1  a --fail-on condition was met'] : []),
    '  2  bad usage, bad input or an output that could not be written',
  ].join('\n')
}

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`
}

/**
 * The help text of a command: usage, description, options, examples and exit codes.
 *
 * @param spec - the command
 * @returns the text, ending with a newline
 */
export function renderCommandHelp(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION })
  const labels = options.map(([name, o]) => optionLabel(name, o))
  const width = Math.max(...labels.map((l) => l.length)) + 2
  const lines = [
    `Usage: eco-targets ${spec.name} ${spec.usage}`,
    '',
    spec.description,
    '',
    'Options:',
    ...options.map(([, o], i) => {
      const listed = !o.choices || o.value?.includes('|')
      const choices = listed ? '' : ` One of: ${o.choices?.join(', ')}.`
      return `  ${labels[i]?.padEnd(width)}${o.description}${choices}`
    }),
    '',
    spec.examples.length > 1 ? 'Examples:' : 'Example:',
    ...spec.examples.flatMap((e) => [
      `  $ eco-targets ${spec.name} ${e.command}`,
      `    ${e.result}`,
    ]),
    '',
    renderExitCodes(spec.failOn === true),
  ]
  return `${lines.join('\n')}\n`
}
