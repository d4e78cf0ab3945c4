import type { ObservationInput } from '../../src/index.js'
import { between, mulberry32, round } from './prng.js'

type Of<K extends ObservationInput['kind']> = Extract<ObservationInput, { kind: K }>

/**
 * The 13 key emitting units' surrenders for 2021 emissions: offsets of 0–4 % of the verified
 * emissions, the rest in allowances, on time. Exceptions: `emitter-04` uses offsets of exactly
 * 5 % (the cap, still compliant), `emitter-07` surrenders 99 % (short), `emitter-11` pays in
 * full but late.
 *
 * @param seed - the generator seed
 * @returns the 13 records
 */
export function generateCarbon(seed: number): Of<'carbonAllowance'>[] {
  const random = mulberry32(seed)
  return Array.from({ length: 13 }, (_, i): Of<'carbonAllowance'> => {
    const n = String(i + 1).padStart(2, '0')
    // A multiple of 20 t, so that 5 % of it is a whole number of tonnes.
    const verified = round(between(random, 30_000, 425_000)) * 20
    let offsets = round(verified * round(between(random, 0, 0.04), 3))
    let allowances = verified - offsets
    if (n === '04') {
      offsets = verified / 20
      allowances = verified - offsets
    }
    if (n === '07') {
      offsets = round(verified * 0.03)
      allowances = round(verified * 0.96)
    }
    return {
      kind: 'carbonAllowance',
      unit: `emitter-${n}`,
      name: `重点排放单位${n}`,
      year: 2021,
      verifiedEmissions: verified,
      allowancesSurrendered: allowances,
      offsetsSurrendered: offsets,
      onTime: n !== '11',
    }
  })
}
