import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../_helpers/shared.js'

/** Runs an example program as a user would (`npx tsx examples/…`) and returns its output lines. */
function run(name: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name)], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return out.trimEnd().split('\n')
}

describe('examples/water-section.ts', () => {
  it('prints the classes worked by hand', () => {
    expect(run('water-section.ts')).toEqual([
      // pH 7.9 Ⅰ; DO 6.4 ≥ 6 Ⅱ; CODMn 5.2 ≤ 6 Ⅲ; COD 18 ≤ 20 Ⅲ; BOD5 3.5 ≤ 4 Ⅲ; NH3N 0.62 ≤ 1.0 Ⅲ;
      // river TP 0.08 ≤ 0.1 Ⅱ → Ⅲ 良好, decided by the four Ⅲ items in Table 1 order.
      'river: Ⅲ 良好 (deciding: CODMn, COD, BOD5, NH3N)',
      // TN has no river limit; fecal coliform 2400 ≤ 10000 is Ⅲ, neither counts.
      '  reference, not counted: TN no class, fecalColiform Ⅲ',
      // lake TP 0.08 > 0.05 (Ⅲ), ≤ 0.1 → Ⅳ 轻度污染; multiple (0.08 − 0.05) / 0.05 = 0.6.
      'lake: Ⅳ 轻度污染 (deciding: TP)',
      '  exceeds class Ⅲ: TP 0.08 > 0.05, multiple 0.6',
      // lake TN 1.9 > 1.5, ≤ 2.0 → Ⅴ, still not counted.
      '  reference, not counted: TN Ⅴ, fecalColiform Ⅲ',
      // 5+X with X = COD leaves BOD5 out; the Ⅲ items left are CODMn, COD, NH3N.
      '5+X (X = COD): Ⅲ, deciding CODMn, COD, NH3N; not in the list: BOD5',
    ])
  })
})

describe('examples/water-section-set.ts', () => {
  it('prints the annual classes and the set ratios worked by hand', () => {
    expect(run('water-section-set.ts')).toEqual([
      'A: Ⅲ (4 samplings)', // TP (0.1+0.2+0.2+0.1)/4 = 0.15 ≤ 0.2; NH3N 0.4 ≤ 0.5 (Ⅱ)
      'B: Ⅳ (4 samplings)', // TP (0.3+0.3+0.2+0.2)/4 = 0.25 ≤ 0.3
      'C: Ⅲ (4 samplings)', // lake TP (0.04+0.06+0.05+0.05)/4 = 0.05, exactly the lake Ⅲ limit
      'D: 劣Ⅴ (4 samplings)', // NH3N (2.5+2.1+1.9+1.9)/4 = 2.1 > 2.0
      'E: driedUp (0 samplings)',
      'F: Ⅱ (4 samplings)', // CODMn (3+3.5+4.5+5)/4 = 4, exactly the Ⅱ limit
      'G: Ⅰ (4 samplings)', // DO 8 ≥ 7.5; TP (0.02+0.02+0.01+0.03)/4 = 0.02 ≤ 0.02
      'sections with data: 6; excluded: E (driedUp)',
      'Ⅰ–Ⅲ: 4/6 = 66.7 %', // A, C, F, G; 66.666… rounds to 66.7
      '劣Ⅴ: 1/6 = 16.7 %', // D
      // 6 ≥ 5 sections: Ⅰ–Ⅲ 66.7 % < 75 % and 劣Ⅴ 16.7 % < 20 % → 轻度污染.
      'status (classShares): 轻度污染',
    ])
  })
})

describe('examples/water-drinking-sources.ts', () => {
  it('prints the source verdicts and ratios worked by hand', () => {
    expect(run('water-drinking-sources.ts')).toEqual([
      'annualMean:',
      // S1 means: DO 7.9 Ⅰ, CODMn 2.7 Ⅱ, NH3N 0.25 Ⅱ, lake TP 0.03 Ⅲ; Fe 0.15 ≤ 0.3, Mn 0.065 ≤ 0.1,
      // chloroform 0.004 ≤ 0.06.
      '  S1: meets Ⅲ',
      // S2 means: nitrate 19 ≤ 20, hardness 400 ≤ 450, NH3N 0.15 ≤ 0.5, F 0.85 ≤ 1.0.
      '  S2: meets Ⅲ',
      '  S3: fails (F)', // F 1.3 > 1.0 (Ⅳ)
      '  excluded: S4 (noData)',
      '  by count: 2/3 = 66.7 %',
      '  by volume: 950/1000 = 95.0 %', // (800 + 150) / (800 + 150 + 50)
      'everySampling:',
      '  S1: meets Ⅲ',
      '  S2: fails (nitrate)', // October nitrate 26 > 20
      '  S3: fails (F)',
      '  excluded: S4 (noData)',
      '  by count: 1/3 = 33.3 %',
      '  by volume: 800/1000 = 80.0 %',
    ])
  })
})

describe('examples/water-lake-trophic.ts', () => {
  it('prints the trophic state and the main pollutants worked by hand', () => {
    expect(run('water-lake-trophic.ts')).toEqual([
      // Σ r² TLI(j) = 188.28910538 over Σ r² = 3.7558 → 50.13 (see the trophicLevelIndex test).
      'TLI(Σ) 50.1: 轻度富营养 (Light eutrophic)',
      // without SD: 153.03120338 / 3.0669 = 49.90 → 中营养 (30 ≤ 49.9 ≤ 50).
      'without SD: 49.9 中营养, weights over 4 parameters',
      'withheld without SD: missingParameters',
      // COD 32: Ⅴ, (32 − 20)/20 = 0.6; CODMn 9.8: Ⅳ, (9.8 − 6)/6 = 0.633; lake TP 0.08: Ⅳ,
      // (0.08 − 0.05)/0.05 = 0.6: worst class first, then the larger multiple.
      'section: Ⅴ 中度污染; main pollutants: 化学需氧量(0.6)、高锰酸盐指数(0.6)、总磷(0.6)',
    ])
  })
})
