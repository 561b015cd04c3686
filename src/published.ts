// The arXiv ids a page mentions: the post's own "arXiv ID" lines and links to arXiv and Hugging Face.
// src/site/pages.ts reads them from every page of the site: a paper any page names is published.
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
