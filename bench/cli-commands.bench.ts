import { bench, describe } from 'vitest'
import { main } from '../src/cli/main.js'
import { memoryIO } from '../test/_helpers/cli.js'

// One week of hour-ending records for 20 stations (3,360 rows), and 5,000 daily rows for aqi.
const STATIONS = 20
const HOURS = 24 * 7
const pad = (n: number) => String(n).padStart(2, '0')
const hourly = [
  'timepoint,stationcode,area,so2,no2,co,o3,pm10,pm2_5',
  ...Array.from({ length: HOURS }, (_, h) => {
    const t = new Date(Date.UTC(2022, 0, 1, h + 1))
    const stamp = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:00:00`
    return Array.from(
      { length: STATIONS },
      (_, s) =>
        `${stamp},S${s},C${s % 4},${10 + (h % 7)},${20 + (s % 9)},0.6,${40 + (h % 50)},${50 + s},${20 + (h % 40)}`,
    ).join('\n')
  }),
].join('\n')
const DAILY = 5_000
const daily = [
  'date,so2,no2,co,pm10,pm25,o3_1h,o3_8h',
  ...Array.from(
    { length: DAILY },
    (_, i) =>
      `2022-01-01,${i % 40},${i % 80},0.${i % 10},${i % 150},${i % 120},${i % 200},${i % 160}`,
  ),
].join('\n')

async function runCommand(argv: string[], files: Record<string, string>) {
  const io = memoryIO({ files })
  const code = await main(argv, io)
  if (code !== 0) throw new Error(io.stderrText())
}

describe('commands, in-process', () => {
  bench(
    `air: ${(STATIONS * HOURS).toLocaleString('en-US')} hourly records → station and city days`,
    async () => {
      await runCommand(['air', 'h.csv', '--json', '--out', 'out.json'], { 'h.csv': hourly })
    },
  )
  bench(`aqi: ${DAILY.toLocaleString('en-US')} daily rows, CSV in, CSV out`, async () => {
    await runCommand(['aqi', 'd.csv', '--out', 'out.csv'], { 'd.csv': daily })
  })
})
