import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  pageSource,
  rewriteLinks,
  SITE_LANGS,
  splitFrontMatter,
  stagePage,
  UNTRANSLATED_NOTE,
} from '../../../scripts/docs/_stage.js'
import { HOME_PAGE, page, SITE_PAGES } from '../../../scripts/docs/pages.js'
import { ROOT } from '../../_helpers/shared.js'

const dir = mkdtempSync(join(tmpdir(), 'eco-targets-stage-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const docs = join(dir, 'docs')
const stage = join(docs, 'generated', 'site', 'zh')
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(docs, path)), { recursive: true })
  writeFileSync(join(docs, path), text)
}
write(
  'guides/methods.md',
  '---\ntitle: Methods\n---\n\n# Methods\n\nSee [air](./air-quality.md).\n',
)
write(
  'guides/methods.zh.md',
  [
    '---',
    'title: 核算方法',
    '---',
    '',
    '# 核算方法',
    '',
    '详见[空气质量](./air-quality.md#1-空气质量分指数iaqi)和',
    '[数据](../generated/data/plan.schema.json)。',
    '',
    '{@include ../generated/part.zh.md}',
    '',
  ].join('\n'),
)
write('guides/air-quality.md', '---\ntitle: Air quality\n---\n\n# Air quality\n')
write('generated/part.zh.md', '见[方法](../guides/methods.md)。\n')
write('generated/data/plan.schema.json', '{}')

describe('splitFrontMatter', () => {
  it('reads the title, quoted or not, and returns the body', () => {
    expect(splitFrontMatter('---\ntitle: "A: b"\nchildren:\n  - ./x.md\n---\n\n# A\n')).toEqual({
      fields: { title: 'A: b' },
      body: '\n# A\n',
    })
  })
})

describe('pageSource', () => {
  it('reads the Chinese file beside the English one, and falls back to English without it', () => {
    expect(pageSource(page('guides/methods.md'), 'zh', docs)).toEqual({
      file: join(docs, 'guides/methods.zh.md'),
      lang: 'zh',
    })
    expect(pageSource(page('guides/air-quality.md'), 'zh', docs)).toEqual({
      file: join(docs, 'guides/air-quality.md'),
      lang: 'en',
    })
  })
})

describe('stagePage', () => {
  const staged = stagePage(page('guides/methods.md'), 'zh', docs, stage)

  it('writes the title, the slug the router names the page by and its children from pages.ts', () => {
    const children = SITE_PAGES.filter((p) => p.parent === 'methods').map(
      (p) => `  - ./${p.slug}.md`,
    )
    expect(staged.content.split('\n# ')[0]).toBe(
      ['---', 'title: "核算方法"', 'slug: "methods"', 'children:', ...children, '---', '', ''].join(
        '\n',
      ),
    )
    expect(staged.path).toBe('methods.md')
    expect(staged.untranslated).toBe(false)
  })

  it('points links at the staged page of the same language, files at the files themselves', () => {
    // the Chinese lines are joined, the anchor is kept, the schema is two folders up from the stage
    expect(staged.content).toContain(
      '详见[空气质量](./air-quality.md#1-空气质量分指数iaqi)和[数据](../../data/plan.schema.json)。',
    )
  })

  it('expands an include with its links rewritten from where the included file is', () => {
    expect(staged.content).toContain('见[方法](./methods.md)。')
  })

  it('shows a page without its Chinese file in English, under a note that says so', () => {
    const air = stagePage(page('guides/air-quality.md', 'methods'), 'zh', docs, stage)
    expect(air.untranslated).toBe(true)
    expect(air.content).toContain(`# Air quality\n\n${UNTRANSLATED_NOTE.zh}\n`)
  })

  it('refuses a link to a file that does not exist', () => {
    expect(() =>
      rewriteLinks('[x](./nowhere.md)', join(docs, 'guides/a.md'), stage, new Map()),
    ).toThrow(/the link \.\/nowhere\.md names no file/)
  })
})

describe('SITE_PAGES', () => {
  it('has one slug a page, and every parent is a page of the list', () => {
    const slugs = SITE_PAGES.map((p) => p.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const p of SITE_PAGES) if (p.parent) expect(slugs, p.slug).toContain(p.parent)
  })

  it('has every hand-written page in both languages: the English file and its .zh.md', () => {
    // Generated pages, and the standards' snapshots generated beside their code, are exempt.
    const written = [HOME_PAGE, ...SITE_PAGES].filter(
      (p) =>
        !p.source.startsWith('generated/') &&
        !p.source.startsWith('../') &&
        p.slug !== 'cli-columns',
    )
    for (const p of written) {
      for (const lang of SITE_LANGS) {
        const source = pageSource(p, lang, join(ROOT, 'docs'))
        expect(source.lang, `${p.source} in ${lang}`).toBe(lang)
        expect(existsSync(source.file)).toBe(true)
      }
    }
  })
})
