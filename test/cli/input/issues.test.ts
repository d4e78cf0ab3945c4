import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { locateRecordIssues, parseRecord } from '../../../src/cli/input/issues.js'
import type { InputRecord } from '../../../src/cli/input/records.js'
import {
  DustDayObservationSchema,
  formatInputIssue,
  InputError,
  ObservationSchema,
  safeParseInput,
  TaskStatusUpdateSchema,
} from '../../../src/index.js'

// The library's issues of a record, located in its file as the command line prints them.
function messages(schema: z.ZodType, record: InputRecord): string[] {
  const result = safeParseInput(schema, record.value)
  if (result.success) return []
  return locateRecordIssues(result.issues, record).map((i) => formatInputIssue(i, { lang: 'en' }))
}

const json = (value: unknown, line = 7): InputRecord => ({
  origin: { file: 'a.jsonl', line },
  value,
})

describe('locateRecordIssues', () => {
  it('names CSV columns as written in the header', () => {
    const record: InputRecord = {
      origin: { file: 'stations.csv', line: 1204 },
      value: {
        kind: 'airDaily',
        date: '2022-01-01',
        so2: 1,
        no2: 1,
        co: 1,
        pm10: 1,
        pm25: '12a',
        o3_1h: 1,
        o3_8h: 1,
      },
      columns: { pm25: 'pm2_5', date: '日期' },
    }
    expect(messages(ObservationSchema, record)).toEqual([
      'stations.csv:1204: pm2_5: expected a non-negative number (µg/m³), got "12a"',
    ])
  })

  it('names nested JSON fields by path', () => {
    const value = {
      kind: 'waterSample',
      section: 'x',
      waterBody: 'lake',
      date: '2022-01-01',
      values: { pH: 'high' },
    }
    expect(messages(ObservationSchema, json(value))).toEqual([
      'a.jsonl:7: values.pH: expected a number, got "high"',
    ])
  })

  it('maps a nested path back to its CSV column', () => {
    const record: InputRecord = {
      origin: { file: 'w.csv', line: 3 },
      value: {
        kind: 'waterSample',
        section: 'x',
        waterBody: 'lake',
        date: '2022-01-01',
        values: { DO: 'x' },
      },
      columns: { 'values.DO': '溶解氧(mg/L)' },
    }
    expect(messages(ObservationSchema, record)).toEqual([
      'w.csv:3: ["溶解氧(mg/L)"]: expected a number, got "x"',
    ])
  })

  it.each([
    [{ kind: 'dustDay' }, 'date: expected a text, got nothing'],
    [{ kind: 'dustDay', date: null }, 'date: expected a text, got null'],
    [{ kind: 'dustDay', date: 20220315 }, 'date: expected a text, got 20220315'],
    [
      { kind: 'dustDay', date: '2022-02-30' },
      'date: expected a valid date YYYY-MM-DD, got "2022-02-30"',
    ],
    [
      { kind: 'dustDay', date: '2022-03-15', scope: 'Central City' },
      'scope: expected an id of lower-case words joined by "-" and grouped by "." (e.g. air.good-days-ratio), got "Central City"',
    ],
    [
      { kind: 'dustDay', date: '2022-03-15', authority: '' },
      'authority: expected at least 1 characters, got ""',
    ],
    [
      { kind: 'dustDay', date: '2022-03-15', extra: 1, more: 2 },
      'extra: expected only the known keys "kind", "date", got "extra"',
    ],
    [
      { kind: 'fog' },
      'kind: expected one of "airDaily", "dustDay", "waterSample", "drinkingWaterSample", "emissionTotal", "emissionAssignment", "emissionProjectReduction", "farmlandSafeUse", "landPlot", "batteryCollection", "carbonAllowance", "annualValue", got "fog"',
    ],
    [
      {},
      'kind: expected one of "airDaily", "dustDay", "waterSample", "drinkingWaterSample", "emissionTotal", "emissionAssignment", "emissionProjectReduction", "farmlandSafeUse", "landPlot", "batteryCollection", "carbonAllowance", "annualValue", got nothing',
    ],
    [
      { kind: 'waterSample', section: 'x', waterBody: 'sea', date: '2022-01-01' },
      'waterBody: expected one of "river", "lake", "reservoir", got "sea"',
    ],
    [
      { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: -1 },
      'tonnes: expected a number ≥ 0, got -1',
    ],
    [
      { kind: 'emissionTotal', pollutant: 'NOx', year: 2101, tonnes: 1 },
      'year: expected a number ≤ 2100, got 2101',
    ],
    [
      { kind: 'batteryCollection', year: 2022, collectedTonnes: 1, generatedTonnes: 0 },
      'generatedTonnes: expected a number > 0, got 0',
    ],
    [
      { kind: 'emissionAssignment', pollutant: 'COD', year: 2022, baseYear: 2020 },
      'reductionPercent: expected give exactly one of reductionPercent or projectTonnes, got nothing',
    ],
  ])('words the problem in %j', (value, expected) => {
    const found = messages(ObservationSchema, json(value))
    expect(found[0]).toBe(`a.jsonl:7: ${expected}`)
  })

  it('gives one problem per unknown key', () => {
    expect(
      messages(DustDayObservationSchema, json({ kind: 'dustDay', date: '2022-03-15', a: 1, b: 2 })),
    ).toEqual([
      'a.jsonl:7: a: expected only the known keys "kind", "date", got "a"',
      'a.jsonl:7: b: expected only the known keys "kind", "date", got "b"',
    ])
  })

  it('describes a record that is not an object at all', () => {
    expect(messages(ObservationSchema, json(5))).toEqual(['a.jsonl:7: expected an object, got 5'])
    expect(messages(z.array(z.number()), json({}))).toEqual([
      'a.jsonl:7: expected an array, got {}',
    ])
  })

  it('words a wrong URL', () => {
    expect(
      messages(
        TaskStatusUpdateSchema,
        json({ task: 'a', date: '2022-06-30', status: 'done', evidence: 'nope' }),
      ),
    ).toEqual(['a.jsonl:7: evidence: expected the url format, got "nope"'])
  })

  it('falls back to the schema message for other checks', () => {
    const record = json({
      kind: 'waterSample',
      section: 'x',
      waterBody: 'lake',
      date: '2022-01-01',
      status: 'driedUp',
      values: { pH: 8 },
    })
    expect(messages(ObservationSchema, record)).toEqual([
      'a.jsonl:7: values: expected a driedUp sampling carries no values, got {"pH":8}',
    ])
    expect(messages(z.string().min(3), json('ab'))).toEqual([
      'a.jsonl:7: expected at least 3 characters, got "ab"',
    ])
    expect(messages(z.union([z.string(), z.number()]), json(true))).toEqual([
      'a.jsonl:7: expected a value that satisfies the rule, got true',
    ])
  })
})

describe('parseRecord', () => {
  it('returns the parsed value with defaults', () => {
    expect(
      parseRecord(DustDayObservationSchema, json({ kind: 'dustDay', date: '2022-03-15' })),
    ).toEqual({
      kind: 'dustDay',
      date: '2022-03-15',
      scope: 'central-city',
    })
  })

  it('throws every problem as an input error', () => {
    expect(() => parseRecord(DustDayObservationSchema, json({ kind: 'dustDay' }))).toThrow(
      InputError,
    )
  })
})
