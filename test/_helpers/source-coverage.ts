/**
 * Reading a source text the way the plan tests need it: paragraphs, sentences, and which
 * characters of each sentence a set of quoted clauses covers. Written independently of the plan
 * data so that the tests can hold the data against the source.
 */

/** A sentence of the source, ended by 。；or ！ (the ending mark is not part of `text`). */
export interface Sentence {
  readonly paragraph: number
  readonly text: string
  /** Offset of the first character of `text` in the whole source. */
  readonly start: number
}

/** A half-open range `[start, end)` of offsets in the whole source. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** Offset of the first character of each paragraph (paragraphs are the source's lines). */
export function paragraphOffsets(source: string): number[] {
  const offsets: number[] = []
  let at = 0
  for (const line of source.split('\n')) {
    offsets.push(at)
    at += line.length + 1
  }
  return offsets
}

/** The sentences of the given paragraphs, split after 。；！ and trimmed of white space. */
export function splitSentences(source: string, paragraphs: readonly number[]): Sentence[] {
  const lines = source.split('\n')
  const offsets = paragraphOffsets(source)
  const out: Sentence[] = []
  for (const p of paragraphs) {
    const line = lines[p] ?? ''
    let from = 0
    for (const piece of line.split(/(?<=[。；！])/)) {
      const body = piece.replace(/[。；！]$/, '')
      const lead = body.length - body.trimStart().length
      const text = body.trim()
      if (text) out.push({ paragraph: p, text, start: offsets[p]! + from + lead })
      from += piece.length
    }
  }
  return out
}

/**
 * Where `clause` sits in the source: inside `quote`, which must occur exactly once in the
 * paragraph, and where the clause must occur exactly once. Throws a message naming the problem.
 */
export function locateClause(
  source: string,
  paragraph: number,
  quote: string,
  clause: string,
): Span {
  const line = source.split('\n')[paragraph] ?? ''
  const q = line.indexOf(quote)
  if (q < 0) throw new Error(`quote not in paragraph ${paragraph}: ${quote}`)
  if (line.indexOf(quote, q + 1) >= 0) throw new Error(`quote occurs twice: ${quote}`)
  const c = quote.indexOf(clause)
  if (c < 0) throw new Error(`clause not in its quote: ${clause}`)
  if (quote.indexOf(clause, c + 1) >= 0)
    throw new Error(`clause occurs twice in its quote: ${clause}`)
  const start = paragraphOffsets(source)[paragraph]! + q + c
  return { start, end: start + clause.length }
}

/** Punctuation and spaces carry no action, so they need not be covered. */
const isContent = (ch: string) => !/[\p{P}\p{Z}\s]/u.test(ch)

/** The sentences with at least one content character outside every span. */
export function uncoveredSentences(
  sentences: readonly Sentence[],
  spans: readonly Span[],
): Sentence[] {
  return sentences.filter((s) =>
    s.text.split('').some((ch, i) => {
      const at = s.start + i
      return isContent(ch) && !spans.some((span) => at >= span.start && at < span.end)
    }),
  )
}
