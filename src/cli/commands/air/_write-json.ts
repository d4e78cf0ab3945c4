import { AirCommandOutputSchema } from '../../../index.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { dailyAqi } from './_aqi.js'
import { collectAir } from './_collect.js'
import { type FinishOptions, finishReports } from './_finish.js'
import { cityJson, compactAqi, JsonDocument } from './_json.js'
import { openWholeResult } from './_spool.js'
import type { CollectAirOptions, StationDayRecord } from './_types.js'

/** What `air --json` writes in its `options` field, and how it reads. */
export interface WriteAirJsonOptions extends FinishOptions {
  readonly read: Omit<CollectAirOptions, 'onStationDay' | 'onBatch'>
  readonly timestamp: 'hour-ending' | 'hour-beginning'
  readonly cnemcArchive: boolean
  readonly out: string | undefined
}

/**
 * `air --json`: the station days written as they complete (never held), then the cities; all
 * or nothing, to the `--out` file or to standard output, so a problem found late leaves no
 * partial document.
 *
 * @param sources - the inputs
 * @param io - the process's input and output
 * @param o - how to read, the document's options, where to write
 */
export async function writeAirJson(
  sources: readonly InputSource[],
  io: CliIO,
  o: WriteAirJsonOptions,
): Promise<void> {
  const doc = new JsonDocument(AirCommandOutputSchema, 'cli-air')
  const file = await openWholeResult(io, o.out)
  try {
    doc.field('options', {
      input: o.daily ? 'stationDays' : 'hourly',
      timestamp: o.daily ? null : o.timestamp,
      cnemcArchive: o.cnemcArchive,
      standard: o.standard,
      excludeStations: o.read.excludeStations,
      dustDates: o.dustDates,
    })
    doc.open('stations')
    const wanted = new Set(o.cities)
    const excluded = new Set(o.read.excludeStations)
    const collected = await collectAir(sources, io, {
      ...o.read,
      onStationDay: (d: StationDayRecord) => {
        if (wanted.size > 0 && !wanted.has(d.city)) return
        const aqi = compactAqi(dailyAqi(d, o.standard))
        doc.item({ ...d, excluded: excluded.has(d.station), aqi })
      },
      onBatch: async () => {
        if (doc.size >= 1 << 16) await file.write(doc.take())
      },
    })
    doc.close()
    const reports = await finishReports(collected, io, o)
    doc.open('cities')
    for (const report of reports) {
      doc.item(cityJson(report))
      if (doc.size >= 1 << 16) await file.write(doc.take())
    }
    doc.close()
    await file.write(doc.take(true))
  } catch (error) {
    await file.abort()
    throw error
  }
  await file.commit()
}
