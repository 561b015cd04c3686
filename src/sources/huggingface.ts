// Hugging Face Daily Papers: one request per day of the window. A paper belongs to the day it was
// featured (the `date` the API was asked for), whatever its arXiv date. Both the 2024 item shape and
// the 2026 one (submittedOnDailyAt, ai_keywords, githubRepo) parse.
import type { Candidate } from '../paper.js'
import { normalizeArxivId, paperKey } from '../paper.js'
import type { SourceContext, SourceResult } from './types.js'

interface DailyPaperItem {
  paper?: {
    id?: string
    title?: string
    summary?: string
    publishedAt?: string
    upvotes?: number
    submittedOnDailyAt?: string
    authors?: { name?: string; hidden?: boolean }[]
    ai_keywords?: string[]
    githubRepo?: string
    githubStars?: number
    projectPage?: string
  }
  title?: string
  summary?: string
  publishedAt?: string
  thumbnail?: string
}

export async function fetchHuggingFace(ctx: SourceContext): Promise<SourceResult> {
  const urls = ctx.window.days.map((day) => `${ctx.urls.huggingface}/api/daily_papers?date=${day}`)
  const pages = await Promise.all(urls.map((url) => ctx.http.json<unknown>(url)))
  const candidates: Candidate[] = []
  pages.forEach((page, i) => {
    if (!Array.isArray(page)) throw new Error(`${urls[i]} did not answer with a list of papers`)
    for (const item of page as DailyPaperItem[]) {
      const c = toCandidate(item)
      if (c) candidates.push(c)
    }
  })
  return { candidates, queries: urls }
}

export function toCandidate(item: DailyPaperItem): Candidate | undefined {
  const paper = item?.paper
  const arxivId = normalizeArxivId(paper?.id)
  const title = clean(paper?.title ?? item?.title)
  if (!paper || !arxivId || !title) return undefined
  const candidate: Candidate = {
    key: '',
    arxivId,
    title,
    authors: (paper.authors ?? []).map((a) => clean(a?.name)).filter(Boolean),
    abstract: clean(paper.summary ?? item.summary),
    published: (paper.publishedAt ?? '').slice(0, 10),
    sources: ['huggingface'],
    upvotes: typeof paper.upvotes === 'number' ? paper.upvotes : 0,
    featuredAt: paper.submittedOnDailyAt ?? item.publishedAt,
    thumbnailUrl: typeof item.thumbnail === 'string' ? item.thumbnail : undefined,
    githubRepo: typeof paper.githubRepo === 'string' ? paper.githubRepo : undefined,
    githubStars: Number.isSafeInteger(paper.githubStars) && (paper.githubStars as number) >= 0 ? paper.githubStars : undefined,
    projectPage: typeof paper.projectPage === 'string' ? paper.projectPage : undefined,
    keywords: Array.isArray(paper.ai_keywords) ? paper.ai_keywords.filter((k) => typeof k === 'string') : undefined
  }
  candidate.key = paperKey(candidate)
  return candidate
}

function clean(text: string | undefined): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : ''
}
