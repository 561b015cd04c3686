// dist/licenses.txt names every package whose code src/ pulls into the bundle, with its license text.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceFiles } from './support/source-files.js'

const ROOT = new URL('../', import.meta.url).pathname

/** The packages src/ imports: bare specifiers, and the paths into node_modules it imports by file. */
function importedPackages(): Set<string> {
  const packages = new Set<string>()
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:^import [^']*from|^export [^']*from|import\()\s*'([@\w./-]+)'/gm)) {
      const bare = /^(?:\.\.\/)+node_modules\/(.+)$/.exec(spec!)?.[1] ?? (spec!.startsWith('.') || spec!.startsWith('node:') ? '' : spec!)
      const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(bare)?.[1]
      if (name) packages.add(name)
    }
  }
  return packages
}

describe('the bundle’s licenses', () => {
  it('name every package src/ imports, each with the license text it ships', () => {
    const text = fs.readFileSync(path.join(ROOT, 'dist/licenses.txt'), 'utf8')
    const entries = new Map(
      text.split(/\n\n(?=[@a-z][\w@/.-]*\n)/).map((entry) => {
        const [name, license, ...rest] = entry.split('\n')
        return [name!, { license: license!, text: rest.join('\n').trim() }]
      })
    )
    const packages = [...importedPackages()]
    expect(packages).toEqual(expect.arrayContaining(['@actions/core', '@anthropic-ai/sdk', 'yaml', 'smol-toml', 'liquidjs']))
    for (const name of packages) {
      expect(entries.has(name), `${name} in dist/licenses.txt`).toBe(true)
      expect(entries.get(name)!.license, name).not.toBe('')
    }
    expect(entries.get('@actions/core')!.text).toMatch(/MIT License|Permission is hereby granted/)
  })
})
