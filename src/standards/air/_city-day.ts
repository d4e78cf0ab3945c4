import type { z } from 'zod'
import type { CityDaySchema } from './result-schemas.js'

/** A city day, as `aggregateCityDays` returns it (the public type is `CityDay` of city-days.ts). */
export type CityDay = z.output<typeof CityDaySchema>
