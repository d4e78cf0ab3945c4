import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './shared.js'

/** A code example found in TSDoc or a guide, with where it came from. */
export interface DocExample {
  readonly file: string
  readonly line: number
  readonly code: string
}

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path, ext) : path.endsWith(ext) ? [path] : []
  })
}

/**
 * The ```ts blocks of a file's lines, each with the 1-based line of its first code line. `keep`
 * says whether a line may open a block (inside an `@example` tag, for TSDoc).
 */
function tsBlocks(
  file: string,
  lines: readonly string[],
  keep: (i: number) => boolean = () => true,
): DocExample[] {
  const found: DocExample[] = []
  let block: string[] | null = null
  let start = 0
  lines.forEach((line, i) => {
    if (block === null && keep(i) && /^```ts\s*$/.test(line)) {
      block = []
      start = i + 2
    } else if (block !== null && /^```\s*$/.test(line)) {
      found.push({ file, line: start, code: block.join('\n') })
      block = null
    } else if (block !== null) block.push(line)
  })
  return found
}

/**
 * Every ```ts block inside an `@example` of a TSDoc comment of the library under `src/`. The
 * command line's internals (`src/cli/`) are not part of the package's API; their examples are
 * sketches, and the commands themselves are tested in-process and through the built binary.
 */
export function tsdocExamples(): DocExample[] {
  return walk(join(ROOT, 'src'), '.ts')
    .filter((p) => !p.includes(`${join('src', 'cli')}`))
    .flatMap((path) => {
      const raw = readFileSync(path, 'utf8').split('\n')
      const inExample: boolean[] = []
      let open = false
      for (const line of raw) {
        if (/^\s*\*\s*@example/.test(line)) open = true
        else if (/^\s*\*\s*@\w+/.test(line) || /\*\//.test(line)) open = false
        inExample.push(open)
      }
      const lines = raw.map((line) => line.replace(/^\s*\* ?/, ''))
      return tsBlocks(relative(ROOT, path), lines, (i) => inExample[i] === true)
    })
}

/** Every ```ts block of the README, the site's home pages (`docs/index.md`, `index.zh.md`) and the guides. */
export function guideExamples(): DocExample[] {
  return [
    join(ROOT, 'README.md'),
    join(ROOT, 'docs', 'index.md'),
    join(ROOT, 'docs', 'index.zh.md'),
    ...walk(join(ROOT, 'docs', 'guides'), '.md'),
  ].flatMap((path) => tsBlocks(relative(ROOT, path), readFileSync(path, 'utf8').split('\n')))
}

const ENTRIES: Record<string, string> = {
  'eco-targets': 'src/index.ts',
  'eco-targets/plan-2022': 'src/plans/2022/index.ts',
  'eco-targets/air': 'src/standards/air/index.ts',
  'eco-targets/water': 'src/standards/water/index.ts',
}

/** Change of bracket depth over a line, ignoring brackets inside strings and comments. */
function depthChange(line: string): number {
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = null
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '/' && line[i + 1] === '/') break
    else if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
  }
  return depth
}

/**
 * Turns an example into a module that checks itself: imports of the package point at the
 * sources, and every `expression //=> expected` becomes an assertion on the whole statement
 * that ends on that line (or, for a `//=>` line of its own, on the statement before it). Text
 * after the expected value, separated by two spaces, is a comment (`//=> 4   (% below 2020)`).
 */
export function toCheckedModule(example: DocExample): string {
  const out: string[] = []
  const lines = example.code.split('\n')
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? ''
    line = line.replace(/from '(eco-targets(?:\/[\w-]+)?)'/, (m, spec: string) => {
      const target = ENTRIES[spec]
      return target ? `from '${join(ROOT, target)}'` : m
    })
    const at = line.indexOf('//=>')
    if (at < 0) {
      out.push(line)
      continue
    }
    const codePart = line.slice(0, at).trimEnd()
    let expected = line.slice(at + 4).trim()
    expected = (expected.split(/\s{2,}/)[0] ?? '').trim()
    const location = `${example.file}:${example.line + i}`
    // The statement ending here starts at the nearest line above from which the brackets balance.
    const pending = codePart.trim() === '' ? out : [...out, codePart]
    let back = pending.length - 1
    let d = 0
    while (back >= 0) {
      d += depthChange(pending[back] ?? '')
      const text = (pending[back] ?? '').trim()
      if (d === 0 && text !== '' && !/^[)\]}.?]/.test(text)) break
      back--
    }
    const statementLines = pending.slice(Math.max(0, back))
    out.splice(Math.max(0, back))
    let statement = statementLines.join('\n')
    statement = statement.trim().replace(/^;/, '').replace(/;$/, '')
    if (/^(const|let|var|import|export)\b/.test(statement)) {
      out.push(statement)
      continue
    }
    out.push(`__check(${statement}, ${expected}, ${JSON.stringify(location)})`)
  }
  return out.join('\n')
}
