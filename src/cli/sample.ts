import { join } from 'node:path'
import type { InputSource } from './input/source.js'
import type { CliIO } from './io.js'
import { findPackageRoot } from './package-root.js'
import { SAMPLE_2022 } from './sample-files.js'

export {
  SAMPLE_2022,
  SAMPLE_NOTE,
  type SampleFile,
  type SampleObservationFile,
  type SampleTaskStatusFile,
} from './sample-files.js'

/**
 * The folder of the bundled 2022 sample inside the installed package (`<package>/sample/2022`),
 * found from this module, so it works from the built `dist/cli.js` and from the sources.
 *
 * @param packageRoot - the package root (default: found from this module)
 * @returns the absolute path of the sample folder
 * @category CLI
 * @example
 * ```ts
 * resolveSampleDir('/usr/lib/node_modules/eco-targets')
 * //=> '/usr/lib/node_modules/eco-targets/sample/2022'
 * ```
 */
export function resolveSampleDir(packageRoot: string = findPackageRoot()): string {
  return join(packageRoot, 'sample', String(SAMPLE_2022.year))
}

function sampleSource(io: CliIO, file: string, dir: string): InputSource {
  return { name: `sample/${SAMPLE_2022.year}/${file}`, open: () => io.readFile(join(dir, file)) }
}

/**
 * The observation files of the bundled sample as input sources (named
 * `sample/2022/<file>` in messages), ready for the input readers.
 *
 * @param io - the process's input and output (files are read through it)
 * @param dir - the sample folder (default {@link resolveSampleDir})
 * @returns one source per observation file
 * @category CLI
 * @example
 * ```ts
 * openSampleObservations(io).map((s) => s.name)[0] //=> 'sample/2022/air-daily.jsonl'
 * ```
 */
export function openSampleObservations(io: CliIO, dir: string = resolveSampleDir()): InputSource[] {
  return SAMPLE_2022.observations.map((f) => sampleSource(io, f.file, dir))
}

/**
 * The task-status files of the bundled sample as input sources, with the date each describes.
 *
 * @param io - the process's input and output (files are read through it)
 * @param dir - the sample folder (default {@link resolveSampleDir})
 * @returns one source per reporting date
 * @category CLI
 * @example
 * ```ts
 * openSampleTaskStatus(io).map((s) => s.asOf) //=> ['2022-06-30', '2022-12-31']
 * ```
 */
export function openSampleTaskStatus(
  io: CliIO,
  dir: string = resolveSampleDir(),
): { asOf: string; source: InputSource }[] {
  return SAMPLE_2022.taskStatus.map((f) => ({
    asOf: f.asOf,
    source: sampleSource(io, f.file, dir),
  }))
}
