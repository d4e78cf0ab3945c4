/**
 * First step of `npm run docs`: generates the site's Markdown pages and assets from the code,
 * the plan data, the sample and the built command line into `docs/generated/` (git-ignored),
 * then stages every page of `pages.ts` for each language into `docs/generated/site/<lang>/`
 * (see `_stage.ts`). Builds `dist/` first when it is missing or older than the sources.
 *
 * Usage: tsx scripts/docs/prepare.ts
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { plan2022 } from '../../src/plans/2022/index.js'
import { GENERATED_DIR, ROOT } from './_paths.js'
import { SITE_LANGS, stagedDir, stageSite } from './_stage.js'
import { renderApiPage } from './api-page.js'
import { renderAqiCategoriesPage, renderAqiEditionsPage } from './aqi-pages.js'
import { renderAqiCategoriesPageZh, renderAqiEditionsPageZh } from './aqi-pages-zh.js'
import { renderColumnsDocZh } from './cli-columns-zh.js'
import { CLI_EXAMPLES } from './cli-examples.js'
import {
  langCommands,
  readCliHelp,
  renderCliPage,
  renderHomeCommand,
  runCliExamples,
} from './cli-page.js'
import { loadCommandOutputExamples } from './command-output-examples.js'
import { type GeneratedAsset, renderDataFormats } from './data-formats.js'
import { renderPlanSummary, renderPlanTasks } from './plan-page.js'
import { renderReachabilityExample } from './reachability-example.js'
import { renderSampleReportPage, renderSampleReports } from './sample-report.js'

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir).map((name) => {
      const path = join(dir, name)
      const stat = statSync(path)
      return stat.isDirectory() ? newestSource(path) : stat.mtimeMs
    }),
  )
}

const cli = join(ROOT, 'dist', 'cli.js')
if (!existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(ROOT, 'src'))) {
  console.log('dist/ is missing or older than src/: npm run build')
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

const helpEn = readCliHelp(cli, 'en')
const helpZh = readCliHelp(cli, 'zh')
const withLang = langCommands(helpEn)
const runs = {
  en: runCliExamples(CLI_EXAMPLES, { cli, lang: 'en', langCommands: withLang }),
  zh: runCliExamples(CLI_EXAMPLES, { cli, lang: 'zh', langCommands: withLang }),
}
await loadCommandOutputExamples()
const dataFormats = { en: renderDataFormats('en'), zh: renderDataFormats('zh') }
// English pages are `<name>.md`, their Chinese versions `<name>.zh.md` (see pages.ts).
const files: GeneratedAsset[] = [
  { path: 'plan-2022-summary.md', content: renderPlanSummary(plan2022, 'en') },
  { path: 'plan-2022-summary.zh.md', content: renderPlanSummary(plan2022, 'zh') },
  { path: 'plan-2022-tasks.md', content: renderPlanTasks(plan2022, 'en') },
  { path: 'plan-2022-tasks.zh.md', content: renderPlanTasks(plan2022, 'zh') },
  { path: 'reachability-example.md', content: renderReachabilityExample('2022-06-30', 'en') },
  { path: 'reachability-example.zh.md', content: renderReachabilityExample('2022-06-30', 'zh') },
  { path: 'aqi.md', content: renderAqiEditionsPage() },
  { path: 'aqi.zh.md', content: renderAqiEditionsPageZh() },
  { path: 'aqi-categories.md', content: renderAqiCategoriesPage() },
  { path: 'aqi-categories.zh.md', content: renderAqiCategoriesPageZh() },
  { path: 'cli-examples.md', content: renderCliPage(runs.en, helpEn, 'en') },
  { path: 'cli-examples.zh.md', content: renderCliPage(runs.zh, helpZh, 'zh') },
  { path: 'home-command.md', content: renderHomeCommand(runs.en, 'en') },
  { path: 'home-command.zh.md', content: renderHomeCommand(runs.zh, 'zh') },
  { path: 'cli-columns.zh.md', content: renderColumnsDocZh() },
  { path: 'data-formats.md', content: dataFormats.en.page },
  { path: 'data-formats.zh.md', content: dataFormats.zh.page },
  ...dataFormats.en.assets,
  { path: 'sample-report.md', content: renderSampleReportPage('en') },
  { path: 'sample-report.zh.md', content: renderSampleReportPage('zh') },
  ...renderSampleReports(),
  { path: 'api.md', content: renderApiPage('en') },
  { path: 'api.zh.md', content: renderApiPage('zh') },
]

function write(dir: string, file: { path: string; content: string }): void {
  const target = join(dir, file.path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, file.content)
}

rmSync(GENERATED_DIR, { recursive: true, force: true })
for (const file of files) write(GENERATED_DIR, file)
console.log(`wrote ${files.length} files to docs/generated/`)

for (const lang of SITE_LANGS) {
  const dir = stagedDir(GENERATED_DIR, lang)
  const pages = stageSite(lang, join(ROOT, 'docs'), dir)
  for (const page of pages) write(dir, page)
  const untranslated = pages.filter((p) => p.untranslated).map((p) => p.path)
  console.log(
    `staged ${pages.length} pages in ${lang}${untranslated.length ? `; shown in the other language: ${untranslated.join(', ')}` : ''}`,
  )
}
