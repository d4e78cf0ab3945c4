/**
 * The pages of the documentation site, in the order of its navigation. The site is built twice
 * from this list, in Chinese at `docs/site/` and in English at `docs/site/en/`, and every page has
 * the same address in both (`documents/<slug>.html`), so the language switch of each page points
 * at its twin.
 *
 * **Adding a page in both languages is one line here**: write `docs/guides/<name>.md` (English,
 * with a `title` in its front matter) and `docs/guides/<name>.zh.md` (Chinese, with its Chinese
 * `title`), then add `page('guides/<name>.md')` where it belongs, with the slug of a parent page
 * to nest it under that page (`page('guides/<name>.md', 'methods')`). A page generated when the
 * site is built is written by `prepare.ts` to `docs/generated/<name>.md` and `<name>.zh.md` and
 * listed the same way. Links between pages are written as relative links to the Markdown files
 * (`[methods](./methods.md)`); the build points each at the page in the reader's language.
 *
 * A page without its Chinese file is shown in English in the Chinese site, under a note that
 * says so, and the build lists it; the Chinese file of a committed page that is generated from
 * the code may instead be generated into `docs/generated/<name>.zh.md`.
 */
import { basename } from 'node:path'

/** A page of the site. */
export interface SitePage {
  /** The page's address in both languages: `documents/<slug>.html`. */
  readonly slug: string
  /** The English Markdown file, relative to `docs/`; the Chinese one is `<name>.zh.md` beside it. */
  readonly source: string
  /** The slug of the page it is listed under in the navigation. */
  readonly parent?: string
}

/** A page, named after its file; `parent` nests it under another page. */
export function page(source: string, parent?: string): SitePage {
  return { slug: basename(source, '.md'), source, ...(parent ? { parent } : {}) }
}

/** The home page of each language: `docs/index.md` and `docs/index.zh.md`. */
export const HOME_PAGE: SitePage = { slug: 'index', source: 'index.md' }

// One page a line, in navigation order.
// biome-ignore format: keep one page a line
export const SITE_PAGES: readonly SitePage[] = [
  page('guides/getting-started.md'),
  page('guides/plan-2022.md'),
  page('guides/evaluation.md'),
  page('guides/reachability.md'),
  page('guides/write-a-plan.md'),
  page('guides/methods.md'),
  page('guides/project-decisions.md', 'methods'),
  page('guides/air-quality.md', 'methods'),
  page('generated/aqi.md', 'methods'),
  page('generated/aqi-categories.md', 'methods'),
  page('guides/water-quality.md', 'methods'),
  page('guides/other-rates.md', 'methods'),
  page('guides/rankings.md', 'methods'),
  { slug: 'air-standards', source: '../src/standards/air/snapshot.md', parent: 'methods' },
  { slug: 'water-standards', source: '../src/standards/water/snapshot.md', parent: 'methods' },
  page('guides/cli.md'),
  page('generated/cli-examples.md', 'cli'),
  page('guides/cli-columns.md', 'cli'),
  page('guides/reading-data.md'),
  page('guides/performance.md'),
  page('guides/sample-data.md'),
  page('generated/data-formats.md'),
  page('generated/sample-report.md'),
  page('generated/api.md'),
  page('guides/mutation-testing.md'),
  page('guides/glossary.md'),
]
