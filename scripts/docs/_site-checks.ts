/**
 * The checks `npm run docs:check` makes on each page of the built site, as functions that run
 * in the browser (`page.evaluate`), and the small static server the check serves the site from.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.jsonl': 'text/plain; charset=utf-8',
}

/** A static server of the site folder. */
export function serveSite(site: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = join(site, path)
    if (!file.startsWith(site)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
}

/** What a page holds for the link check: its links and the ids its anchors can point at. */
export interface PageFacts {
  readonly hrefs: readonly string[]
  readonly ids: readonly string[]
}

// The functions below run in the browser: they may use only the page's own globals.
type El = {
  id: string
  tagName: string
  childNodes: ArrayLike<El & { nodeType: number; textContent: string | null }>
  getBoundingClientRect(): { left: number; right: number; width: number }
  className: unknown
  closest(selector: string): El | null
  parentElement: El | null
}
type Doc = {
  querySelectorAll(selector: string): ArrayLike<El & { href?: string }>
  documentElement: { scrollWidth: number; clientWidth: number; lang: string }
  body: El
}

/** The page's links and element ids. */
export function pageFacts(): PageFacts {
  const doc = (globalThis as unknown as { document: Doc }).document
  return {
    hrefs: Array.from(doc.querySelectorAll('a[href]')).map((a) => a.href ?? ''),
    ids: Array.from(doc.querySelectorAll('[id]')).map((e) => e.id),
  }
}

/**
 * The content that sticks out of the window on the right: elements of the page's content (the
 * content column of a typedoc page, else the body) whose right edge is past the window and that
 * are neither inside a box that scrolls or clips on its own (a wide table or code block that
 * scrolls is fine) nor fixed (typedoc's menu waits off-screen on a phone). A reader would see
 * such content cut off, or the whole page scroll sideways.
 */
export function horizontalOverflow(): {
  readonly by: number
  readonly culprits: readonly string[]
} {
  const g = globalThis as unknown as {
    document: Doc & { querySelector(s: string): El | null }
    getComputedStyle(e: El): { position: string; overflowX: string }
  }
  const doc = g.document
  const width = doc.documentElement.clientWidth
  const root = doc.querySelector('.col-content') ? '.col-content' : 'body'
  let by = 0
  const culprits: string[] = []
  for (const e of Array.from(doc.querySelectorAll(`${root} *`))) {
    const right = e.getBoundingClientRect().right
    if (right <= width + 1) continue
    let contained = false
    for (let a: El | null = e; a && a !== doc.body; a = a.parentElement) {
      const style = g.getComputedStyle(a)
      if (style.position === 'fixed' || (a !== e && style.overflowX !== 'visible')) {
        contained = true
        break
      }
    }
    if (contained) continue
    by = Math.max(by, Math.ceil(right - width))
    const name = `${e.tagName.toLowerCase()}${typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : ''}`
    if (culprits.length < 3 && !culprits.includes(name)) culprits.push(name)
  }
  return { by, culprits }
}

/**
 * Spaces between two Chinese characters in the page's text (outside code): what a line break
 * inside a Chinese sentence of the Markdown becomes once rendered (`年度中途 判断`); and bold
 * markers left as text (`**输入。**任一`, which Markdown does not close before a Chinese letter).
 */
export function spacesInChinese(): readonly string[] {
  const doc = (globalThis as unknown as { document: Doc }).document
  const cjk = '[\\u3400-\\u9fff，。；：、（）《》“”]'
  const gap = new RegExp(`${cjk}[ \\t\\n\\r]+${cjk}`)
  // Code, and blocks nested in the element, which are checked on their own.
  const NOT_INLINE = [
    'BR',
    'CODE',
    'PRE',
    'SCRIPT',
    'STYLE',
    'svg',
    'UL',
    'OL',
    'TABLE',
    'P',
    'DIV',
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'SECTION',
    'DETAILS',
    'BLOCKQUOTE',
  ]
  const found: string[] = []
  for (const e of Array.from(
    doc.querySelectorAll(
      '.col-content p, .col-content li, .col-content td, .col-content th, .col-content h1, .col-content h2, .col-content h3, .col-content h4, .col-content summary',
    ),
  )) {
    // The element's own text. (No inner function: the page cannot see the build's helpers.)
    let text = ''
    const stack = Array.from(e.childNodes).reverse()
    while (stack.length) {
      const c = stack.pop()
      if (!c) break
      if (c.nodeType === 3) text += c.textContent ?? ''
      else if (NOT_INLINE.includes(c.tagName)) text += ' x '
      else stack.push(...Array.from(c.childNodes).reverse())
    }
    const m = gap.exec(text)
    if (m) found.push(m[0].replace(/\s+/g, '␣'))
    // Emphasis that Markdown could not close next to Chinese punctuation shows its asterisks.
    const stars = /.{0,6}\*\*.{0,6}/.exec(text)
    if (stars) found.push(stars[0])
  }
  return [...new Set(found)]
}
