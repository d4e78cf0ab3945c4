/**
 * Finds the words in Latin letters that a Chinese reader would meet in a Chinese output, after
 * what Chinese texts write in Latin letters too: ids and code in code spans, units (µg/m³,
 * mg/L), standard numbers (HJ 633, GB 3095, GB/T 8170), pollutant formulas and indices (SO2,
 * PM2.5, NH3-N, AQI, IAQI, TLI), water terms as the standards write them (叶绿素a, 5+X), ASCII
 * roman class numerals, the product's name and the variables of the farmland formula
 * (B + C + D) / E.
 */

/** What the words are checked in: Markdown (code spans ignored), HTML (tags and code ignored) or plain text. */
export type TextFormat = 'markdown' | 'html' | 'text'

const REMOVED: readonly RegExp[] = [
  // units: µ (U+00B5) and μ (U+03BC), ³ and 3
  /[µμu]g\/(?:m[³3]|L)/g,
  /mg\/(?:m[³3]|L)/g,
  /\bkm²/g,
  /\bSHA-256\b/g,
  // standard numbers: HJ 633-2012, GB 3095, GB/T 8170-2008, GB/T 14848
  /\b(?:GB\/T|GB|HJ)\s?\d+(?:\.\d+)?(?:-\d{4})?/g,
  // water terms as the standards write them: chlorophyll a (GB 3838, 总站生字〔2001〕090号) and
  // the 5+X indicator list (环办监测函〔2020〕714号)
  /叶绿素a/g,
  /\b5\+X\b/g,
  // the farmland safe-use formula of its accounting method
  /\(?B\s?\+\s?C\s?\+\s?D\)?\s?\/\s?E/g,
  // the product
  /\beco-targets\b/g,
]

const ALLOWED = new Set([
  // pollutants and indices as the standards write them
  'SO2',
  'NO2',
  'NOx',
  'CO',
  'O3',
  'PM10',
  'PM2.5',
  'COD',
  'CODMn',
  'NH3-N',
  'TP',
  'TN',
  'VOCs',
  'AQI',
  'IAQI',
  'TLI',
  'pH',
  // ASCII roman numerals of the water classes
  'I',
  'II',
  'III',
  'IV',
  'V',
])

function stripMarkdown(text: string): string {
  return text
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/(`+)[^`]*?\1/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/^---\n[\s\S]*?\n---\n/, ' ')
    .replace(/\{@\w+ [^}]*\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<code\b[\s\S]*?<\/code>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&\w+;/g, ' ')
}

function stripHtml(text: string): string {
  return text
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<code\b[\s\S]*?<\/code>/gi, ' ')
    .replace(/<!doctype[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(amp|lt|gt|quot|nbsp);/g, ' ')
}

/**
 * The Latin words of a text that are not on the allow-list, each once, in order of appearance.
 *
 * @param text - the output
 * @param format - how to read it; code spans and HTML tags are not text a reader reads
 * @param also - more words the text may hold (the technical terms of a documentation page)
 */
export function latinWords(
  text: string,
  format: TextFormat,
  also: ReadonlySet<string> = new Set(),
): string[] {
  let plain =
    format === 'markdown' ? stripMarkdown(text) : format === 'html' ? stripHtml(text) : text
  // subscript digits as the standards print formulas: SO₂, O₃
  plain = plain.replace(/[₀-₉]/g, (d) => String(d.charCodeAt(0) - 0x2080))
  for (const re of REMOVED) plain = plain.replace(re, ' ')
  const words = plain.match(/[A-Za-z][A-Za-z0-9]*(?:[.\-/][A-Za-z0-9]+)*/g) ?? []
  return [...new Set(words.filter((w) => !ALLOWED.has(w) && !also.has(w)))]
}

/**
 * Each line of a text that holds a Latin word off the allow-list, with the words, for a test
 * failure that shows where the English is.
 */
export function latinLines(
  text: string,
  format: TextFormat,
  also: ReadonlySet<string> = new Set(),
): { readonly line: string; readonly words: readonly string[] }[] {
  // Front matter and fenced code span lines: taken out before the text is read line by line.
  const body =
    format === 'markdown'
      ? text
          .replace(/^---\n[\s\S]*?\n---\n/, '')
          .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
      : text
  const blocks =
    format === 'html' ? body.split(/(?=<(?:tr|li|p|h\d|footer|title)\b)/) : body.split('\n')
  return blocks.flatMap((line) => {
    const words = latinWords(line, format, also)
    return words.length ? [{ line: line.slice(0, 200), words }] : []
  })
}
