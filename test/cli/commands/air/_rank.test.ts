import { describe, expect, it } from 'vitest'
import { run } from '../../../_helpers/cli.js'

// Three cities, two days each, every day AQI 60 (PM10 70 → IAQI 60). Index:
// SO2 10/60 + NO2 30/40 + PM10 70/70 + PM2.5 x/35 + CO 1/4 + O3 80/160 = 2.6666… + x/35
// X (PM2.5 40): 3.8095… → 3.81; Y and Z (PM2.5 35): 3.6666… → 3.67, tied first; W without CO.
const row = (date: string, station: string, city: string, pm25: number, co = '1') =>
  `${date},${station},${city},10,30,${co},70,${pm25},90,80`
const DAILY = [
  'date,station,city,so2,no2,co,pm10,pm25,o3_1h,o3_8h',
  row('2022-01-01', 'X1', 'X', 40),
  row('2022-01-02', 'X1', 'X', 40),
  row('2022-01-01', 'Y1', 'Y', 35),
  row('2022-01-02', 'Y1', 'Y', 35),
  row('2022-01-01', 'Z1', 'Z', 35),
  row('2022-01-02', 'Z1', 'Z', 35),
  row('2022-01-01', 'W1', 'W', 35, ''),
  row('2022-01-02', 'W1', 'W', 35, ''),
].join('\n')

describe('airCommand --rank', () => {
  it('prints the cities ranked by the composite index, shared ranks marked', async () => {
    const { code, stdout, stderr } = await run(['air', 'd.csv', '--daily-input', '--rank'], {
      files: { 'd.csv': `${DAILY}\n` },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(
      'Composite air-quality index, 2022-01-01 – 2022-01-02 (GB3095-2012; no dust days given)',
    )
    expect(lines.find((l) => l.includes(' Y '))).toMatch(
      /^ {2}1= +Y +3\.67 +PM10, PM2\.5 +10 +30 +70 +35 +1\.0 +80 +100\.0 % +1=$/,
    )
    expect(lines.find((l) => l.includes(' Z '))).toMatch(/^ {2}1= +Z +3\.67 /)
    expect(lines.find((l) => l.includes(' X '))).toMatch(/^ {2}3 +X +3\.81 +PM2\.5 .* 40 /)
    expect(lines.find((l) => l.includes(' W '))).toMatch(/^ {2}— +W +— /)
    expect(stdout).toContain('not ranked (a pollutant without data): W (CO)')
    // the order: ranked cities by index, then those without one
    const order = lines.filter((l) => /^ {2}(\d|—)/.test(l)).map((l) => l.trim().split(/ +/)[1])
    expect(order).toEqual(['Y', 'Z', 'X', 'W'])
  })

  it('writes the ranking as JSON', async () => {
    const { code, stdout } = await run(['air', 'd.csv', '--daily-input', '--rank', '--json'], {
      files: { 'd.csv': `${DAILY}\n` },
    })
    expect(code).toBe(0)
    const { ranking } = JSON.parse(stdout)
    expect(
      ranking.rankings.compositeIndex.ranked.map(
        (x: { rank: number; city: string; value: number }) => [x.rank, x.city, x.value],
      ),
    ).toEqual([
      [1, 'Y', 3.67],
      [1, 'Z', 3.67],
      [3, 'X', 3.81],
    ])
    expect(ranking.rankings.compositeIndex.insufficient).toEqual([
      { city: 'W', gap: 'missingPollutants', missing: ['co'] },
    ])
  })

  it('deducts a dust day from the index but not from the good-days ratio', async () => {
    // X on 2 January: PM10 300 (AQI 175) flagged as dust
    const dusty = DAILY.replace('2022-01-02,X1,X,10,30,1,70,40', '2022-01-02,X1,X,10,30,1,300,40')
    const { stdout } = await run(
      ['air', 'd.csv', '--daily-input', '--rank', '--dust-day', '2022-01-02', '--json'],
      { files: { 'd.csv': `${dusty}\n` } },
    )
    const { ranking } = JSON.parse(stdout)
    const x = ranking.cities.find((c: { city: string }) => c.city === 'X')
    // PM10 without the dust day is 70: the index stays 3.81; the ratio keeps it: 1 of 2 = 50 %
    expect(x.compositeIndex.index.published).toBe(3.81)
    expect(x.goodDaysRatio.published).toBe(50)
    expect(ranking.dust.concentrations).toBe('deducted')
    expect(ranking.dust.goodDaysRatio).toBe('raw')
    const text = await run(
      ['air', 'd.csv', '--daily-input', '--rank', '--dust-day', '2022-01-02'],
      {
        files: { 'd.csv': `${dusty}\n` },
      },
    )
    expect(text.stdout.split('\n')[0]).toBe(
      'Composite air-quality index, 2022-01-01 – 2022-01-02 (GB3095-2012; concentrations and index: dust deducted, good-days ratio: dust kept)',
    )
  })

  it('refuses --rank with --observations', async () => {
    const { code, stderr } = await run(
      ['air', 'd.csv', '--daily-input', '--rank', '--observations'],
      { files: { 'd.csv': `${DAILY}\n` } },
    )
    expect(code).toBe(2)
    expect(stderr).toContain('give --rank or --observations, not both')
  })
})
