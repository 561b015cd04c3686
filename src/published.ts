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

/**
 * Each paper a page names with the text around it: the part of the page under the heading that names it
 * (a survey post's title, authors and abstract), or its own line where a part names many papers.
 */
export function paperPassages(markdown: string): { id: string; text: string }[] {
  const passages: { id: string; text: string }[] = []
  const seen = new Set<string>()
  for (const part of markdown.split(/^(?=#{1,2} )/m)) {
    const ids = [...new Set(findArxivIds(part))]
    for (const id of ids) {
      if (seen.has(id)) continue
      seen.add(id)
      const text = ids.length <= 2 ? part : (part.split('\n').find((line) => findArxivIds(line).includes(id)) ?? '')
      passages.push({ id, text: text.slice(0, 4000) })
    }
  }
  return passages
}
