/**
 * Generates the bundled synthetic 2022 sample (`sample/2022/`): a year of daily air values with
 * seasons and episodes, monthly water samplings, drinking-water sources, emissions, soil,
 * battery and carbon records, and status updates for every task of the plan. Deterministic:
 * a fixed seed and a tiny seeded generator (mulberry32). `npm run generate` writes the files
 * through `scripts/generated-files.ts`; running this script directly does the same for the
 * sample alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SAMPLE_2022 } from '../src/cli/main.js'
import type { Observation, ObservationInput, Plan } from '../src/index.js'
import { ObservationSchema, TaskStatusUpdatesSchema } from '../src/index.js'
import { plan2022 } from '../src/plans/2022/index.js'
import { generateAir } from './sample/air.js'
import { generateCarbon } from './sample/carbon.js'
import { generateDrinkingWater } from './sample/drinking-water.js'
import { generateEmissions } from './sample/emissions.js'
import { hashText } from './sample/prng.js'
import { renderSampleReadme } from './sample/readme.js'
import { generateSoil } from './sample/soil.js'
import { generateBatteries } from './sample/solid-waste.js'
import { generateTaskStatus } from './sample/tasks.js'
import { generateWaterSections } from './sample/water.js'

/** The seed of the bundled sample. */
export const SAMPLE_SEED = 20220630

/** A file of the sample: its path relative to the repository and its content. */
export interface SampleOutput {
  readonly path: string
  readonly content: string
}

const seedFor = (part: string) => (SAMPLE_SEED ^ hashText(part)) >>> 0

function jsonLines(records: readonly ObservationInput[]): string {
  // Validate at the boundary: a generator bug must never ship as sample data.
  for (const record of records) ObservationSchema.parse(record)
  return records.map((r) => `${JSON.stringify(r)}\n`).join('')
}

/**
 * Renders every file of the sample for a plan (its tasks get status updates).
 *
 * @param plan - the plan (default the bundled 2022 plan)
 * @returns the files, README and manifest included
 */
export function renderSample(plan: Plan = plan2022): SampleOutput[] {
  const air = generateAir(seedFor('air'))
  const byFile: Record<string, ObservationInput[]> = {
    'air-daily.jsonl': air.daily,
    'dust-days.jsonl': air.dust,
    'water-sections.jsonl': generateWaterSections(seedFor('water-sections')),
    'drinking-water.jsonl': generateDrinkingWater(seedFor('drinking-water')),
    'emissions.jsonl': generateEmissions(),
    'soil.jsonl': generateSoil(seedFor('soil')),
    'solid-waste.jsonl': generateBatteries(),
    'carbon.jsonl': generateCarbon(seedFor('carbon')),
  }
  const status = generateTaskStatus(plan, seedFor('tasks'))
  const statusByFile: Record<string, unknown> = {
    'task-status-2022-06-30.json': TaskStatusUpdatesSchema.parse(status.midYear),
    'task-status-2022-12-31.json': TaskStatusUpdatesSchema.parse(status.yearEnd),
  }
  const folder = `sample/${SAMPLE_2022.year}`
  const files = [
    ...SAMPLE_2022.observations.map((f) => ({
      file: f.file,
      description: f.description,
      records: byFile[f.file]?.length ?? 0,
      content: jsonLines(byFile[f.file] ?? []),
    })),
    ...SAMPLE_2022.taskStatus.map((f) => ({
      file: f.file,
      description: f.description,
      records: (statusByFile[f.file] as unknown[]).length,
      content: `${JSON.stringify(statusByFile[f.file], null, 2)}\n`,
    })),
  ]
  const manifest = {
    synthetic: true,
    description: `Synthetic sample data for the ${SAMPLE_2022.year} plan: generated, not measured.`,
    generator: 'scripts/generate-sample.ts',
    seed: SAMPLE_SEED,
    files: files.map(({ file, records, description }) => ({ file, records, description })),
  }
  const readme = renderSampleReadme({
    seed: SAMPLE_SEED,
    files,
    air: air.daily as Extract<Observation, { kind: 'airDaily' }>[],
    dustDates: air.dust.map((d) => d.date),
    taskStatus: status,
    taskCount: plan.tasks.length,
  })
  return [
    ...files.map((f) => ({ path: `${folder}/${f.file}`, content: f.content })),
    { path: `${folder}/manifest.json`, content: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: `${folder}/README.md`, content: readme },
  ]
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  for (const file of renderSample()) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true })
    writeFileSync(join(root, file.path), file.content)
    console.log(`wrote ${file.path}`)
  }
}
