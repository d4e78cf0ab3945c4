import { expect, it } from 'vitest'
import { realtimeAqi } from '../../../src/standards/air/index.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'
import { readWideHourly, type WideHourly } from '../../_helpers/wide-hourly.js'

const DIR = 'fixtures/quotsoft-2019'
const FILES = [
  'china_sites_2019_beijing_inner_mongolia.csv.gz',
  'china_sites_20190113.csv.gz',
  'china_sites_20190114.csv.gz',
]

interface Row {
  readonly where: string
  readonly published: number | null
  readonly input: Record<string, number | null>
}

/** Every station-hour whose SO2 1-hour value is above 800 µg/m³, with its real-time inputs. */
function above800(table: WideHourly, file: string): Row[] {
  const out: Row[] = []
  for (const [key, so2] of table.rows) {
    if (!key.endsWith('|SO2')) continue
    const hour = key.slice(0, -'|SO2'.length)
    const at = (type: string, j: number) => table.rows.get(`${hour}|${type}`)?.[j] ?? null
    so2.forEach((v, j) => {
      if (v === null || v <= 800) return
      out.push({
        where: `${file} ${hour} ${table.codes[j]}`,
        published: at('AQI', j),
        input: {
          so2: v,
          no2: at('NO2', j),
          co: at('CO', j),
          o3: at('O3', j),
          pm10: at('PM10', j),
          pm25: at('PM2.5', j),
          so2_24h: at('SO2_24h', j),
        },
      })
    })
  }
  return out
}

describeWithShared(
  'SO2 1-hour above 800 µg/m³ in the 2019 real-time archive',
  `${DIR}/${FILES[0]}`,
  () => {
    const rows = FILES.flatMap((f) => above800(readWideHourly(sharedPath(DIR, f)), f))
    const published = rows.filter((r) => r.published !== null)

    it('holds 3 such station-hours, 2 of them with a published AQI', () => {
      expect(rows.map((r) => r.where).sort()).toEqual([
        'china_sites_20190113.csv.gz 20190113|2 1607A',
        'china_sites_2019_beijing_inner_mongolia.csv.gz 20190205|1 1586A',
        'china_sites_2019_beijing_inner_mongolia.csv.gz 20190205|1 1587A',
      ])
      expect(published).toHaveLength(2)
    })

    it('reproduces every published AQI with the default (platform) reading, SO2 IAQI 200', () => {
      for (const r of published) {
        const ours = realtimeAqi(r.input)
        expect(ours.iaqi.so2, r.where).toBe(200)
        expect(ours.aqi, r.where).toBe(r.published)
      }
    })

    it('cannot tell the readings apart on these rows: PM sets the AQI (500 and 482)', () => {
      for (const r of published) {
        expect(realtimeAqi(r.input, { so2Above800: 'text' }).aqi, r.where).toBe(r.published)
      }
      expect(published.map((r) => r.published).sort()).toEqual([482, 500])
    })
  },
)
