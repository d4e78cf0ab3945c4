/**
 * Last step of `npm run docs`: checks that the standalone pages the site embeds were copied by
 * typedoc (it copies files that a page links to into `media/`), so that an embedded sample
 * report can never point at a missing file.
 *
 * Usage: tsx scripts/docs/finish.ts
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { GENERATED_DIR, SITE_DIR } from './_paths.js'

const missing = readdirSync(join(GENERATED_DIR, 'reports')).filter(
  (file) => !existsSync(join(SITE_DIR, 'media', file)),
)
if (missing.length) {
  console.error(`not in docs/site/media: ${missing.join(', ')}; link each report from a page`)
  process.exit(1)
}
console.log('docs/site is complete')
