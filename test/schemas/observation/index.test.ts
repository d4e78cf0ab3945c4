import { describe, expect, it } from 'vitest'
import { ObservationSchema } from '../../../src/schemas/observation/index.js'

function messages(input: unknown) {
  const r = ObservationSchema.safeParse(input)
  expect(r.success).toBe(false)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const air = {
  kind: 'airDaily',
  date: '2022-01-01',
  so2: 14,
  no2: 32,
  co: 0.5,
  pm10: 51,
  pm25: 27,
  o3_1h: 80,
  o3_8h: 75,
}

describe('ObservationSchema', () => {
  it('accepts a daily air value and defaults its scope to the central city', () => {
    expect(ObservationSchema.parse(air)).toMatchObject({ scope: 'central-city', pm25: 27 })
  })

  it('keeps a missing indicator as null, never zero', () => {
    expect(ObservationSchema.parse({ ...air, o3_8h: null })).toMatchObject({ o3_8h: null })
  })

  it('rejects negative, non-finite and textual concentrations', () => {
    // zod's own messages, for callers who use the schema directly, say what the air module says.
    expect(messages({ ...air, pm25: -1 })).toEqual(['pm25: expected a non-negative number (µg/m³)'])
    expect(messages({ ...air, pm25: Number.POSITIVE_INFINITY })).toEqual([
      'pm25: expected a non-negative number (µg/m³)',
    ])
    expect(messages({ ...air, pm25: '27 µg/m³' })).toEqual([
      'pm25: expected a non-negative number (µg/m³)',
    ])
  })

  it('rejects an impossible date and an unknown field', () => {
    expect(messages({ ...air, date: '2022-02-29' }).join()).toMatch(/^date:/)
    expect(messages({ ...air, pm2_5: 3 }).join()).toMatch(/Unrecognized key: "pm2_5"/)
  })

  it('rejects an unknown water indicator and pH beyond 14', () => {
    const sample = { kind: 'waterSample', section: 's1', waterBody: 'river', date: '2022-05-01' }
    expect(messages({ ...sample, values: { TN2: 1 } }).join()).toMatch(/values/)
    expect(messages({ ...sample, values: { pH: 15 } })).toEqual([
      'values.pH: pH must be within 0–14',
    ])
  })

  it('accepts a dried-up sampling without values and rejects one with values', () => {
    const sample = {
      kind: 'waterSample',
      section: 's1',
      waterBody: 'river',
      date: '2022-05-01',
      status: 'driedUp',
    }
    expect(ObservationSchema.parse(sample)).toMatchObject({ status: 'driedUp', values: {} })
    expect(messages({ ...sample, values: { pH: 7 } })).toEqual([
      'values: a driedUp sampling carries no values',
    ])
  })

  it('accepts drinking-water values by the keys of the source type and names an unknown key', () => {
    const sample = {
      kind: 'drinkingWaterSample',
      source: 'src-1',
      level: 'county',
      date: '2022-05-01',
    }
    const surface = { ...sample, sourceType: 'surface', waterBody: 'reservoir' }
    const ground = { ...sample, sourceType: 'groundwater' }
    expect(
      ObservationSchema.parse({ ...surface, values: { NH3N: 0.2, Fe: 0.1, chloroform: 0.01 } }),
    ).toMatchObject({ values: { Fe: 0.1 } })
    expect(
      ObservationSchema.parse({ ...ground, values: { nitrate: 4, totalHardness: 300 } }),
    ).toMatchObject({ values: { nitrate: 4 } })
    expect(messages({ ...surface, values: { totalHardness: 300 } })).toEqual([
      'values.totalHardness: unknown surface indicator "totalHardness": expected a GB 3838-2002 Table 1, 2 or 3 key (e.g. NH3N, sulfate, chloroform)',
    ])
    expect(messages({ ...ground, values: { TP: 0.1, odourTaste: 0, pH: 15 } })).toEqual([
      'values.TP: unknown groundwater indicator "TP": expected a numeric GB/T 14848-2017 key (e.g. NH3N, nitrate, totalHardness)',
      'values.odourTaste: unknown groundwater indicator "odourTaste": expected a numeric GB/T 14848-2017 key (e.g. NH3N, nitrate, totalHardness)',
      'values.pH: pH must be within 0–14',
    ])
  })

  it('needs exactly one form of an emission assignment, with a base year before the year', () => {
    const a = { kind: 'emissionAssignment', pollutant: 'NOx', year: 2022, baseYear: 2020 }
    expect(messages(a)).toEqual([
      'reductionPercent: give exactly one of reductionPercent or projectTonnes',
    ])
    expect(messages({ ...a, reductionPercent: 2, projectTonnes: 5 }).length).toBe(1)
    expect(messages({ ...a, baseYear: 2022, projectTonnes: 5 })).toEqual([
      'baseYear: baseYear must precede year',
    ])
  })

  it('rejects farmland areas where B + C + D exceeds E', () => {
    expect(
      messages({
        kind: 'farmlandSafeUse',
        year: 2022,
        areaUnit: 'mu',
        lightProtected: 10,
        safeUseAchieved: 10,
        strictControlled: 10,
        totalContaminated: 25,
      }),
    ).toEqual(['totalContaminated: B + C + D cannot exceed E (total contaminated area)'])
  })

  it('rejects an unknown kind', () => {
    expect(messages({ kind: 'noise', date: '2022-01-01' }).join()).toMatch(/kind/)
  })
})
