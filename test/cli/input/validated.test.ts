import { describe, expect, it } from 'vitest'
import { OBSERVATION_LAYOUT } from '../../../src/cli/input/headers/index.js'
import { textInput } from '../../../src/cli/input/source.js'
import { readValidatedRecords } from '../../../src/cli/input/validated.js'
import {
  formatInputIssue,
  InputError,
  type InputIssue,
  ObservationSchema,
  TaskStatusUpdateSchema,
} from '../../../src/index.js'

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const r of records) out.push(r)
  return out
}

describe('readValidatedRecords', () => {
  it('builds typed observations from CSV rows, with the default kind and schema defaults', async () => {
    const csv = 'date,PM2.5,so2,no2,co,pm10,o3_1h,o3_8h\n2022-01-01,27,14,32,0.5,51,80,--\n'
    const records = await collect(
      readValidatedRecords(textInput('city.csv', csv), ObservationSchema, {
        layout: OBSERVATION_LAYOUT,
        csvDefaults: { kind: 'airDaily' },
      }),
    )
    expect(records).toEqual([
      {
        origin: { file: 'city.csv', line: 2 },
        value: {
          kind: 'airDaily',
          date: '2022-01-01',
          scope: 'central-city',
          so2: 14,
          no2: 32,
          co: 0.5,
          pm10: 51,
          pm25: 27,
          o3_1h: 80,
          o3_8h: null,
        },
      },
    ])
  })

  it('keeps a kind given by the row over the default', async () => {
    const csv = 'kind,date\ndustDay,2022-03-15\n'
    const [record] = await collect(
      readValidatedRecords(textInput('a.csv', csv), ObservationSchema, {
        csvDefaults: { kind: 'airDaily' },
      }),
    )
    expect(record?.value.kind).toBe('dustDay')
  })

  it('validates JSON records as they are', async () => {
    const jsonl = '{"task":"a","date":"2022-06-30","status":"done"}\n'
    const [record] = await collect(
      readValidatedRecords(textInput('s.jsonl', jsonl), TaskStatusUpdateSchema),
    )
    expect(record?.value).toEqual({ task: 'a', date: '2022-06-30', status: 'done' })
  })

  it('stops at the first invalid record by default, naming file, line and column', async () => {
    const csv = 'kind,date,pm2_5\nairDaily,2022-01-01,12a\n'
    await expect(
      collect(
        readValidatedRecords(textInput('stations.csv', csv), ObservationSchema, {
          layout: OBSERVATION_LAYOUT,
        }),
      ),
    ).rejects.toThrow(InputError)
  })

  it('hands invalid records to onInvalid and goes on', async () => {
    const jsonl = '{"kind":"dustDay"}\n{"kind":"dustDay","date":"2022-03-15"}\n'
    const found: InputIssue[][] = []
    const records = await collect(
      readValidatedRecords(textInput('d.jsonl', jsonl), ObservationSchema, {
        onInvalid: (p) => found.push(p),
      }),
    )
    expect(records.map((r) => r.origin.line)).toEqual([2])
    expect(found.map((p) => p.map((i) => formatInputIssue(i, { lang: 'en' })))).toEqual([
      ['d.jsonl:1: date: expected a text, got nothing'],
    ])
  })
})
