import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_FILES } from '../../scripts/generated-files.js'
import { checkedJson } from '../../src/cli/output/json.js'
import { AqiCommandOutputSchema } from '../../src/index.js'
import { run } from '../_helpers/cli.js'
import { describeWithShared, ROOT, sharedPath } from '../_helpers/shared.js'

const NAMES = ['cli-aqi', 'cli-air', 'cli-air-ranking', 'cli-water'] as const
type Name = (typeof NAMES)[number]

// The committed JSON Schemas, as a program in another language would read them.
const ajv = new Ajv2020({ strict: false, allErrors: true })
const validators = Object.fromEntries(
  NAMES.map((name) => [
    name,
    ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'))),
  ]),
) as Record<Name, ReturnType<typeof ajv.compile>>

/** Runs a command with --json and checks its output against the committed JSON Schema. */
async function expectDescribed(name: Name, argv: readonly string[], options = {}) {
  const { code, stdout, stderr } = await run(argv, options)
  expect(stderr.replace(/^note: .*\n/gm, '')).toBe('')
  expect(code).toBe(0)
  const document = JSON.parse(stdout)
  const validate = validators[name]
  validate(document)
  expect(validate.errors ?? []).toEqual([])
  return document
}

const sampleAirDays = readFileSync(join(ROOT, 'sample', '2022', 'air-daily.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .filter((o) => o.scope === 'central-city')
/** The sample's city days as the daily values of a station of `city`. */
const asStation = (station: string, city: string) =>
  sampleAirDays.map(({ kind: _, scope: __, ...day }) => JSON.stringify({ station, city, ...day }))

beforeAll(async () => {
  await import('../../src/cli/commands/air/index.js')
  await import('../../src/cli/commands/water/index.js')
}, 60_000)

describe('the JSON of aqi, air and water matches its committed JSON Schema', () => {
  it('aqi --json: daily and real-time, both editions, a withheld AQI', async () => {
    const daily = await expectDescribed('cli-aqi', ['aqi', '--pm25', '80', '--json'])
    // HJ 633-2012 表1: PM2.5 80 → (150 − 100) / (115 − 75) × (80 − 75) + 100 = 106.25 → 107.
    expect(daily.aqi).toBe(107)
    await expectDescribed('cli-aqi', [
      'aqi',
      '--realtime',
      '--o3',
      '242',
      '--pm25',
      '31',
      '--standard',
      'HJ633-2026',
      '--json',
    ])
    const withheld = await expectDescribed('cli-aqi', [
      'aqi',
      '--standard',
      'HJ633-2026',
      '--pm25',
      '20',
      '--json',
    ])
    expect(withheld.aqi).toBeNull()
  })

  it('air --json on the sample’s city days and on hourly records, with dust days and exclusions', async () => {
    const stdin = `${asStation('S1', 'Central').join('\n')}\n`
    const doc = await expectDescribed(
      'cli-air',
      [
        'air',
        '-',
        '--daily-input',
        '--input-format',
        'jsonl',
        '--dust-day',
        '2022-03-15',
        '--json',
      ],
      { stdin },
    )
    expect(doc.cities[0].days).toHaveLength(sampleAirDays.length)
    await expectDescribed(
      'cli-air',
      ['air', 'hourly.csv', '--city-of', '*=Demo', '--exclude-station', 'S2', '--json'],
      { cwd: join(ROOT, 'docs', 'cli-inputs'), disk: true },
    )
  })

  it('air --rank --json on two cities of the sample', async () => {
    const stdin = `${[...asStation('S1', 'Central'), ...asStation('S2', 'Other')].join('\n')}\n`
    const doc = await expectDescribed(
      'cli-air-ranking',
      ['air', '-', '--daily-input', '--input-format', 'jsonl', '--rank', '--json'],
      { stdin },
    )
    expect(doc.ranking.cities).toHaveLength(2)
  })

  it('water --json on the sample’s sections, for the year and for one month', async () => {
    const file = join(ROOT, 'sample', '2022', 'water-sections.jsonl')
    const doc = await expectDescribed('cli-water', ['water', file, '--json'], { disk: true })
    expect(doc.sections.length).toBeGreaterThan(0)
    await expectDescribed('cli-water', ['water', file, '--period', '2022-07', '--json'], {
      disk: true,
    })
  })
})

describe('the JSON Schemas of the commands', () => {
  it('are generated files, so a change of a schema that is not regenerated fails a test', () => {
    const paths = GENERATED_FILES.map((f) => f.path)
    for (const name of NAMES) expect(paths).toContain(`schemas/${name}.schema.json`)
  })

  it('reject a document the command could not have written', () => {
    const validate = validators['cli-aqi']
    expect(validate({ input: {}, units: {}, aqi: 'high' })).toBe(false)
  })

  it('are checked before writing: a document that does not match is never written', () => {
    expect(() => checkedJson(AqiCommandOutputSchema, 'cli-aqi', { aqi: -1 })).toThrow(
      /does not match its schema cli-aqi\.schema\.json/,
    )
  })
})

describeWithShared(
  'the JSON of air on the national platform’s January 2022 station data',
  'fixtures/cnemc/inner-mongolia-stations-2022-01.csv',
  () => {
    const path = sharedPath('fixtures/cnemc/inner-mongolia-stations-2022-01.csv')
    it('matches the committed JSON Schemas of air and air --rank', async () => {
      const doc = await expectDescribed('cli-air', ['air', path, '--cnemc-archive', '--json'], {
        disk: true,
      })
      expect(doc.cities.length).toBeGreaterThan(1)
      const daily = await expectDescribed(
        'cli-air-ranking',
        ['air', path, '--daily-input', '--cnemc-archive', '--rank', '--json'],
        { disk: true },
      )
      expect(daily.ranking.cities.length).toBe(doc.cities.length)
    }, 120_000)
  },
)

describeWithShared(
  'the JSON of water on the national surface-water sections',
  'fixtures/water/surface-water-sections.csv',
  () => {
    it('matches the committed JSON Schema, with and without the lake list', async () => {
      const csv = sharedPath('fixtures/water/surface-water-sections.csv')
      const lakes = sharedPath('fixtures/water/lake-reservoir-sections.txt')
      const doc = await expectDescribed('cli-water', ['water', csv, '--lakes', lakes, '--json'], {
        disk: true,
      })
      expect(doc.published.compared).toBeGreaterThan(1000)
      await expectDescribed('cli-water', ['water', csv, '--json'], { disk: true })
    }, 120_000)
  },
)
