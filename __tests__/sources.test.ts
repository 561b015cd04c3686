import { describe, expect, it } from 'vitest'
import { dateWindow } from '../src/dates.js'
import { createHttp } from '../src/http.js'
import { ARXIV_PAGE_SIZE, fetchArxiv, parseArxivFeed } from '../src/sources/arxiv.js'
import { fetchHuggingFace, toCandidate } from '../src/sources/huggingface.js'
import { collectCandidates, type SourceContext } from '../src/sources/index.js'
import { addCitationCounts, fetchSemanticScholar } from '../src/sources/semantic-scholar.js'
import { fakeFetch, json, recorded, type Route, VirtualClock, xml } from './support/fake-fetch.js'

const URLS = {
  huggingface: 'https://huggingface.co',
  arxiv: 'https://export.arxiv.org',
  semanticScholar: 'https://api.semanticscholar.org'
}

function context(route: Route, over: Partial<SourceContext> = {}) {
  const clock = new VirtualClock()
  const f = fakeFetch(route, clock)
  const http = createHttp({
    timeoutMs: 1000,
    fetch: f.fetch,
    sleep: clock.sleep,
    now: clock.now,
    pacing: { 'export.arxiv.org': 3000, 'api.semanticscholar.org': 1000 }
  })
  const ctx: SourceContext = {
    http,
    window: dateWindow('2026-03-01', 3, 'Asia/Tokyo'),
    keywords: ['LLM', 'language model'],
    arxivCategories: ['cs.CL', 'cs.LG'],
    urls: URLS,
    semanticScholarApiKey: '',
    ...over
  }
  return { ctx, sent: f.sent, clock }
}

describe('Hugging Face Daily Papers', () => {
  it('parses the 2024 item shape', () => {
    const items = JSON.parse(recorded('huggingface/daily_papers_2024-10-25_first3.json'))
    const c = toCandidate(items[0])!
    expect(c).toMatchObject({
      key: '2410.17243',
      arxivId: '2410.17243',
      published: '2024-10-22',
      featuredAt: '2024-10-25T00:57:09.392Z',
      sources: ['huggingface']
    })
    expect(c.authors[0]).toBe('Zesen Cheng')
    expect(c.upvotes).toBeGreaterThanOrEqual(0)
    expect(c.thumbnailUrl).toBe('https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2410.17243.png')
    expect(c.abstract.length).toBeGreaterThan(200)
  })

  it('parses the 2026 item shape with ai_keywords and githubRepo', () => {
    const c = toCandidate(JSON.parse(recorded('huggingface/daily_papers_item_2026-03_quoted_prettyprinted.json')))!
    expect(c).toMatchObject({
      arxivId: '2602.23229',
      upvotes: 10,
      published: '2026-02-26',
      featuredAt: '2026-03-06T03:55:12.777Z',
      githubRepo: 'https://github.com/marco-garosi/CIRCLE'
    })
    expect(c.keywords).toContain('in-context learning')
    expect(c.authors).toEqual(['Marco Garosi', 'Matteo Farina', 'Alessandro Conti', 'Massimiliano Mancini', 'Elisa Ricci'])
  })

  it('asks for every day of the window; an empty weekend day is normal', async () => {
    const day = JSON.parse(recorded('huggingface/daily_papers_2024-10-25_first3.json'))
    const { ctx, sent } = context((url) => json(url.searchParams.get('date') === '2026-02-28' ? [] : day))
    const result = await fetchHuggingFace(ctx)
    expect(sent.map((s) => new URL(s.url).searchParams.get('date'))).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
    expect(result.candidates).toHaveLength(6)
  })

  it('fails on an answer that is not a list', async () => {
    const { ctx } = context(() => json({ error: 'Invalid date' }))
    await expect(fetchHuggingFace(ctx)).rejects.toThrow(/did not answer with a list/)
  })
})

describe('arXiv', () => {
  it('parses the current Atom format', () => {
    const feed = parseArxivFeed(recorded('arxiv/api_query_all-testing_start0_max10.atom.xml'))
    expect(feed.totalResults).toBe(214881)
    expect(feed.entries).toHaveLength(10)
    expect(feed.entries[0]).toMatchObject({
      arxivId: '2202.12139',
      title: 'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques',
      published: '2022-02-24',
      doi: '10.1109/ICSTW55395.2022.00035',
      authors: ['Mohit Kumar Ahuja', 'Arnaud Gotlieb', 'Helge Spieker']
    })
    expect(feed.entries.some((e) => e.authors.some((a) => a.includes('Ramírez')))).toBe(true)
  })

  it('parses the classic Atom format and undoes its hard wraps', () => {
    const feed = parseArxivFeed(recorded('arxiv/api_classic-format_2017_query_deep-dream_start0_max10.atom.xml'))
    expect(feed.entries).toHaveLength(10)
    expect(feed.entries[0]!.title).toBe(
      'Hierarchical Neural Representation of Dreamed Objects Revealed by Brain Decoding with Deep Neural Network Features'
    )
    expect(feed.entries[0]!.abstract.startsWith('Dreaming is generally thought')).toBe(true)
    expect(feed.entries[0]!.published).toBe('2016-11-29')
  })

  it('reads an empty feed as no papers', () => {
    expect(parseArxivFeed(recorded('arxiv/api_empty_result_id_0000.0000.atom.xml'))).toEqual({ totalResults: 0, entries: [] })
  })

  it('turns the error feed (HTTP 400) into an error naming the query', async () => {
    const { ctx } = context(() => xml(recorded('arxiv/api_error_400_incorrect_id_format.atom.xml'), 400))
    await expect(fetchArxiv(ctx)).rejects.toThrow(
      /arXiv rejected the query "\(cat:cs\.CL OR cat:cs\.LG\) AND .*": incorrect id format for abc/
    )
    expect(parseArxivFeed(recorded('arxiv/docs_example_classic_error_feed.atom.xml')).error).toBe('incorrect id format for 1234.12345')
  })

  it('queries every keyword, sorted by submission date, in the window', async () => {
    const keywords = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const { ctx, sent } = context(() => xml(recorded('arxiv/api_empty_result_id_0000.0000.atom.xml')), { keywords })
    await fetchArxiv(ctx)
    const params = new URL(sent[0]!.url).searchParams
    for (const k of keywords) expect(params.get('search_query')).toContain(`abs:"${k}" OR ti:"${k}"`)
    expect(params.get('search_query')).toContain('submittedDate:[202602261500 TO 202603011459]')
    expect(params.get('sortBy')).toBe('submittedDate')
    expect(params.get('max_results')).toBe(String(ARXIV_PAGE_SIZE))
  })

  it('pages while results remain, never two requests less than 3 s apart', async () => {
    const page = recorded('arxiv/api_query_all-testing_start0_max10.atom.xml')
    const total = 2 * ARXIV_PAGE_SIZE + 10
    // Each page reports the total; the last one is short.
    const route: Route = (url) => {
      const start = Number(url.searchParams.get('start'))
      const entries = start + ARXIV_PAGE_SIZE <= total ? ARXIV_PAGE_SIZE : total - start
      const one = /<entry>[\s\S]*?<\/entry>/.exec(page)![0]
      const body = page
        .replace(
          /<entry>[\s\S]*<\/entry>/,
          Array.from({ length: entries }, (_, i) => one.replace('2202.12139', `2602.${String(start + i).padStart(5, '0')}`)).join('\n')
        )
        .replace(/<opensearch:totalResults>\d+/, `<opensearch:totalResults>${total}`)
      return xml(body)
    }
    const { ctx, sent } = context(route)
    const result = await fetchArxiv(ctx)
    expect(sent.map((s) => new URL(s.url).searchParams.get('start'))).toEqual(['0', '1000', '2000'])
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(3000)
    expect(result.candidates).toHaveLength(total)
  })

  it('does not expand entities a hostile DOCTYPE defines', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 30 }, (_, i) => `<!ENTITY e${i} "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">`).join('')}]><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2602.00001v1</id><title>&e29;</title></entry></feed>`
    const feed = parseArxivFeed(bomb)
    expect(feed.entries[0]!.title.length).toBeLessThan(20)
    expect(feed.entries[0]!.title).not.toContain('aaaa')
  })
})

describe('Semantic Scholar', () => {
  it('asks one bulk search for every keyword, paging with its token, in the window', async () => {
    const pages = [
      recorded('semanticscholar/paper_search_bulk_first_page_trimmed.json'),
      recorded('semanticscholar/paper_search_bulk_token_page2_trimmed.json')
    ]
    const last = { ...JSON.parse(pages[1]!), token: null }
    const { ctx, sent } = context(
      (url) => json(url.searchParams.get('token') ? (url.searchParams.get('token')!.startsWith('PCOA3') ? last : pages[1]!) : pages[0]!),
      {
        semanticScholarApiKey: 's2-key',
        keywords: ['large language model', 'LLM', 'retrieval-augmented generation']
      }
    )
    const result = await fetchSemanticScholar(ctx)
    expect(sent.map((r) => new URL(r.url).pathname)).toEqual(Array(3).fill('/graph/v1/paper/search/bulk'))
    const first = new URL(sent[0]!.url).searchParams
    expect(first.get('query')).toBe('"large language model" | LLM | "retrieval-augmented generation"')
    expect(first.get('publicationDateOrYear')).toBe('2026-02-27:2026-03-01')
    expect(first.has('token')).toBe(false)
    expect(new URL(sent[1]!.url).searchParams.get('token')).toBe(JSON.parse(pages[0]!).token)
    expect(sent[0]!.headers['x-api-key']).toBe('s2-key')
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(1000)
    expect(result.candidates.map((c) => c.title)).toContain('Kubernetes Cluster for Automating Software Production Environment')
    expect(result.candidates).toHaveLength(9)
    expect(result.warnings).toBeUndefined()
  })

  it('falls back to one search per keyword, with a warning, when the bulk search fails', async () => {
    const { ctx, sent } = context((url) =>
      url.pathname.endsWith('/bulk')
        ? json({ error: 'Not found' }, 404)
        : json(recorded('semanticscholar/paper_search_full_fields_2023-12_trimmed.json'))
    )
    const result = await fetchSemanticScholar(ctx)
    expect(sent.map((r) => new URL(r.url).pathname)).toEqual([
      '/graph/v1/paper/search/bulk',
      '/graph/v1/paper/search',
      '/graph/v1/paper/search'
    ])
    expect(result.warnings).toEqual([expect.stringMatching(/bulk search failed \(HTTP 404.*searched each keyword instead/)])
    expect(result.candidates[0]).toMatchObject({ arxivId: '2201.11990', sources: ['semantic-scholar'] })
    expect(result.candidates[0]!.citations).toBeGreaterThan(0)
  })

  it('reads an empty search without a data key as no papers, and sends no key when none is set', async () => {
    const { ctx, sent } = context((url) =>
      url.pathname.endsWith('/bulk')
        ? json({ total: 0, token: null, data: [] })
        : json(recorded('semanticscholar/paper_search_empty_result.json'))
    )
    expect((await fetchSemanticScholar(ctx)).candidates).toEqual([])
    expect(sent).toHaveLength(1)
    expect(sent[0]!.headers['x-api-key']).toBeUndefined()
  })

  it('adds citation counts from the batch answer, where null marks an unknown paper', async () => {
    const answer = JSON.parse(recorded('semanticscholar/paper_batch_POST_with_null_entry.json'))
    const { ctx, sent } = context(() => json(answer.slice(0, 2)))
    const papers = [
      { key: '2602.00001', arxivId: '2602.00001', title: 'a', authors: [], abstract: '', published: '', sources: ['huggingface' as const] },
      { key: '2602.00002', arxivId: '2602.00002', title: 'b', authors: [], abstract: '', published: '', sources: ['arxiv' as const] }
    ]
    await addCitationCounts(ctx, papers)
    expect(JSON.parse(sent[0]!.body!)).toEqual({ ids: ['ARXIV:2602.00001', 'ARXIV:2602.00002'] })
    expect(papers[0]!).not.toHaveProperty('citations')
    expect((papers[1] as { citations?: number }).citations).toBe(answer[1].citationCount)
  })

  it('backs off 429s without Retry-After longer without a key, and then succeeds', async () => {
    let n = 0
    const { ctx, clock } = context(
      () =>
        ++n <= 4 ? json(recorded('semanticscholar/error_429_too_many_requests.json'), 429) : json({ total: 0, token: null, data: [] }),
      {
        keywords: ['LLM']
      }
    )
    await expect(fetchSemanticScholar(ctx)).resolves.toMatchObject({ candidates: [] })
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000])
  })
})

describe('collectCandidates', () => {
  it('runs the sources concurrently, merges, and reports a failing source without stopping', async () => {
    const hfItem = JSON.parse(recorded('huggingface/daily_papers_item_2026-03_quoted_prettyprinted.json'))
    const { ctx } = context((url) => {
      if (url.host === 'huggingface.co') return json([hfItem])
      if (url.host === 'export.arxiv.org') return new Response('<html>Bad Gateway</html>', { status: 502 })
      return json(
        url.pathname.endsWith('/batch') ? [{ citationCount: 7, influentialCitationCount: 1 }] : { total: 0, token: null, data: [] }
      )
    })
    const result = await collectCandidates(ctx, ['huggingface', 'arxiv', 'semantic-scholar'])
    expect(result.reports.map((r) => [r.source, r.status, r.count])).toEqual([
      ['huggingface', 'ok', 3],
      ['arxiv', 'failed', 0],
      ['semantic-scholar', 'empty', 0]
    ])
    expect(result.reports[1]!.reason).toMatch(/HTTP 502/)
    expect(result.candidates).toHaveLength(1)
    expect(result.candidates[0]).toMatchObject({ arxivId: '2602.23229', citations: 7, influentialCitations: 1 })
  })
})
