import type { ObservationInput } from '../../src/index.js'

type Of<K extends ObservationInput['kind']> = Extract<ObservationInput, { kind: K }>

/** Waste lead-acid batteries: 2,146.5 t collected of 4,030 t generated (53.3 %, target 50 %). */
export function generateBatteries(): Of<'batteryCollection'>[] {
  return [{ kind: 'batteryCollection', year: 2022, collectedTonnes: 2146.5, generatedTonnes: 4030 }]
}
