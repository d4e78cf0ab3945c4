// A month of city days: good-days ratio, PM2.5 mean and P95, raw and with dust deducted.
import {
  assessAirCompliance,
  formatGbt8170,
  summarizeAirPeriod,
} from '../src/standards/air/index.js'

const days = Array.from({ length: 30 }, (_, i) => {
  const date = `2022-04-${String(i + 1).padStart(2, '0')}`
  const dust = i + 1 === 10 || i + 1 === 11
  return {
    date,
    so2: 10,
    no2: 20,
    co: 0.5,
    pm10: dust ? 400 : 45,
    pm25: dust ? 120 : 21 + i,
    o3_1h: 100,
    o3_8h: i + 1 === 20 ? null : 90, // no valid O3 8-hour value on 2022-04-20
  }
})

const s = summarizeAirPeriod(days, { dustDates: ['2022-04-10', '2022-04-11'] })
for (const [label, f] of [
  ['raw', s.raw],
  ['deducted', s.deducted],
] as const) {
  if (!f) continue
  console.log(`${label} valid days: ${f.validDays}, good: ${f.goodDays}, heavy: ${f.heavyDays}`)
  // published to one decimal by GB/T 8170, trailing zero kept
  console.log(`${label} good-days ratio: ${formatGbt8170(f.goodDaysRatio?.exact ?? 'NaN', 1)} %`)
  console.log(
    `${label} heavy-pollution ratio: ${formatGbt8170(f.heavyDaysRatio?.exact ?? 'NaN', 1)} %`,
  )
  console.log(
    `${label} PM2.5 mean: ${f.pollutants.pm25.mean?.published} (sum ${f.pollutants.pm25.sum} over ${f.pollutants.pm25.count} days)`,
  )
  console.log(
    `${label} PM2.5 P95: ${f.pollutants.pm25.percentile?.value.published} (exact ${f.pollutants.pm25.percentile?.value.exact})`,
  )
}
console.log(`verdict uses: ${s.verdictBasis}`)
console.log(`left out: ${s.raw.excluded.map((e) => `${e.reason} ${e.items.join(' ')}`).join('; ')}`)

// For illustration only (a month is not a year): the deducted statistics against GB 3095 Grade II
const compliance = assessAirCompliance(s.deducted?.pollutants ?? {})
console.log(`not within Grade II: ${compliance.nonCompliant.join(', ')}`)
