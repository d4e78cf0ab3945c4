import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formatInputProblem, InputError } from '../../../src/cli/errors.js'
import { describeZodIssues, parseRecord } from '../../../src/cli/input/issues.js'
import type { InputRecord } from '../../../src/cli/input/records.js'
import {
  DustDayObservationSchema,
  ObservationSchema,
  TaskStatusUpdateSchema,
} from '../../../src/index.js'

function messages(schema: z.ZodType, record: InputRecord): string[] {
  const result = schema.safeParse(record.value)
  if (result.success) return []
  return describeZodIssues(result.error, record).map(formatInputProblem)
}

const json = (value: unknown, line = 7): InputRecord => ({
  origin: { file: 'a.jsonl', line },
  value,
})

describe('describeZodIssues', () => {
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
      'stations.csv:1204: column pm2_5: "12a" is not a number',
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
      'a.jsonl:7: field values.pH: "high" is not a number',
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
      'w.csv:3: column 溶解氧(mg/L): "x" is not a number',
    ])
  })

  it.each([
    [{ kind: 'dustDay' }, 'field date: is missing (expected text)'],
    [{ kind: 'dustDay', date: null }, 'field date: is empty (expected text)'],
    [{ kind: 'dustDay', date: 20220315 }, 'field date: 20220315 is not text'],
    [
      { kind: 'dustDay', date: '2022-02-30' },
      'field date: "2022-02-30" is not a date (expected YYYY-MM-DD)',
    ],
    [
      { kind: 'dustDay', date: '2022-03-15', scope: 'Central City' },
      'field scope: "Central City": expected lower-case words',
    ],
    [{ kind: 'dustDay', date: '2022-03-15', authority: '' }, 'field authority: "": Too small'],
    [
      { kind: 'dustDay', date: '2022-03-15', extra: 1, more: 2 },
      'field extra: is not a known field',
    ],
    [{ kind: 'fog' }, 'field kind: "fog" is not one of airDaily, dustDay, waterSample'],
    [{}, 'field kind: is missing (expected one of airDaily, dustDay'],
    [
      { kind: 'waterSample', section: 'x', waterBody: 'sea', date: '2022-01-01' },
      'field waterBody: "sea" is not one of river, lake, reservoir',
    ],
    [
      { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: -1 },
      'field tonnes: -1 must be ≥ 0',
    ],
    [
      { kind: 'emissionTotal', pollutant: 'NOx', year: 2101, tonnes: 1 },
      'field year: 2101 must be ≤ 2100',
    ],
    [
      { kind: 'batteryCollection', year: 2022, collectedTonnes: 1, generatedTonnes: 0 },
      'field generatedTonnes: 0 must be > 0',
    ],
    [
      { kind: 'emissionAssignment', pollutant: 'COD', year: 2022, baseYear: 2020 },
      'field reductionPercent: give exactly one of reductionPercent or projectTonnes',
    ],
  ])('words the problem in %j', (value, expected) => {
    const found = messages(ObservationSchema, json(value))
    expect(found[0]?.startsWith(`a.jsonl:7: ${expected}`)).toBe(true)
  })

  it('gives one problem per unknown key', () => {
    expect(
      messages(DustDayObservationSchema, json({ kind: 'dustDay', date: '2022-03-15', a: 1, b: 2 })),
    ).toEqual([
      'a.jsonl:7: field a: is not a known field',
      'a.jsonl:7: field b: is not a known field',
    ])
  })

  it('describes a record that is not an object at all', () => {
    expect(messages(ObservationSchema, json(5))).toEqual(['a.jsonl:7: 5 is not an object'])
    expect(messages(z.array(z.number()), json({}))).toEqual(['a.jsonl:7: {} is not a list'])
  })

  it('words a wrong URL', () => {
    expect(
      messages(
        TaskStatusUpdateSchema,
        json({ task: 'a', date: '2022-06-30', status: 'done', evidence: 'nope' }),
      ),
    ).toEqual(['a.jsonl:7: field evidence: "nope" is not a URL'])
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
      'a.jsonl:7: field values: a driedUp sampling carries no values',
    ])
    expect(messages(z.string().min(3), json('ab'))).toEqual([
      'a.jsonl:7: "ab": Too small: expected string to have >=3 characters',
    ])
    expect(messages(z.union([z.string(), z.number()]), json(true))).toEqual([
      'a.jsonl:7: Invalid input',
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
