// Exact IAQI: HJ 633 rounds every IAQI up (§6.2), so the arithmetic must be exact.
import { iaqi } from '../src/standards/air/index.js'

// The textbook formula in floating point, for contrast.
const naive = (c: number, bpLo: number, bpHi: number, iLo: number, iHi: number) =>
  Math.ceil(((iHi - iLo) / (bpHi - bpLo)) * (c - bpLo) + iLo)

console.log(
  `CO 24-hour 2.2 mg/m³: ${iaqi('co_24h', 2.2)} (floating point: ${naive(2.2, 2, 4, 50, 100)})`,
)
console.log(
  `PM2.5 4.9 µg/m³: ${iaqi('pm25_24h', 4.9)} (floating point: ${naive(4.9, 0, 35, 0, 50)})`,
)
console.log(`PM2.5 80 µg/m³, HJ 633-2012: ${iaqi('pm25_24h', 80)}`)
console.log(`PM2.5 80 µg/m³, HJ 633-2026: ${iaqi('pm25_24h', 80, { standard: 'HJ633-2026' })}`)
console.log(`O3 8-hour 801 µg/m³, HJ 633-2012: ${iaqi('o3_8h', 801)}`)
console.log(`O3 8-hour 801 µg/m³, HJ 633-2026: ${iaqi('o3_8h', 801, { standard: 'HJ633-2026' })}`)
