// Semantic Scholar: one bulk search for every keyword at once (a boolean OR query, paged with the
// token it returns), restricted to the window's publication dates, and a batch lookup that adds
// citation counts to the papers the other sources found: two requests for a default run. Only if the
// bulk search fails does the action fall back to one relevance search per keyword, with a warning.
// The HTTP client paces the host to one request per second (the keyed rate; unkeyed calls share a
// pool and get 429s without Retry-After, which the client backs off from).
import { HttpError } from '../http.js'
import { normalizeArxivId, paperKey, type Candidate } from '../paper.js'
import type { SourceContext, SourceResult } from './types.js'

const SEARCH_FIELDS = 'paperId,externalIds,title,abstract,authors,publicationDate,citationCount,influentialCitationCount,url'
const BATCH_FIELDS = 'externalIds,citationCount,influentialCitationCount,url'
const BATCH_LIMIT = 500
/** The bulk search returns up to 1,000 papers a page; a window of a few days never needs more than five. */
const BULK_MAX_PAGES = 5

interface S2Paper {
  paperId?: string
  externalIds?: { ArXiv?: string; DOI?: string } | null
  title?: string | null
  abstract?: string | null
  authors?: { name?: string | null }[] | null
  publicationDate?: string | null
  citationCount?: number | null
  influentialCitationCount?: number | null
  url?: string | null
}

function headers(ctx: SourceContext): Record<string, string> {
  return ctx.semanticScholarApiKey ? { 'x-api-key': ctx.semanticScholarApiKey } : {}
}

/** Without a key the shared pool answers 429 often, with no Retry-After: back off longer (1, 2, 4, 8 s). */
const retries = (ctx: SourceContext): number => (ctx.semanticScholarApiKey ? 2 : 4)

/** The bulk search's query: every keyword OR-ed, phrases (with spaces or hyphens) quoted. */
export function bulkQuery(keywords: string[]): string {
  return keywords.map((k) => (/[\s-]/.test(k) ? `"${k}"` : k)).join(' | ')
}

export async function fetchSemanticScholar(ctx: SourceContext): Promise<SourceResult> {
  try {
    return await bulkSearch(ctx)
  } catch (error) {
    // An unreachable host (no answer, refused) would fail the fallback too: only an answer that the
    // bulk endpoint cannot serve is worth the slower per-keyword search.
    if (error instanceof HttpError && error.status === undefined) throw error
    const fallback = await searchPerKeyword(ctx)
    return {
      ...fallback,
      warnings: [`Semantic Scholar's bulk search failed (${(error as Error).message}); searched each keyword instead.`]
    }
  }
}

async function bulkSearch(ctx: SourceContext): Promise<SourceResult> {
  const queries: string[] = []
  const candidates: Candidate[] = []
  let token: string | undefined
  for (let page = 0; page < BULK_MAX_PAGES; page++) {
    const params = new URLSearchParams({ query: bulkQuery(ctx.keywords), publicationDateOrYear: windowRange(ctx), fields: SEARCH_FIELDS })
    if (token) params.set('token', token)
    const url = `${ctx.urls.semanticScholar}/graph/v1/paper/search/bulk?${params}`
    queries.push(url)
    const answer = await ctx.http.json<{ data?: S2Paper[] | null; token?: string | null }>(url, {
      headers: headers(ctx),
      retries: retries(ctx)
    })
    if (answer === null || typeof answer !== 'object' || (answer.data != null && !Array.isArray(answer.data)))
      throw new Error('the bulk answer has no data list')
    for (const p of answer.data ?? []) {
      const c = toCandidate(p)
      if (c) candidates.push(c)
    }
    token = answer.token ?? undefined
    if (!token || (answer.data ?? []).length === 0) break
  }
  return { candidates, queries }
}

async function searchPerKeyword(ctx: SourceContext): Promise<SourceResult> {
  const queries: string[] = []
  const candidates: Candidate[] = []
  // One keyword at a time: the host is paced anyway, and a failure names its keyword.
  for (const keyword of ctx.keywords) {
    const params = new URLSearchParams({ query: keyword, publicationDateOrYear: windowRange(ctx), fields: SEARCH_FIELDS, limit: '100' })
    const url = `${ctx.urls.semanticScholar}/graph/v1/paper/search?${params}`
    queries.push(url)
    const page = await ctx.http.json<{ data?: S2Paper[] }>(url, { headers: headers(ctx), retries: retries(ctx) })
    for (const p of page.data ?? []) {
      const c = toCandidate(p)
      if (c) candidates.push(c)
    }
  }
  return { candidates, queries }
}

const windowRange = (ctx: SourceContext): string => `${ctx.window.days[0]}:${ctx.window.days.at(-1)}`

function toCandidate(p: S2Paper): Candidate | undefined {
  const title = (p.title ?? '').replace(/\s+/g, ' ').trim()
  if (!title) return undefined
  const c: Candidate = {
    key: '',
    arxivId: normalizeArxivId(p.externalIds?.ArXiv),
    doi: p.externalIds?.DOI ?? undefined,
    semanticScholarUrl: p.url ?? undefined,
    title,
    authors: (p.authors ?? []).map((a) => (a?.name ?? '').trim()).filter(Boolean),
    abstract: (p.abstract ?? '').replace(/\s+/g, ' ').trim(),
    published: p.publicationDate ?? '',
    sources: ['semantic-scholar'],
    citations: p.citationCount ?? 0,
    influentialCitations: p.influentialCitationCount ?? 0
  }
  c.key = paperKey(c)
  return c
}

/**
 * Adds citation counts to candidates with an arXiv id that the search did not already count.
 * Returns the requests sent. `null` answers (papers Semantic Scholar does not know yet) are normal.
 */
export async function addCitationCounts(ctx: SourceContext, candidates: Candidate[]): Promise<string[]> {
  const missing = candidates.filter((c) => c.arxivId && c.citations === undefined)
  const url = `${ctx.urls.semanticScholar}/graph/v1/paper/batch?fields=${BATCH_FIELDS}`
  const queries: string[] = []
  for (let i = 0; i < missing.length; i += BATCH_LIMIT) {
    const chunk = missing.slice(i, i + BATCH_LIMIT)
    queries.push(url)
    const answer = await ctx.http.json<(S2Paper | null)[]>(url, {
      method: 'POST',
      retries: retries(ctx),
      headers: { ...headers(ctx), 'content-type': 'application/json' },
      body: JSON.stringify({ ids: chunk.map((c) => `ARXIV:${c.arxivId}`) })
    })
    if (!Array.isArray(answer)) throw new Error('the batch answer is not a list')
    chunk.forEach((c, j) => {
      const found = answer[j]
      if (!found) return
      c.citations = found.citationCount ?? 0
      c.influentialCitations = found.influentialCitationCount ?? 0
      c.semanticScholarUrl ??= found.url ?? undefined
    })
  }
  return queries
}
