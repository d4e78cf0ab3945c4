/**
 * Last step of `npm run docs`: checks that each language's site holds the standalone reports the
 * sample-report page embeds (typedoc copies files that a page links to into `media/`), and that
 * every page of `pages.ts` exists at the same address in both languages, so that an embedded
 * report never points at a missing file and a language switch never leads nowhere.
 *
 * Usage: tsx scripts/docs/finish.ts
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { GENERATED_DIR, siteDirOf } from './_paths.js'
import { SITE_LANGS } from './_stage.js'
import { SITE_PAGES } from './pages.js'

const missing = SITE_LANGS.flatMap((lang) => {
  const site = siteDirOf(lang)
  const reports = readdirSync(join(GENERATED_DIR, 'reports')).map((f) => join('media', f))
  const pages = SITE_PAGES.map((p) => join('documents', `${p.slug}.html`))
  return [...reports, ...pages, 'index.html']
    .filter((file) => !existsSync(join(site, file)))
    .map((file) => `${lang}: ${file}`)
})
if (missing.length) {
  console.error(`missing from docs/site: ${missing.join(', ')}; link each report from a page`)
  process.exit(1)
}
console.log('docs/site is complete in both languages')
