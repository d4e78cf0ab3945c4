/**
 * Second step of `npm run docs`: builds the site twice with typedoc's API, once in Chinese into
 * `docs/site/` and once in English into `docs/site/en/`, each from the pages `prepare.ts` staged
 * for that language, with the options of `typedoc.json`.
 *
 * Why two typedoc builds: typedoc's own localisation (`lang`) translates its interface (设置,
 * 在此页面上, 函数…) but not the pages; the guides, the generated pages and the module summaries
 * differ by language, so each language is its own project with its own documents, search index
 * and navigation, and typedoc's `lang` is set for each. Pages keep one address in both builds
 * (`documents/<slug>.html`, the same API pages), so every page links to its twin. Chinese is the
 * root: a reader who opens the site lands in Chinese unless they chose English before.
 *
 * Usage: tsx scripts/docs/build-site.ts
 */
import { join } from 'node:path'
import { Application, TSConfigReader, TypeDocReader } from 'typedoc'
import type { Lang } from '../../src/index.js'
import { GENERATED_DIR, ROOT, siteDirOf } from './_paths.js'
import { installSiteTheme, ROUTER_NAME } from './_site-theme.js'
import { SITE_LANGS, stagedDir } from './_stage.js'
import { SITE_PAGES } from './pages.js'

async function build(lang: Lang): Promise<boolean> {
  const staged = stagedDir(GENERATED_DIR, lang)
  const app = await Application.bootstrapWithPlugins(
    {
      lang,
      out: siteDirOf(lang),
      readme: join(staged, 'index.md'),
      // Only the top pages: typedoc reaches the nested ones through `children`.
      projectDocuments: SITE_PAGES.filter((p) => !p.parent).map((p) =>
        join(staged, `${p.slug}.md`),
      ),
      router: ROUTER_NAME,
      // The English build goes inside the Chinese one, which must not clean it away.
      cleanOutputDir: lang === 'zh',
    },
    [new TypeDocReader(), new TSConfigReader()],
  )
  installSiteTheme(app, lang)
  const project = await app.convert()
  if (!project || app.logger.hasErrors() || app.logger.hasWarnings()) return false
  app.validate(project)
  if (app.logger.hasErrors() || app.logger.hasWarnings()) return false
  await app.generateOutputs(project)
  return !app.logger.hasErrors() && !app.logger.hasWarnings()
}

process.chdir(ROOT)
for (const lang of SITE_LANGS) {
  if (!(await build(lang))) {
    console.error(
      `the ${lang} site has errors or warnings (typedoc.json treats warnings as errors)`,
    )
    process.exit(1)
  }
}
console.log(`site built: docs/site (中文) and docs/site/en (English)`)
