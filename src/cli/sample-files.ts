// What the bundled synthetic sample holds (sample/2022/ in the package); sample.ts opens it.
import type { Observation } from '../index.js'

/** A file of the bundled sample and what it holds. @category CLI */
export interface SampleFile {
  /** File name inside the sample folder. */
  readonly file: string
  /** What the file holds. */
  readonly description: string
}

/** A JSON Lines file of observations in the bundled sample. @category CLI */
export interface SampleObservationFile extends SampleFile {
  /** The observation kinds in the file. */
  readonly kinds: readonly Observation['kind'][]
}

/** A task-status file of the bundled sample: every task's update as of one date. @category CLI */
export interface SampleTaskStatusFile extends SampleFile {
  /** The date the updates describe (`YYYY-MM-DD`). */
  readonly asOf: string
}

/**
 * The files of the bundled synthetic 2022 sample (`sample/2022/` in the package): JSON Lines of
 * observations (one `ObservationSchema` record a line) and JSON arrays of task status updates
 * (`TaskStatusUpdatesSchema`), one per reporting date. The data are synthetic: made by a seeded
 * generator to look like a year of the plan, not measured.
 *
 * @category CLI
 * @example
 * ```ts
 * SAMPLE_2022.taskStatus.map((f) => f.asOf) //=> ['2022-06-30', '2022-12-31']
 * ```
 */
export const SAMPLE_2022 = {
  year: 2022,
  observations: [
    {
      file: 'air-daily.jsonl',
      kinds: ['airDaily'],
      description: 'Daily central-city air values, 2022-01-01 to 2022-12-31',
    },
    {
      file: 'dust-days.jsonl',
      kinds: ['dustDay'],
      description: 'Days flagged as affected by sand and dust',
    },
    {
      file: 'water-sections.jsonl',
      kinds: ['waterSample'],
      description: 'Monthly samplings of six national surface-water sections',
    },
    {
      file: 'drinking-water.jsonl',
      kinds: ['drinkingWaterSample'],
      description: 'Samplings of two prefecture-level and two county-level drinking-water sources',
    },
    {
      file: 'emissions.jsonl',
      kinds: ['emissionTotal', 'emissionAssignment', 'emissionProjectReduction'],
      description: 'Emission totals 2020–2022, assigned reductions and key-project reductions',
    },
    {
      file: 'soil.jsonl',
      kinds: ['farmlandSafeUse', 'landPlot'],
      description: 'Contaminated-farmland areas and the 46 contaminated or suspected plots',
    },
    {
      file: 'solid-waste.jsonl',
      kinds: ['batteryCollection'],
      description: 'Waste lead-acid battery collection',
    },
    {
      file: 'carbon.jsonl',
      kinds: ['carbonAllowance'],
      description: "The 13 key emitting units' allowance surrenders for 2021",
    },
  ],
  taskStatus: [
    {
      file: 'task-status-2022-06-30.json',
      asOf: '2022-06-30',
      description: 'Every task as of mid-year',
    },
    {
      file: 'task-status-2022-12-31.json',
      asOf: '2022-12-31',
      description: 'Every task at year end',
    },
  ],
} as const satisfies {
  year: number
  observations: readonly SampleObservationFile[]
  taskStatus: readonly SampleTaskStatusFile[]
}

/**
 * The note every report on the bundled sample carries, in Chinese and English: the data are
 * synthetic and must not be cited.
 *
 * @category CLI
 * @example
 * ```ts
 * SAMPLE_NOTE.en.startsWith('Synthetic sample data') //=> true
 * ```
 */
export const SAMPLE_NOTE = {
  zh: '合成样例数据（本软件包自带的 2022 年样例）：由固定种子的程序生成，并非监测数据，仅供试用，请勿引用。',
  en: 'Synthetic sample data (eco-targets/sample/2022): made up by a seeded generator, not measured; for trying the tools only, never cite these figures.',
} as const
