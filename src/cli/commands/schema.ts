import { PUBLIC_SCHEMAS, type PublicSchemaName, toJsonSchema } from '../../index.js'
import { defineCommand } from '../command/index.js'
import { writeResult } from '../output/result.js'
import { OUT_OPTION } from './_options.js'

const NAMES = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]

function listNames(): string {
  const width = Math.max(...NAMES.map((n) => n.length)) + 2
  return NAMES.map((n) => `  ${n.padEnd(width)}${PUBLIC_SCHEMAS[n].schema.description ?? ''}`).join(
    '\n',
  )
}

/**
 * `eco-targets schema <name>`: the JSON Schema (draft 2020-12) of a public schema, so that
 * data can be checked in any language. Without a name, or with an unknown one, it lists the
 * names and exits with 2.
 *
 * @category CLI
 * @example
 * ```ts
 * await schemaCommand.execute(['task-status-update'], io) //=> 0
 * ```
 */
export const schemaCommand = defineCommand({
  name: 'schema',
  summary: { zh: '输入或结果的 JSON Schema', en: 'The JSON Schema of an input or result' },
  usage: '<name> [--out FILE]',
  description: [
    'Prints the JSON Schema (draft 2020-12) of one of the public schemas: the inputs',
    '(observations, task status updates, plans) and the results. The same documents ship in the',
    'package as eco-targets/schemas/<name>.schema.json. Names:',
    '',
    listNames(),
  ].join('\n'),
  options: { out: OUT_OPTION },
  positionals: { max: 1 },
  examples: [
    {
      command: 'observation --out observation.schema.json',
      result: 'Writes the JSON Schema every observation record must satisfy.',
    },
  ],
  async run({ io, options, positionals }) {
    const name = positionals[0]
    if (name === undefined || !NAMES.includes(name as PublicSchemaName)) {
      const why = name === undefined ? 'name a schema' : `unknown schema "${name}"`
      await io.stderr.write(`eco-targets schema: ${why}; the names are:\n${listNames()}\n`)
      return 2
    }
    const schema = toJsonSchema(name as PublicSchemaName)
    await writeResult(io, `${JSON.stringify(schema, null, 2)}\n`, options.out)
    return 0
  },
})
