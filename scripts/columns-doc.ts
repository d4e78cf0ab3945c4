/**
 * Renders `docs/guides/cli-columns.md`, the reference of every header the command line
 * recognises, from the layouts themselves, so the documentation cannot drift from the code.
 */
import {
  CNEMC_LAYOUT,
  GROUNDWATER_KEYS,
  type HeaderLayout,
  OBSERVATION_LAYOUT,
} from './docs/_layouts.js'
import { WATER_SECTIONS_COLUMNS } from './docs/_water-sections.js'

const cell = (text: string) => text.replace(/\|/g, '\\|')
const code = (items: readonly string[]) => items.map((i) => `\`${cell(i)}\``).join(', ')

function table(layout: HeaderLayout): string {
  const rows = layout.columns.map(
    (c) =>
      `| \`${c.key}\` | ${code([...new Set(c.names)])} | ${c.units ? code(c.units) : ''} | ${cell(c.description)} |`,
  )
  return [
    `## \`${layout.name}\`: ${layout.description}`,
    '',
    '| key | headers | units | what |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The Markdown of the columns reference page. */
export function renderColumnsDoc(): string {
  return `---
title: Command-line columns
---

# Command-line columns

<!-- Generated from the command line's header layouts by scripts/columns-doc.ts (npm run generate). -->

The headers each CSV layout recognises, Chinese and English, and the key a column gets. A
header matches when it equals one of the names (or the key) after normalization: Unicode NFKC
(full-width brackets, µ and μ, ³ and 3), lower case, spaces, \`_\`, \`.\`, \`-\` and \`·\` removed,
and a bracketed unit or \`以…计\` qualifier at the end taken off (\`溶解氧（mg/L）\` matches
\`溶解氧\`). A unit in a header must be one of the units listed, otherwise the file is rejected
at line 1. Headers a layout does not list keep their own name. See the
[command line guide](./cli.md) for how the commands use these layouts.

${[OBSERVATION_LAYOUT, CNEMC_LAYOUT, WATER_SECTIONS_COLUMNS].map(table).join('\n\n')}

## Groundwater keys

Groundwater samplings (GB/T 14848-2017) use these keys: ${code(GROUNDWATER_KEYS)}.
`
}
