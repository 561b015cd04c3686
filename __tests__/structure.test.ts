// The shape of src/: no two modules import each other, directly or round a longer circle (type-only
// imports included: a circle of types is a circle of meaning), so every module can be read after the
// ones it stands on.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceFiles } from './support/source-files.js'

const SRC = new URL('../src/', import.meta.url).pathname

/** Each module's relative imports, as module paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/^(?:import|export)[^'"]*?from '(\.{1,2}\/[^']+)'/gm)].map((m) =>
      path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts'))
    )
    graph.set(file, targets)
  }
  return graph
}

/** The first circle of imports found, as module names relative to src/, or undefined. */
function circleIn(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (m: string): string[] | undefined => {
    if (state.get(m) === 'done') return undefined
    if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m]
    state.set(m, 'open')
    stack.push(m)
    for (const t of graph.get(m) ?? []) {
      const found = visit(t)
      if (found) return found
    }
    stack.pop()
    state.set(m, 'done')
    return undefined
  }
  for (const m of graph.keys()) {
    const found = visit(m)
    if (found) return found.map((f) => path.relative(SRC, f))
  }
  return undefined
}

describe('src/', () => {
  it('has no circle of imports', () => {
    expect(circleIn(importGraph())).toBeUndefined()
  })

  it('finds a circle when there is one (the check itself)', () => {
    const a = path.join(SRC, 'a.ts')
    const b = path.join(SRC, 'b.ts')
    expect(
      circleIn(
        new Map([
          [a, [b]],
          [b, [a]]
        ])
      )
    ).toEqual(['a.ts', 'b.ts', 'a.ts'])
  })
})
