/**
 * What the two builds of the site add to typedoc: a router that gives every document the same
 * address in both languages (`documents/<slug>.html`, from the staged front matter), the
 * language switch on every page with the reader's choice kept in `localStorage`, the
 * `hreflang` alternates, and, in Chinese, the Chinese summary of each module of the API
 * reference and Chinese names for its categories.
 */
import {
  type Application,
  Converter,
  DocumentReflection,
  JSX,
  KindRouter,
  type ProjectReflection,
  type Reflection,
  RendererEvent,
  type RouterTarget,
} from 'typedoc'
import type { Lang } from '../../src/index.js'
import { CJK_CLASS } from './_typography.js'
import { CATEGORIES_ZH, MODULE_SUMMARIES_ZH } from './api-zh.js'

/** The name of the router the builds use. */
export const ROUTER_NAME = 'eco-targets-slugs'

/** The key under which the reader's language is kept in `localStorage`. */
export const LANG_STORAGE_KEY = 'eco-targets.lang'

/** Routes documents to `documents/<slug>.html` when the staged front matter names a slug. */
export class SlugRouter extends KindRouter {
  protected override getIdealBaseName(reflection: RouterTarget): string {
    if (reflection instanceof DocumentReflection) {
      const slug = reflection.frontmatter.slug
      if (typeof slug === 'string') return `documents/${slug}`
    }
    return super.getIdealBaseName(reflection as Reflection)
  }
}

/** The address of a page's twin in the other language, from the site root of `lang`. */
export function twinUrl(url: string, lang: Lang): string {
  return lang === 'zh' ? `en/${url}` : `../${url}`
}

const NAMES: Readonly<Record<Lang, string>> = { zh: '中文', en: 'English' }

/** The script that sends a reader who chose the other language to this page's twin. */
export function preferenceScript(lang: Lang, twin: string): string {
  const key = JSON.stringify(LANG_STORAGE_KEY)
  return `try{var l=localStorage.getItem(${key});if(l&&l!==${JSON.stringify(lang)})location.replace(${JSON.stringify(twin)}+location.hash)}catch(e){}`
}

/** Renames the categories of the API reference into Chinese, everywhere they are listed. */
function renameCategories(project: ProjectReflection): void {
  for (const reflection of [project, ...Object.values(project.reflections)]) {
    const containers = reflection as {
      categories?: { title: string }[]
      groups?: { categories?: { title: string }[] }[]
    }
    for (const c of [
      ...(containers.categories ?? []),
      ...(containers.groups ?? []).flatMap((g) => g.categories ?? []),
    ]) {
      c.title = CATEGORIES_ZH[c.title] ?? c.title
    }
  }
}

const CJK_BREAK = new RegExp(`(${CJK_CLASS})\\n[ \\t]*(?=${CJK_CLASS})`, 'g')

/**
 * Removes the line breaks between two Chinese characters in the API's comments (a TSDoc line
 * that wraps inside a Chinese term, `环办〔2011〕22号` then `二`), which would read as a space.
 */
function joinCjkInComments(project: ProjectReflection): void {
  for (const reflection of Object.values(project.reflections)) {
    const comment = reflection.comment
    if (!comment) continue
    for (const part of [...comment.summary, ...comment.blockTags.flatMap((t) => t.content)]) {
      if (part.kind === 'text') part.text = part.text.replace(CJK_BREAK, '$1')
    }
  }
}

/** Puts the Chinese summary of each entry module above its English comment. */
function summariseModulesInChinese(project: ProjectReflection): void {
  for (const module of project.children ?? []) {
    const zh = MODULE_SUMMARIES_ZH[module.name]
    if (!zh)
      throw new Error(`no Chinese summary for the module ${module.name} in scripts/docs/api-zh.ts`)
    if (!module.comment) continue
    module.comment.summary = [{ kind: 'text', text: `${zh}\n\n` }, ...module.comment.summary]
  }
}

/**
 * Adds the language switch, the alternates and the preference script to every page of a build,
 * the router, and in Chinese the module summaries and category names.
 */
export function installSiteTheme(app: Application, lang: Lang): void {
  app.renderer.defineRouter(ROUTER_NAME, SlugRouter)
  const other: Lang = lang === 'zh' ? 'en' : 'zh'
  app.renderer.hooks.on('head.begin', (context) => {
    const twin = context.relativeURL(twinUrl(context.page.url, lang))
    return JSX.createElement(
      JSX.Fragment,
      null,
      JSX.createElement(
        'script',
        null,
        JSX.createElement(JSX.Raw, { html: preferenceScript(lang, twin) }),
      ),
      JSX.createElement('link', {
        rel: 'alternate',
        hreflang: other === 'zh' ? 'zh-CN' : 'en',
        href: twin,
      }),
    )
  })
  app.renderer.hooks.on('content.begin', (context) => {
    const twin = context.relativeURL(twinUrl(context.page.url, lang))
    const remember = (l: Lang) =>
      `try{localStorage.setItem(${JSON.stringify(LANG_STORAGE_KEY)},${JSON.stringify(l)})}catch(e){}`
    const link = (l: Lang) =>
      l === lang
        ? JSX.createElement('span', { 'aria-current': 'page', lang: l }, NAMES[l])
        : JSX.createElement(
            'a',
            { href: twin, hreflang: l, lang: l, onclick: remember(l) },
            NAMES[l],
          )
    return JSX.createElement(
      'nav',
      { class: 'lang-switch', 'aria-label': lang === 'zh' ? '语言' : 'Language' },
      link('zh'),
      JSX.createElement('span', { class: 'lang-sep', 'aria-hidden': 'true' }, ' | '),
      link('en'),
    )
  })
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      joinCjkInComments(context.project)
      if (lang === 'zh') summariseModulesInChinese(context.project)
    },
    -100,
  )
  // Categories are sorted out after conversion; they are renamed once they exist, before rendering.
  if (lang === 'zh')
    app.renderer.on(RendererEvent.BEGIN, (event) => renameCategories(event.project))
}
