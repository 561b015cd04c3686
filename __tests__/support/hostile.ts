import { readFixture } from '../../scripts/stand-ins.mjs'
import type { PostEntry } from '../../src/hugo/post.js'
import { png } from './seed-entries.js'

export interface HostilePaper {
  id: string
  title: string
  authors: string[]
  abstract: string
}

/** Hand-written hostile papers (see __fixtures__/seed-2026-03-01/PROVENANCE.md). */
export const hostile: HostilePaper[] = JSON.parse(readFixture('hostile-papers.json').toString('utf8'))

/** Papers served as Hugging Face serves them, in the recorded 2026 Daily Papers item shape, most upvoted first. */
export function asDailyPapers(papers: HostilePaper[]): unknown[] {
  const template = JSON.parse(readFixture('recorded/huggingface/daily_papers_item_2026-03_quoted_prettyprinted.json').toString('utf8'))
  return papers.map((p, i) => ({
    ...template,
    title: p.title,
    summary: p.abstract,
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${p.id}.png`,
    paper: {
      ...template.paper,
      id: p.id,
      title: p.title,
      summary: p.abstract,
      upvotes: 100 - i,
      authors: p.authors.map((name, j) => ({ _id: `h${i}${j}`, name, hidden: false }))
    }
  }))
}

/** Generated paper text as post entries: arXiv ids 2602.0000<i>, the text in every field, links from the text too. */
export function generatedEntries(
  papers: { title: string; author: string; abstract: string; summary: string }[],
  { image = true, links = false } = {}
): PostEntry[] {
  return papers.map((p, i) => ({
    paper: {
      key: `2602.0000${i}`,
      arxivId: `2602.0000${i}`,
      title: p.title,
      authors: [p.author, p.author],
      abstract: p.abstract,
      published: '2026-02-26',
      sources: ['huggingface'],
      ...(links ? { githubRepo: p.abstract, projectPage: p.summary } : {}),
      rank: i + 1,
      score: 1
    },
    summary: p.summary,
    image: image ? { name: `paper_${i + 1}.png`, bytes: png } : undefined
  }))
}
