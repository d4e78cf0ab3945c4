/**
 * Chinese typography of the Markdown pages. A line break inside a paragraph is a space once the
 * page is rendered, and a space between two Chinese characters is a typo (`年度中途 判断`). The
 * sources wrap lines for review, so the break is removed where both sides are Chinese; between
 * Chinese and Latin text it stays a space, as the pages write it (`命令行工具 eco-targets 直接`).
 */

/** Chinese characters, CJK and full-width punctuation, and the roman class numerals Ⅰ–Ⅻ. */
export const CJK_CLASS =
  '[\\u2160-\\u217f\\u2e80-\\u2eff\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’…—]'
const CJK = new RegExp(CJK_CLASS)

/** Whether a character is Chinese text or Chinese punctuation. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char)
}

/** Markup a line of running text may start with before its first character. */
const LEADING_MARKUP = /^(?:\*\*?|__?|\[|!\[)+/

/** A line that starts a block of its own, so that it never continues the line before it. */
function startsBlock(line: string): boolean {
  return (
    /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||```|~~~|<|\{@|---\s*$)/.test(line) || line.trim() === ''
  )
}

/** The text of a line without a block-quote marker, and the marker. */
function splitQuote(line: string): [string, string] {
  const m = /^(\s*>\s?)(.*)$/.exec(line)
  return m ? [m[1] ?? '', m[2] ?? ''] : ['', line]
}

/**
 * Joins the lines of a paragraph, list item or quote where a line ends and the next begins with
 * Chinese text, so that no space appears between them; fenced code and tables are left alone.
 *
 * @param markdown - a page's Markdown
 * @returns the Markdown with those line breaks removed
 */
export function joinCjkLines(markdown: string): string {
  const out: string[] = []
  let fence: string | null = null
  let previousJoinable = false
  for (const line of markdown.split('\n')) {
    const opens = /^\s*(```+|~~~+)/.exec(line)
    if (fence !== null) {
      if (opens?.[1]?.startsWith(fence)) fence = null
      out.push(line)
      previousJoinable = false
      continue
    }
    if (opens) {
      fence = opens[1] ?? '```'
      out.push(line)
      previousJoinable = false
      continue
    }
    const [quote, text] = splitQuote(line)
    const last = out.length - 1
    const before = out[last]
    if (previousJoinable && before !== undefined && !startsBlock(text)) {
      const [beforeQuote] = splitQuote(before)
      const first = text.trimStart().replace(LEADING_MARKUP, '')[0]
      const end = before.trimEnd().at(-1)
      if ((beforeQuote !== '') === (quote !== '') && isCjk(end) && isCjk(first)) {
        out[last] = `${before.trimEnd()}${text.trimStart()}`
        continue
      }
    }
    out.push(line)
    previousJoinable = !/^\s*\|/.test(line) && line.trim() !== '' && !/^\s*#{1,6}\s/.test(line)
  }
  return out.join('\n')
}
