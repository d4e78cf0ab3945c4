/**
 * Browser check of the built documentation site, in both languages: serves `docs/site` on a
 * local port and opens every page (the Chinese site at the root, the English one in `en/`) in
 * headless Chromium at desktop (1280 px) and phone (390 px) widths. Fails on console errors,
 * failed requests, broken internal links and anchors, a page wider than a phone's screen, a
 * space between two Chinese characters in a Chinese page, and a language switch that does not
 * lead to the page's twin or forgets the reader's choice. Saves screenshots of the key pages in
 * both languages and widths to `.ci/artifacts/screenshots/` for review.
 *
 * Usage: tsx scripts/check-site.ts [--site docs/site] [--chromium /usr/bin/chromium] [--only TEXT]
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type Browser, chromium, type Page } from 'playwright-core'
import {
  horizontalOverflow,
  type PageFacts,
  pageFacts,
  serveSite,
  spacesInChinese,
} from './docs/_site-checks.js'

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'docs/site' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    screenshots: { type: 'string', default: '.ci/artifacts/screenshots' },
    // Only the pages whose path contains this text (for a quick look while working on a page).
    only: { type: 'string', default: '' },
  },
})
const site = resolve(values.site)
if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'en', 'index.html'))) {
  console.error(`no site in both languages at ${site}: run npm run docs first`)
  process.exit(2)
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

const server = serveSite(site)
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const pages = walk(site)
  .filter((f) => f.endsWith('.html') && f.includes(values.only))
  .map((f) => relative(site, f).split('\\').join('/'))
  .sort()
const isChinese = (p: string) => !p.startsWith('en/') && !p.endsWith('.en.html')

const WIDTHS = { desktop: 1280, phone: 390 } as const
type Width = keyof typeof WIDTHS
const problems: string[] = []
/** The pages also looked at a phone's width. */
let atPhone = 0
const facts = new Map<string, PageFacts>()

async function openPage(
  browser: Browser,
  width: Width,
): Promise<{ page: Page; at: { url: string } }> {
  const context = await browser.newContext({ viewport: { width: WIDTHS[width], height: 900 } })
  const page = await context.newPage()
  const at = { url: '' }
  const where = () => `${at.url} (${width})`
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${where()}: console error: ${msg.text()}`)
  })
  page.on('pageerror', (err) => problems.push(`${where()}: page error: ${err.message}`))
  page.on('requestfailed', (r) => {
    // A request cut short because the check moved on to the next page is not a defect of the site.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return
    problems.push(`${where()}: request failed: ${r.url()} (${r.failure()?.errorText})`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${where()}: HTTP ${r.status()} for ${r.url()}`)
  })
  return { page, at }
}

/**
 * Whether a page is also looked at a phone's width: every written page (the home pages, the
 * guides, the modules, the reports), and one API page in eight, since the API pages of a kind
 * share typedoc's one template. The narrow layout is the slow part of a visit (the page is laid
 * out again twice), and the API pages are most of the site.
 */
function atPhoneWidth(p: string, i: number): boolean {
  const path = p.replace(/^en\//, '')
  const api = /^(functions|variables|types|interfaces|classes|enums)\//.test(path)
  return !api || i % 8 === 0
}

/**
 * Visits pages at desktop width (console, requests, links, Chinese spacing), then narrows the
 * window to a phone's and looks for content that sticks out.
 */
async function visit(browser: Browser, list: readonly string[]): Promise<void> {
  const { page, at } = await openPage(browser, 'desktop')
  for (const [i, p] of list.entries()) {
    at.url = p
    await page.setViewportSize({ width: WIDTHS.desktop, height: 900 })
    await page.goto(`${base}/${p}`, { waitUntil: 'load' })
    facts.set(p, await page.evaluate(pageFacts))
    // The pages written in Chinese: the home page and the documents (the API's comments are English).
    if (isChinese(p) && (p === 'index.html' || p.startsWith('documents/'))) {
      const gaps = await page.evaluate(spacesInChinese)
      if (gaps.length)
        problems.push(
          `${p}: spaces between Chinese characters or stray **: ${gaps.slice(0, 5).join(' ')}`,
        )
    }
    if (!atPhoneWidth(p, i)) continue
    atPhone++
    await page.setViewportSize({ width: WIDTHS.phone, height: 900 })
    const o = await page.evaluate(horizontalOverflow)
    if (o.by > 0)
      problems.push(
        `${p} (phone): content ${o.by} px past the screen's edge: ${o.culprits.join(', ')}`,
      )
  }
  await page.context().close()
}

function checkLinks(): number {
  const seen = new Set<string>()
  for (const [p, { hrefs }] of facts) {
    for (const href of hrefs) {
      if (!href.startsWith(base)) continue
      const url = new URL(href)
      const target = decodeURIComponent(url.pathname).replace(/^\//, '') || 'index.html'
      const key = `${target}${url.hash}`
      if (seen.has(key)) continue
      seen.add(key)
      let file = join(site, target)
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
      if (!existsSync(file)) {
        problems.push(`${p}: broken link to /${target}`)
        continue
      }
      const id = decodeURIComponent(url.hash.slice(1))
      const linked = relative(site, file).split('\\').join('/')
      // typedoc's class hierarchy page builds its anchors in the browser, after the page loads.
      if (linked.endsWith('hierarchy.html')) continue
      const ids = facts.get(linked)?.ids
      if (id && ids && !ids.includes(id))
        problems.push(`${p}: link to a missing anchor /${target}${url.hash}`)
    }
  }
  return seen.size
}

/** The language switch leads to the twin page, and the choice is kept for the next page. */
async function checkLanguageChoice(browser: Browser): Promise<void> {
  const { page, at } = await openPage(browser, 'desktop')
  const path = () => new URL(page.url()).pathname
  at.url = 'language switch'
  await page.goto(`${base}/documents/plan-2022.html`)
  await page.click('nav.lang-switch a[hreflang="en"]')
  await page.waitForURL('**/en/documents/plan-2022.html')
  await page.goto(`${base}/index.html`)
  await page.waitForURL('**/en/index.html')
  if (path() !== '/en/index.html')
    problems.push(`language switch: the English choice was not kept (${path()})`)
  await page.click('nav.lang-switch a[hreflang="zh"]')
  await page.waitForURL(`${base}/index.html`)
  await page.goto(`${base}/en/modules/air.html`)
  await page.waitForURL(`${base}/modules/air.html`)
  if (path() !== '/modules/air.html')
    problems.push(`language switch: the Chinese choice was not kept (${path()})`)
  await page.context().close()
}

// The pages reviewers look at: name, page, and how much of it to capture (px; full page up to it).
const SHOTS: readonly (readonly [string, string, number])[] = [
  ['home', 'index.html', 2400],
  ['plan', 'documents/plan-2022.html', 3200],
  ['sample-report', 'documents/sample-report.html', 2600],
  ['report', 'media/sample-report-2022-12-31.zh.html', 3600],
  ['aqi-categories', 'documents/aqi-categories.html', 2400],
  ['cli-examples', 'documents/cli-examples.html', 2400],
  ['api', 'documents/api.html', 1600],
  ['module-air', 'modules/air.html', 1600],
]

async function screenshots(browser: Browser): Promise<number> {
  mkdirSync(values.screenshots, { recursive: true })
  let count = 0
  for (const width of ['desktop', 'phone'] as const) {
    const { page, at } = await openPage(browser, width)
    for (const [name, p, maxHeight] of SHOTS) {
      for (const lang of ['zh', 'en'] as const) {
        const path =
          lang === 'zh' ? p : p.startsWith('media/') ? p.replace('.zh.html', '.en.html') : `en/${p}`
        if (!pages.includes(path)) {
          if (!values.only) problems.push(`screenshot ${name}: no page ${path} in the site`)
          continue
        }
        at.url = path
        await page.goto(`${base}/${path}`, { waitUntil: 'load' })
        await page.waitForTimeout(600) // typedoc shows the page after its script has run
        const height = await page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } })
              .document.documentElement.scrollHeight,
        )
        await page.screenshot({
          path: join(values.screenshots, `${name}.${lang}.${width}.png`),
          clip: { x: 0, y: 0, width: WIDTHS[width], height: Math.min(height, maxHeight) },
          fullPage: true,
        })
        count++
      }
    }
    await page.context().close()
  }
  return count
}

const browser = await chromium.launch({
  executablePath: values.chromium,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
})
// Two windows in parallel, each with half of the pages: the machine's two cores.
await Promise.all(
  [0, 1].map((half) =>
    visit(
      browser,
      pages.filter((_, i) => i % 2 === half),
    ),
  ),
)
const links = checkLinks()
await checkLanguageChoice(browser)
const shots = await screenshots(browser)
await browser.close()
server.close()

console.log(
  `checked ${pages.length} pages (${pages.filter(isChinese).length} Chinese) at ${WIDTHS.desktop} px and ${atPhone} of them at ${WIDTHS.phone} px, ${links} internal links; ${shots} screenshots in ${values.screenshots}`,
)
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
