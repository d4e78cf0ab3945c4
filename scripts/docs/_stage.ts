/**
 * Staging of the site's pages: for each language, every page of `pages.ts` is written to
 * `docs/generated/site/<lang>/<slug>.md` with its front matter completed (title, slug, the
 * children of the navigation), its `{@include}`s expanded, its relative links pointed at the
 * staged page of the same language (or, for files, at the file itself), and its Chinese line
 * breaks joined. typedoc then builds each language from its staged folder.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Lang } from '../../src/index.js'
import { joinCjkLines } from './_typography.js'
import { HOME_PAGE, SITE_PAGES, type SitePage } from './pages.js'

/** The Chinese site and the English one: `zh` at the root, `en` below it. */
export const SITE_LANGS: readonly Lang[] = ['zh', 'en']

/** Where the pages of a language are staged, under the generated folder. */
export function stagedDir(generatedDir: string, lang: Lang): string {
  return join(generatedDir, 'site', lang)
}

/** A Markdown file's front matter fields (strings and lists of strings) and its body. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text)
  if (!m) return { fields: {}, body: text }
  const fields: Record<string, string> = {}
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line)
    if (kv?.[1] && kv[2] !== undefined && kv[2] !== '') {
      const value = kv[2].trim()
      fields[kv[1]] = /^".*"$/.test(value) ? (JSON.parse(value) as string) : value
    }
  }
  return { fields, body: text.slice(m[0].length) }
}

/** Where a page's text in a language is read from, and the language it is really in. */
export interface PageSource {
  readonly file: string
  readonly lang: Lang
}

/**
 * The file of a page in a language: the English file, or for Chinese the `.zh.md` beside it,
 * else one generated into `docs/generated/`; a page without it falls back to the other language.
 */
export function pageSource(page: SitePage, lang: Lang, docsDir: string): PageSource {
  const en = join(docsDir, page.source)
  const zhFiles = [en.replace(/\.md$/, '.zh.md'), join(docsDir, 'generated', `${page.slug}.zh.md`)]
  const zh = zhFiles.find((f) => existsSync(f))
  if (lang === 'zh') return zh ? { file: zh, lang: 'zh' } : { file: en, lang: 'en' }
  return existsSync(en) || !zh ? { file: en, lang: 'en' } : { file: zh, lang: 'zh' }
}

/** The staged file each source file of any language is published as (its slug). */
function pageOfFile(docsDir: string): Map<string, SitePage> {
  const map = new Map<string, SitePage>()
  for (const p of [HOME_PAGE, ...SITE_PAGES]) {
    for (const lang of SITE_LANGS) map.set(pageSource(p, lang, docsDir).file, p)
    map.set(join(docsDir, p.source), p)
  }
  return map
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|#|\/|\{@)/i

/**
 * Points the relative links of a file's Markdown at their staged pages, or at the files they
 * name, from the staging folder.
 *
 * @throws Error naming the file and the link when a link points at a file that does not exist
 */
export function rewriteLinks(
  markdown: string,
  fromFile: string,
  stagingDir: string,
  pages: ReadonlyMap<string, SitePage>,
): string {
  return markdown.replace(/(\]\()([^)\s]+)((?:\s+"[^"]*")?\))/g, (whole, open, target, close) => {
    if (EXTERNAL.test(target)) return whole
    const [path = '', hash] = (target as string).split('#')
    const file = resolve(dirname(fromFile), decodeURI(path))
    const linked = pages.get(file)
    const anchor = hash === undefined ? '' : `#${hash}`
    if (linked) return `${open}./${linked.slug}.md${anchor}${close}`
    if (!existsSync(file)) {
      throw new Error(`${relative(process.cwd(), fromFile)}: the link ${target} names no file`)
    }
    return `${open}${relative(stagingDir, file).split('\\').join('/')}${anchor}${close}`
  })
}

/** Expands `{@include path}` lines with the included file, its links rewritten for the stage. */
function expandIncludes(
  markdown: string,
  fromFile: string,
  stagingDir: string,
  pages: ReadonlyMap<string, SitePage>,
): string {
  return markdown.replace(/^\{@include\s+([^}\s]+)\s*\}$/gm, (_, path: string) => {
    const file = resolve(dirname(fromFile), path)
    if (!existsSync(file)) throw new Error(`${fromFile}: {@include ${path}} names no file`)
    const included = readFileSync(file, 'utf8').replace(/\n$/, '')
    return expandIncludes(rewriteLinks(included, file, stagingDir, pages), file, stagingDir, pages)
  })
}

/** The note a page carries when it is shown in the other language. */
export const UNTRANSLATED_NOTE: Readonly<Record<Lang, string>> = {
  zh: '> 本页暂无中文版，以下为英文原文。',
  en: '> This page is not yet available in English; the Chinese text follows.',
}

/** A staged page: its path under the staging folder and its text. */
export interface StagedPage {
  readonly path: string
  readonly content: string
  /** The page is shown in the other language (no translation yet). */
  readonly untranslated: boolean
}

/**
 * Stages one page in one language.
 *
 * @throws Error naming the page when its file is missing or has no title
 */
export function stagePage(
  page: SitePage,
  lang: Lang,
  docsDir: string,
  stagingDir: string,
): StagedPage {
  const source = pageSource(page, lang, docsDir)
  if (!existsSync(source.file)) throw new Error(`page ${page.slug}: no file ${source.file}`)
  const pages = pageOfFile(docsDir)
  const { fields, body } = splitFrontMatter(readFileSync(source.file, 'utf8'))
  const title = fields.title
  if (page !== HOME_PAGE && !title) throw new Error(`${source.file}: no title in the front matter`)
  const children = SITE_PAGES.filter((p) => p.parent === page.slug)
  const front = [
    '---',
    ...(title ? [`title: ${JSON.stringify(title)}`] : []),
    `slug: ${JSON.stringify(page.slug)}`,
    ...(children.length ? ['children:', ...children.map((c) => `  - ./${c.slug}.md`)] : []),
    '---',
  ]
  let text = expandIncludes(
    rewriteLinks(body, source.file, stagingDir, pages),
    source.file,
    stagingDir,
    pages,
  )
  const untranslated = source.lang !== lang
  // The note goes under the page's heading, where the reader starts.
  if (untranslated) {
    text = text.replace(/^(\s*# .*\n)?/, (h) => `${h}\n${UNTRANSLATED_NOTE[lang]}\n\n`)
  }
  return {
    path: `${page.slug}.md`,
    content: `${front.join('\n')}\n\n${joinCjkLines(text).replace(/\n*$/, '\n')}`,
    untranslated,
  }
}

/** Every page of the site in one language, the home page first. */
export function stageSite(lang: Lang, docsDir: string, stagingDir: string): StagedPage[] {
  return [HOME_PAGE, ...SITE_PAGES].map((p) => stagePage(p, lang, docsDir, stagingDir))
}
