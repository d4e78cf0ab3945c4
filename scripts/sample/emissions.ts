import type { ObservationInput } from '../../src/index.js'

type Of<K extends ObservationInput['kind']> = Extract<ObservationInput, { kind: K }>

/**
 * Emission totals (t) for 2020–2022, falling every year, with the reductions assigned by the
 * region: NOx and VOCs as a percentage of 2020 (NOx reaches its 4.0 %: 5.4 %; VOCs misses its
 * 4.5 %: 4.1 %), COD and NH3-N as tonnes of key-project reductions (686.4 t ≥ 650 t and
 * 47.5 t ≥ 46 t).
 *
 * @returns the 12 totals, 4 assignments and 6 project reductions
 */
export function generateEmissions(): Of<
  'emissionTotal' | 'emissionAssignment' | 'emissionProjectReduction'
>[] {
  const totals = {
    NOx: [62480.0, 60915.3, 59102.6],
    VOCs: [21530.0, 21190.4, 20640.8],
    COD: [31260.5, 30842.1, 30377.9],
    NH3N: [1418.6, 1396.2, 1371.5],
  } as const
  const authority = '自治区生态环境厅'
  const projects: [pollutant: 'COD' | 'NH3N', project: string, tonnes: number][] = [
    ['COD', 'central-wwtp-upgrade', 312.4],
    ['COD', 'county-wwtp-expansion', 205.7],
    ['COD', 'industrial-park-water-reuse', 168.3],
    ['NH3N', 'central-wwtp-upgrade', 24.8],
    ['NH3N', 'county-wwtp-expansion', 14.1],
    ['NH3N', 'rural-sewage-45-villages', 8.6],
  ]
  return [
    ...Object.entries(totals).flatMap(([pollutant, tonnes]) =>
      tonnes.map(
        (t, i): Of<'emissionTotal'> => ({
          kind: 'emissionTotal',
          pollutant: pollutant as keyof typeof totals,
          year: 2020 + i,
          tonnes: t,
        }),
      ),
    ),
    {
      kind: 'emissionAssignment',
      pollutant: 'NOx',
      year: 2022,
      baseYear: 2020,
      reductionPercent: 4.0,
      authority,
    },
    {
      kind: 'emissionAssignment',
      pollutant: 'VOCs',
      year: 2022,
      baseYear: 2020,
      reductionPercent: 4.5,
      authority,
    },
    {
      kind: 'emissionAssignment',
      pollutant: 'COD',
      year: 2022,
      baseYear: 2020,
      projectTonnes: 650,
      authority,
    },
    {
      kind: 'emissionAssignment',
      pollutant: 'NH3N',
      year: 2022,
      baseYear: 2020,
      projectTonnes: 46,
      authority,
    },
    ...projects.map(
      ([pollutant, project, tonnes]): Of<'emissionProjectReduction'> => ({
        kind: 'emissionProjectReduction',
        pollutant,
        year: 2022,
        project,
        tonnes,
      }),
    ),
  ]
}
