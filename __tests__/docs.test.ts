// The README is the front door and docs/ the depth: the README stays short, every link between them
// lands on a file and a heading that exist, the post the README shows is the real one, and the Node
// versions the docs, package.json, .node-version and action.yml name agree.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = new URL('..', import.meta.url).pathname
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8')
const pages = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'))

/** GitHub's anchor for a heading: lower case, punctuation out, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

/** The headings of a Markdown file outside its code blocks, as anchors. */
function anchors(file: string): Set<string> {
  const text = read(file).replace(/^```[\s\S]*?^```$/gm, '')
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)))
}

describe('the README and docs/', () => {
  it('the README is a front door of at most 500 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(500)
  })

  it.each(pages)('%s: every relative link lands on a file, and on a heading there', (page) => {
    const text = read(page)
      .replace(/^```[\s\S]*?^```$/gm, '')
      .replace(/`[^`\n]*`/g, '')
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue
      const [file, anchor] = target!.split('#') as [string, string | undefined]
      const resolved = file ? path.normalize(path.join(path.dirname(page), file)) : page
      expect(fs.existsSync(path.join(ROOT, resolved)), `${page} → ${target}`).toBe(true)
      if (anchor) expect([...anchors(resolved)], `${page} → ${target}`).toContain(anchor)
    }
  })

  it('the post the README shows is the seed post, line for line (cut lines end with …)', () => {
    const seed = read('__fixtures__/seed-2026-03-01/seed-post.md').split('\n')
    const shown = /^## What it writes[\s\S]*?^```markdown\n([\s\S]*?)^```$/m.exec(read('README.md'))![1]!.trimEnd().split('\n')
    expect(shown.length).toBeGreaterThan(20)
    for (const line of shown.slice(0, -1)) {
      const cut = line.endsWith('…') ? line.slice(0, -1) : undefined
      expect(cut === undefined ? seed.includes(line) : seed.some((l) => l.startsWith(cut)), line).toBe(true)
    }
  })

  it('states no test count or suite time, which change with every commit', () => {
    for (const page of pages) expect(read(page), page).not.toMatch(/\b\d+ tests\b|npm test[^\n]*\b\d+(\.\d+)? s\b/)
  })

  it('names one Node: the action’s (action.yml, .node-version) and the tools’ (engines, the docs)', () => {
    const action = parse(read('action.yml')) as { runs: { using: string } }
    expect(action.runs.using).toBe(`node${read('.node-version').trim()}`)
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node
    const toolsMajor = /^>=(\d+)$/.exec(engines)![1]
    const stated = [
      ...pages
        .map(read)
        .join('\n')
        .matchAll(/Node (\d+) or newer/g)
    ].map((m) => m[1])
    expect(stated.length).toBeGreaterThan(0)
    expect(new Set(stated)).toEqual(new Set([toolsMajor]))
    for (const file of fs.readdirSync(path.join(ROOT, '.github/workflows')))
      expect(read(`.github/workflows/${file}`), file).not.toMatch(/node-version:\s*['"]?\d/)
  })
})
