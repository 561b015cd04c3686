// arXiv API: one query over every configured category and keyword, restricted to the window by
// submittedDate (v1's submission time, in GMT), sorted by submission date and paged while results
// remain. The HTTP client paces the host to one request every 3 seconds, one at a time.
import { XMLParser } from 'fast-xml-parser'
import { normalizeArxivId, paperKey, type Candidate } from '../paper.js'
import type { SourceContext, SourceResult } from './types.js'

export const ARXIV_PAGE_SIZE = 1000
/** Stop paging here even if arXiv reports more: a window of a few days never holds this many. */
export const ARXIV_MAX_RESULTS = 5000

export function arxivSearchQuery(categories: string[], keywords: string[], start: Date, end: Date): string {
  const cats = categories.map((c) => `cat:${c}`).join(' OR ')
  const terms = keywords.flatMap((k) => [`abs:"${k}"`, `ti:"${k}"`]).join(' OR ')
  const last = new Date(end.getTime() - 60_000) // submittedDate bounds are inclusive, to the minute
  return `(${cats}) AND (${terms}) AND submittedDate:[${gmtMinute(start)} TO ${gmtMinute(last)}]`
}

function gmtMinute(d: Date): string {
  return d.toISOString().slice(0, 16).replace(/[-T:]/g, '')
}

export async function fetchArxiv(ctx: SourceContext): Promise<SourceResult> {
  const searchQuery = arxivSearchQuery(ctx.arxivCategories, ctx.keywords, ctx.window.start, ctx.window.end)
  const candidates: Candidate[] = []
  const queries: string[] = []
  for (let start = 0; start < ARXIV_MAX_RESULTS; start += ARXIV_PAGE_SIZE) {
    const params = new URLSearchParams({
      search_query: searchQuery,
      start: String(start),
      max_results: String(ARXIV_PAGE_SIZE),
      sortBy: 'submittedDate',
      sortOrder: 'descending'
    })
    const url = `${ctx.urls.arxiv}/api/query?${params}`
    queries.push(url)
    const res = await ctx.http.request(url)
    // arXiv answers a bad query with HTTP 400 and an error feed; any other non-200 is a failure.
    const feed = res.status === 200 || res.status === 400 ? parseArxivFeed(res.text()) : undefined
    if (feed?.error) throw new Error(`arXiv rejected the query ${JSON.stringify(searchQuery)}: ${feed.error}`)
    if (!feed || res.status !== 200) throw new Error(`HTTP ${res.status} from ${url}`)
    candidates.push(...feed.entries)
    if (feed.entries.length < ARXIV_PAGE_SIZE || start + feed.entries.length >= feed.totalResults) break
  }
  return { candidates, queries }
}

/**
 * The papers of the given arXiv ids, in one request (a review command's `replace N <id>` or `add <id>`).
 * An id arXiv does not know is simply missing from the answer, as arXiv answers an id_list.
 */
export async function lookupArxiv(http: SourceContext['http'], baseUrl: string, ids: string[]): Promise<Candidate[]> {
  if (ids.length === 0) return []
  const params = new URLSearchParams({ id_list: ids.join(','), start: '0', max_results: String(ids.length) })
  const url = `${baseUrl}/api/query?${params}`
  const res = await http.request(url)
  const feed = res.status === 200 || res.status === 400 ? parseArxivFeed(res.text()) : undefined
  if (feed?.error) throw new Error(`arXiv refused the id list ${ids.join(', ')}: ${feed.error}`)
  if (!feed || res.status !== 200) throw new Error(`HTTP ${res.status} from ${url}`)
  return feed.entries
}

export interface ArxivFeed {
  totalResults: number
  entries: Candidate[]
  error?: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  isArray: (name) => ['entry', 'author', 'category', 'link'].includes(name),
  // Feeds carry no DOCTYPE; these limits stop a hostile one from expanding entities without bound.
  processEntities: {
    enabled: true,
    maxEntityCount: 20,
    maxEntitySize: 1000,
    maxExpansionDepth: 2,
    maxTotalExpansions: 100_000,
    maxExpandedLength: 20_000_000
  },
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true
})

interface AtomEntry {
  id?: string
  title?: unknown
  summary?: unknown
  published?: string
  author?: { name?: unknown }[]
  doi?: unknown
}

/** Parses the current and the classic Atom format; an error feed yields `error`. */
export function parseArxivFeed(xml: string): ArxivFeed {
  let doc: { feed?: { entry?: AtomEntry[]; totalResults?: unknown } }
  try {
    doc = parser.parse(xml)
  } catch (error) {
    throw new Error(`arXiv's answer is not valid XML (${(error as Error).message.split('\n')[0]})`, { cause: error })
  }
  const feed = doc?.feed
  if (!feed) throw new Error("arXiv's answer is not an Atom feed")
  const raw = feed.entry ?? []
  const errorEntry = raw.find((e) => text(e.title) === 'Error' && String(e.id ?? '').includes('/api/errors'))
  if (errorEntry) return { totalResults: 0, entries: [], error: text(errorEntry.summary) || 'unknown error' }
  const entries = raw.map(toCandidate).filter((c): c is Candidate => c !== undefined)
  return { totalResults: Number(text(feed.totalResults)) || entries.length, entries }
}

function toCandidate(e: AtomEntry): Candidate | undefined {
  const arxivId = normalizeArxivId(String(e.id ?? ''))
  const title = text(e.title)
  if (!arxivId || !title) return undefined
  const doi = text(e.doi) || undefined
  const c: Candidate = {
    key: '',
    arxivId,
    doi,
    title,
    authors: (e.author ?? []).map((a) => text(a.name)).filter(Boolean),
    abstract: text(e.summary),
    published: String(e.published ?? '').slice(0, 10),
    sources: ['arxiv']
  }
  c.key = paperKey(c)
  return c
}

/** Text content of a parsed node, with the classic format's hard wraps undone. */
function text(node: unknown): string {
  const value = typeof node === 'object' && node !== null ? (node as { '#text'?: unknown })['#text'] : node
  return value === undefined || value === null ? '' : String(value).replace(/\s+/g, ' ').trim()
}
