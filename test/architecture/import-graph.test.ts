import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_BUNDLED_LIBRARY_MODULES } from '../../scripts/_cli-bundled.js'

// The layers of src/, lowest first. A file may import its own layer and the layers below it.
// `plans` and `evaluate` sit side by side: neither may import the other; so do `report` and
// `read` (the readers of observation and task-status records).
const RANK: Readonly<Record<string, number>> = {
  _lib: 0,
  standards: 1,
  schemas: 2,
  plans: 3,
  evaluate: 3,
  report: 4,
  read: 4,
  cli: 6,
}
// src/index.ts, the root entry, gathers the layers; only the command line stands above it.
const ENTRY_RANK = 5
const ENTRIES = [
  'index.ts',
  'plans/2022/index.ts',
  'standards/air/index.ts',
  'standards/water/index.ts',
]

const ROOT = resolve(__dirname, '../..')
const SRC = resolve(ROOT, 'src')

// What scripts/ and bench/ may import from src/: the package's entries (its `exports`) and the
// command line's entry, whose behaviour is public through the `eco-targets` binary.
const SCRIPT_ENTRIES = [...ENTRIES, 'cli/main.ts']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

interface Edge {
  readonly from: string
  readonly to: string
}

const SPECIFIER = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g

function edges(root = SRC): Edge[] {
  const out: Edge[] = []
  for (const file of sourceFiles(root)) {
    // examples in TSDoc comments import the package too; only the code counts
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    for (const match of text.matchAll(SPECIFIER)) {
      const target = resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts'))
      out.push({ from: relative(root === SRC ? SRC : ROOT, file), to: relative(SRC, target) })
    }
  }
  return out
}

const layerOf = (path: string) => path.split(sep)[0] as string
const rankOf = (path: string) => (path.includes(sep) ? RANK[layerOf(path)] : ENTRY_RANK)

describe('the import graph of src/', () => {
  const graph = edges()

  it('has every file in a known layer', () => {
    const unknown = sourceFiles(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => f.includes(sep) && RANK[layerOf(f)] === undefined)
    expect(unknown).toEqual([])
  })

  it('imports only its own layer or the layers below it (_lib ← standards ← schemas ← plans | evaluate ← report | read ← cli)', () => {
    const upward = graph
      .filter((e) => {
        const from = rankOf(e.from) as number
        const to = rankOf(e.to) as number
        if (to > from) return true
        return to === from && layerOf(e.from) !== layerOf(e.to) && e.from.includes(sep)
      })
      .map((e) => `${e.from} → ${e.to}`)
    expect(upward).toEqual([])
  })

  it('lets the command line reach the library only through its public entries (and the modules its bundle holds for a fast AQI)', () => {
    const reachable = [...ENTRIES, ...CLI_BUNDLED_LIBRARY_MODULES]
    const inner = graph
      .filter((e) => layerOf(e.from) === 'cli' && layerOf(e.to) !== 'cli')
      .filter((e) => !reachable.includes(e.to.split(sep).join('/')))
      .map((e) => `${e.from} → ${e.to}`)
    expect(inner).toEqual([])
  })

  it('keeps the air and water standards independent of each other', () => {
    const crossing = graph
      .filter((e) => {
        const a = e.from.split(sep)
        const b = e.to.split(sep)
        return (
          a[0] === 'standards' &&
          b[0] === 'standards' &&
          a.length > 2 &&
          b.length > 2 &&
          a[1] !== b[1]
        )
      })
      .map((e) => `${e.from} → ${e.to}`)
    expect(crossing).toEqual([])
  })

  it('reaches a private file (`_name`) only from inside the folder that holds it', () => {
    const leaks = graph
      .filter((e) => {
        const parts = e.to.split(sep)
        const i = parts.findIndex((p) => p.startsWith('_'))
        if (i <= 0) return false // src/_lib is private to the package, open to every layer
        const owner = parts.slice(0, i).join(sep)
        return !e.from.startsWith(owner + sep)
      })
      .map((e) => `${e.from} → ${e.to}`)
    expect(leaks).toEqual([])
  })

  it('has no import cycle, type-only imports included', () => {
    const next = new Map<string, string[]>()
    for (const e of graph) next.set(e.from, [...(next.get(e.from) ?? []), e.to])
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (node: string, stack: string[]) => {
      state.set(node, 'open')
      for (const to of next.get(node) ?? []) {
        const s = state.get(to)
        if (s === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' → '))
        else if (s === undefined) visit(to, [...stack, to])
      }
      state.set(node, 'done')
    }
    for (const node of next.keys()) if (!state.has(node)) visit(node, [node])
    expect(cycles).toEqual([])
  })
})

describe('the imports of scripts/ and bench/', () => {
  it('reach src/ only through the package entries and the command line entry', () => {
    const graph = [...edges(resolve(ROOT, 'scripts')), ...edges(resolve(ROOT, 'bench'))]
    const inner = graph
      .map((e) => ({ ...e, to: e.to.split(sep).join('/') }))
      .filter((e) => !e.to.startsWith('..') && !SCRIPT_ENTRIES.includes(e.to))
      .map((e) => `${e.from.split(sep).join('/')} → ${e.to}`)
    expect([...new Set(inner)].sort()).toEqual([])
  })
})
