import { readFixture } from '../../scripts/stand-ins.mjs'

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
