import { describe, expect, it } from 'vitest'
import { LANG_STORAGE_KEY, preferenceScript, twinUrl } from '../../../scripts/docs/_site-theme.js'
import { CATEGORIES_ZH, MODULE_SUMMARIES_ZH } from '../../../scripts/docs/api-zh.js'
import { ROOT } from '../../_helpers/shared.js'

describe('twinUrl', () => {
  it('finds a page’s twin: the English site is below the Chinese root', () => {
    expect(twinUrl('documents/plan-2022.html', 'zh')).toBe('en/documents/plan-2022.html')
    expect(twinUrl('modules/air.html', 'en')).toBe('../modules/air.html')
  })
})

describe('preferenceScript', () => {
  // runs the script with a stored choice and reports where the page would go
  const run = (stored: string | null, lang: 'zh' | 'en') => {
    let went: string | null = null
    const localStorage = { getItem: (k: string) => (k === LANG_STORAGE_KEY ? stored : null) }
    const location = { hash: '#top', replace: (u: string) => (went = u) }
    new Function('localStorage', 'location', preferenceScript(lang, '../en/x.html'))(
      localStorage,
      location,
    )
    return went
  }

  it('sends a reader who chose the other language to the twin, keeping the anchor', () => {
    expect(run('en', 'zh')).toBe('../en/x.html#top')
  })

  it('leaves a reader on the page without a choice or with this language', () => {
    expect(run(null, 'zh')).toBeNull()
    expect(run('zh', 'zh')).toBeNull()
  })
})

describe('the Chinese of the API reference', () => {
  it('summarises every entry module of typedoc.json in Chinese', async () => {
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(`${ROOT}/typedoc.json`, 'utf8')
    const entries = [...text.matchAll(/"(src\/[^"]+\.ts)"/g)].map((m) => m[1])
    const modules = entries.map((file) => {
      const source = readFileSync(`${ROOT}/${file}`, 'utf8')
      return /@module ([\w-]+)/.exec(source)?.[1]
    })
    expect(modules.sort()).toEqual(Object.keys(MODULE_SUMMARIES_ZH).sort())
  })

  it('names every category the sources use in Chinese', async () => {
    const { execFileSync } = await import('node:child_process')
    const used = execFileSync('grep', ['-rhoE', '@category [A-Za-z]+', `${ROOT}/src`], {
      encoding: 'utf8',
    })
    for (const name of new Set(
      used
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[1]),
    )) {
      expect(CATEGORIES_ZH, String(name)).toHaveProperty(String(name))
    }
  })
})
