/**
 * First step of `npm run docs`: generates the site's Markdown pages and assets from the code,
 * the plan data, the sample and the built command line into `docs/generated/` (git-ignored).
 * Builds `dist/` first when it is missing or older than the sources.
 *
 * Usage: tsx scripts/docs/prepare.ts
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { plan2022 } from '../../src/plans/2022/index.js'
import { GENERATED_DIR, ROOT } from './_paths.js'
import { renderAqiCategoriesPage, renderAqiEditionsPage } from './aqi-pages.js'
import { CLI_EXAMPLES } from './cli-examples.js'
import { readCliHelp, renderCliPage, renderHomeCommand, runCliExamples } from './cli-page.js'
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

const runs = runCliExamples(CLI_EXAMPLES, cli)
const dataFormats = renderDataFormats()
const files: GeneratedAsset[] = [
  { path: 'plan-2022-summary.md', content: renderPlanSummary(plan2022) },
  { path: 'plan-2022-tasks.md', content: renderPlanTasks(plan2022) },
  { path: 'reachability-example.md', content: renderReachabilityExample() },
  { path: 'aqi.md', content: renderAqiEditionsPage() },
  { path: 'aqi-categories.md', content: renderAqiCategoriesPage() },
  { path: 'cli-examples.md', content: renderCliPage(runs, readCliHelp(cli)) },
  { path: 'home-command.md', content: renderHomeCommand(runs) },
  { path: 'data-formats.md', content: dataFormats.page },
  ...dataFormats.assets,
  { path: 'sample-report.md', content: renderSampleReportPage() },
  ...renderSampleReports(),
]

rmSync(GENERATED_DIR, { recursive: true, force: true })
for (const file of files) {
  const target = join(GENERATED_DIR, file.path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, file.content)
}
console.log(`wrote ${files.length} files to docs/generated/`)
