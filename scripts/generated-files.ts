/**
 * Every committed file that is generated from the code or the data, with the function that
 * renders it. `npm run generate` writes them; `test/generated-files.test.ts` fails when one is
 * out of date.
 */
import {
  PUBLIC_SCHEMAS,
  type PublicSchemaName,
  renderPlanMarkdown,
  toJsonSchema,
} from '../src/index.js'
import { plan2022 } from '../src/plans/2022/index.js'
import { renderAirSnapshot } from './air-snapshot.js'
import { renderColumnsDoc } from './columns-doc.js'
import { renderSample, type SampleOutput } from './generate-sample.js'
import { renderWaterSnapshot } from './water-snapshot.js'

export interface GeneratedFile {
  /** Path relative to the repository root. */
  readonly path: string
  readonly render: () => string
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

const sample: readonly SampleOutput[] = renderSample()

export const GENERATED_FILES: readonly GeneratedFile[] = [
  ...(Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]).map((name) => ({
    path: `schemas/${name}.schema.json`,
    render: () => json(toJsonSchema(name)),
  })),
  { path: 'src/plans/2022/snapshot.md', render: () => renderPlanMarkdown(plan2022) },
  { path: 'src/standards/air/snapshot.md', render: () => renderAirSnapshot('en') },
  { path: 'src/standards/air/snapshot.zh.md', render: () => renderAirSnapshot('zh') },
  { path: 'src/standards/water/snapshot.md', render: () => renderWaterSnapshot('en') },
  { path: 'src/standards/water/snapshot.zh.md', render: () => renderWaterSnapshot('zh') },
  ...sample.map((file) => ({ path: file.path, render: () => file.content })),
  { path: 'docs/guides/cli-columns.md', render: renderColumnsDoc },
]
