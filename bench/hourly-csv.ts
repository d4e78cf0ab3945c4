/**
 * Writes a generated hourly CSV to standard output, for measuring `eco-targets air` on a file:
 * `STATIONS` stations × `HOURS` hours from 2022-01-01 01:00 (hour-ending, China Standard Time),
 * the stations of each hour one after another as monitoring exports give them, 30 cities, about
 * 3 % empty cells, the same file for the same arguments.
 *
 * ```sh
 * npx tsx bench/hourly-csv.ts 300 2000 > hourly.csv
 * /usr/bin/time -v node dist/cli.js air hourly.csv > /dev/null
 * ```
 */
const stations = Number(process.argv[2] ?? 300)
const hours = Number(process.argv[3] ?? 2000)
let seed = 12345
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const cell = (max: number, digits = 0) =>
  random() < 0.03
    ? ''
    : digits
      ? (random() * max).toFixed(digits)
      : String(Math.round(random() * max))
const start = Date.UTC(2022, 0, 1, 1)
let text = 'timepoint,stationcode,area,so2,no2,co,o3,pm10,pm2_5\n'
for (let h = 0; h < hours; h++) {
  // the stamp as written: wall time in China Standard Time, without offset
  const stamp = new Date(start + h * 3_600_000).toISOString().slice(0, 19)
  for (let s = 0; s < stations; s++) {
    text += `${stamp},${1000 + s}A,C${s % 30},${cell(30)},${cell(60)},${cell(2, 1)},${cell(150)},${cell(120)},${cell(80)}\n`
  }
  if (text.length > 1 << 20) {
    process.stdout.write(text)
    text = ''
  }
}
process.stdout.write(text)
