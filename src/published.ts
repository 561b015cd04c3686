// The arXiv ids the blog has already published: every id in the Markdown under the content section,
// except in the bundle this run writes (a re-run for the same date must not exclude its own papers).
import fs from 'node:fs'
import path from 'node:path'
import { normalizeArxivId } from './paper.js'

const ID = String.raw`(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)`
const PATTERNS = [
  new RegExp(String.raw`arXiv\s*ID\**\s*[:：]\s*\**\s*` + ID, 'gi'),
  new RegExp(String.raw`arxiv\.org\/(?:abs|pdf|html)\/` + ID, 'gi'),
  new RegExp(String.raw`huggingface\.co\/papers\/` + ID, 'gi')
]

/** Ids found in one Markdown text. */
export function findArxivIds(markdown: string): string[] {
  const ids: string[] = []
  for (const pattern of PATTERNS) {
    for (const m of markdown.matchAll(pattern)) {
      const id = normalizeArxivId(m[1])
      if (id) ids.push(id)
    }
  }
  return ids
}

export function scanPublishedIds(sectionDir: string, ownBundleDir: string): Set<string> {
  const ids = new Set<string>()
  const own = path.resolve(ownBundleDir)
  const walk = (dir: string): void => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) {
        if (path.resolve(full) !== own && e.name !== 'node_modules' && !e.name.startsWith('.')) walk(full)
      } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
        for (const id of findArxivIds(fs.readFileSync(full, 'utf8'))) ids.add(id)
      }
    }
  }
  walk(sectionDir)
  return ids
}
