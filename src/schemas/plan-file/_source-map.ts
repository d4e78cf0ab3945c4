import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { IssueLocation, IssuePathSegment } from '../../_lib/errors/issue.js'

/** A parsed YAML or JSON text that can say where each value of it is written. */
export interface SourceMap {
  readonly document: Document.Parsed
  /** The 1-based line and column of an offset. */
  position(offset: number): { readonly line: number; readonly column: number }
  /**
   * Where the value at `path` is written (its key, with `key`); for a path that goes beyond what
   * the text holds, where its deepest existing part is.
   */
  locate(path: readonly IssuePathSegment[], key?: boolean): IssueLocation
}

/** Parses a text with the `yaml` parser (JSON is YAML 1.2), keeping the positions of its nodes. */
export function sourceMapOf(text: string, file: string | undefined): SourceMap {
  const lines = new LineCounter()
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  })
  const position = (offset: number) => {
    const p = lines.linePos(offset)
    return { line: Math.max(1, p.line), column: Math.max(1, p.col) }
  }
  const where = (offset: number): IssueLocation => ({
    ...(file === undefined ? {} : { file }),
    ...position(offset),
  })
  return {
    document,
    position,
    locate(path, key = false) {
      let node: unknown = document.contents
      let offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0
      for (let i = 0; i < path.length; i++) {
        const segment = path[i]
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment),
          )
          if (!pair) break
          const last = i === path.length - 1
          const target = last && key ? pair.key : (pair.value ?? pair.key)
          offset = (target as { range?: [number] } | null)?.range?.[0] ?? offset
          node = pair.value
        } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
          node = node.items[segment]
          offset = (node as { range?: [number] }).range?.[0] ?? offset
        } else break
      }
      return where(offset)
    },
  }
}
