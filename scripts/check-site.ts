/**
 * Browser check of the built documentation site: serves `docs/site` on a local port, opens every
 * page in headless Chromium, and fails on console errors, failed requests and broken internal
 * links. Saves screenshots of the key pages to `.ci/artifacts/screenshots/` for review.
 *
 * Usage: tsx scripts/check-site.ts [--site docs/site] [--chromium /usr/bin/chromium]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'docs/site' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    screenshots: { type: 'string', default: '.ci/artifacts/screenshots' },
  },
})
const site = resolve(values.site)
if (!existsSync(join(site, 'index.html'))) {
  console.error(`no site at ${site}: run npm run docs first`)
  process.exit(2)
}

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

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

const server = createServer((req, res) => {
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
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const pages = walk(site)
  .filter((f) => f.endsWith('.html'))
  .map((f) => relative(site, f).split('\\').join('/'))
  .sort()
const problems: string[] = []
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
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
const page = await context.newPage()
let current = ''
page.on('console', (msg) => {
  if (msg.type() === 'error')
    problems.push(`${current}: console error: ${msg.text()} ${msg.location().url ?? ''}`)
})
page.on('pageerror', (err) => problems.push(`${current}: page error: ${err.message}`))
page.on('requestfailed', (r) => {
  // A request cut short because the check moved on to the next page is not a defect of the site.
  if (r.failure()?.errorText === 'net::ERR_ABORTED') return
  problems.push(`${current}: request failed: ${r.url()} (${r.failure()?.errorText})`)
})
page.on('response', (r) => {
  if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} for ${r.url()}`)
})

const linkChecked = new Set<string>()
for (const p of pages) {
  current = p
  await page.goto(`${base}/${p}`, { waitUntil: 'load' })
  const hrefs = await page.$$eval('a[href]', (links) =>
    links.map((a) => (a as unknown as { href: string }).href),
  )
  for (const href of hrefs) {
    if (!href.startsWith(base)) continue
    const target = new URL(href).pathname
    if (linkChecked.has(target)) continue
    linkChecked.add(target)
    let file = join(site, decodeURIComponent(target))
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) problems.push(`${p}: broken link to ${target}`)
  }
}

mkdirSync(values.screenshots, { recursive: true })
// The pages reviewers look at: name, page, and how much of it to capture (px; full page up to it).
const SHOTS: readonly (readonly [string, string, number])[] = [
  ['home', 'index.html', 900],
  ['plan', 'documents/The_2022_plan.html', 3200],
  ['sample-report', 'documents/Sample_report.html', 2400],
  ['report', 'media/sample-report-2022-12-31.en.html', 3600],
  ['aqi-categories', 'documents/AQI_categories_and_colours.html', 2400],
]
for (const [name, p, maxHeight] of SHOTS) {
  if (!pages.includes(p)) {
    problems.push(`screenshot ${name}: no page ${p} in the site`)
    continue
  }
  current = p
  await page.goto(`${base}/${p}`, { waitUntil: 'load' })
  await page.waitForTimeout(600) // typedoc shows the page after its script has run
  const height = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } })
        .document.documentElement.scrollHeight,
  )
  await page.screenshot({
    path: join(values.screenshots, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.min(height, maxHeight) },
  })
}
const shots = SHOTS.filter(([, p]) => pages.includes(p))
await browser.close()
server.close()

console.log(
  `checked ${pages.length} pages and ${linkChecked.size} internal links; screenshots: ${shots.map(([n]) => n).join(', ')} in ${values.screenshots}`,
)
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
