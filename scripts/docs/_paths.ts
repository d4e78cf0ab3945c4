import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the build writes the generated pages and assets (git-ignored). */
export const GENERATED_DIR = join(ROOT, 'docs', 'generated')

/** Where typedoc writes the site (git-ignored). */
export const SITE_DIR = join(ROOT, 'docs', 'site')

/** The output folder of a language: the root for Chinese, `en/` for English. */
export function siteDirOf(lang: 'zh' | 'en'): string {
  return lang === 'zh' ? SITE_DIR : join(SITE_DIR, 'en')
}
