// The history model in isolation: what counts as a decision, when it acts, which way it leans and why,
// and how its records survive the pull request's state.
import { describe, expect, it } from 'vitest'
import { readState, STATE_MAX, stateLine } from '../src/body-state.js'
import { movedReason } from '../src/history/explain.js'
import { type History, isWarm, learn } from '../src/history/model.js'
import { historyOf, type PullRecord } from '../src/history/read.js'
import { paperTerms, wordsOf } from '../src/history/terms.js'
import type { Candidate } from '../src/paper.js'
import { DECISIONS_KEPT, type RunReport } from '../src/run-report.js'
import { selectPapers } from '../src/select.js'

const paper = (key: string, title: string, abstract: string, upvotes: number): Candidate => ({
  key,
  arxivId: key,
  title,
  authors: [],
  abstract: abstract.padEnd(220, ' '),
  published: '2026-04-01',
  sources: ['huggingface'],
  upvotes
})
const video = (n: number, upvotes = 100) =>
  paper(
    `2604.${String(n).padStart(2, '0')}001`,
    `Video diffusion ${n}`,
    `Camera controlled video diffusion generates temporal scene motion frames ${n}`,
    upvotes
  )
const agent = (n: number, upvotes = 10) =>
  paper(
    `2604.${String(n).padStart(2, '0')}002`,
    `Tool agents ${n}`,
    `Agents call tools and plan with reasoning over retrieval memory ${n}`,
    upvotes
  )

const item = (c: Candidate, verdict: 'kept' | 'dropped') => ({ key: c.key, title: c.title, terms: paperTerms(c), verdict })
const warm: History = {
  items: [...[1, 2, 3].map((n) => item(video(n), 'dropped')), ...[1, 2, 3, 4].map((n) => item(agent(n), 'kept'))],
  pulls: { read: 3, merged: 3, closed: 0 },
  decisions: 3,
  decidedPulls: 3
}

describe('terms', () => {
  it('keeps the words that say what a paper is about: plurals folded, common and generic words out', () => {
    expect([...wordsOf('We propose agents that use tools; the agent policies are LLM-based.').keys()]).toEqual([
      'agent',
      'tool',
      'policy',
      'llm-based'
    ])
  })
})

describe('a paper’s terms', () => {
  it('are the words of its title and those its abstract says twice: a word said once is not what it is about', () => {
    const terms = paperTerms({
      title: 'Sparse attention kernels',
      abstract: 'Kernels for sparse attention run fast. The kernels skip blocks; a pleasant coincidence of weather.'
    })
    expect(terms).toEqual(expect.arrayContaining(['sparse', 'attention', 'kernel']))
    expect(terms).not.toContain('weather')
    expect(terms).not.toContain('coincidence')
  })
})

describe('the model', () => {
  it('is cold below 3 decisions or in one pull request: the ranking is popularity’s, to the paper', () => {
    expect(isWarm({ ...warm, decisions: 2 })).toBe(false)
    expect(isWarm({ ...warm, decidedPulls: 1 })).toBe(false)
    expect(learn({ ...warm, decidedPulls: 1 }, [])).toBeUndefined()
    const candidates = [video(5), agent(5), video(6, 90)]
    const options = { keywords: [], filterHuggingFace: false, publishedIds: new Set<string>() }
    const plain = selectPapers(candidates, options).ranked.map((p) => p.key)
    expect(selectPapers(candidates, { ...options, history: { ...warm, decisions: 1 } }).ranked.map((p) => p.key)).toEqual(plain)
  })

  it('moves a paper like the dropped ones below a less popular one like the kept, and says why', () => {
    const options = { keywords: [], filterHuggingFace: false, publishedIds: new Set<string>(), history: warm }
    const { ranked, history } = selectPapers([video(5), agent(5)], options)
    expect(ranked.map((p) => p.key)).toEqual([agent(5).key, video(5).key])
    expect(ranked[1]!.history).toMatchObject({ popularityRank: 1 })
    expect(ranked[1]!.history!.lean).toBeLessThan(0)
    expect(movedReason(ranked[1]!)).toMatch(/^like 3 papers you dropped on (video|diffusion|camera|scene|motion|temporal)/)
    expect(movedReason(ranked[0]!)).toMatch(/^like \d papers? the blog kept on /)
    for (const t of history!.strongest!.dropped) expect(paperTerms(video(1))).toContain(t)
    for (const t of history!.strongest!.kept) expect(paperTerms(agent(1))).toContain(t)
  })
})

describe('evidence', () => {
  // Hand-made terms: nine kept papers on agents, two of them on scaling, three dropped on video.
  const kept = Array.from({ length: 9 }, (_, i) => ({
    key: `k${i}`,
    title: '',
    terms: ['agent', 'tool', ...(i < 2 ? ['scaling', 'capability'] : [])],
    verdict: 'kept' as const
  }))
  const dropped = [0, 1, 2].map((i) => ({ key: `d${i}`, title: '', terms: ['video', `scene${i}`], verdict: 'dropped' as const }))
  const history: History = { items: [...kept, ...dropped], pulls: { read: 3, merged: 3, closed: 0 }, decisions: 3, decidedPulls: 3 }

  it('a word the many kept papers share and the few dropped ones merely have not met lifts no paper', () => {
    const learned = learn(history, [])!
    // "scaling" and "capability": 2 of 9 kept, 0 of 3 dropped, as the sides' sizes predict; "video" all 3 dropped.
    expect(learned.leaningOf({ key: 'x', terms: ['scaling', 'capability'] }).lean).toBe(0)
    expect(learned.leaningOf({ key: 'y', terms: ['video', 'scaling', 'capability'] }).lean).toBeLessThan(0)
    expect(learned.leaningOf({ key: 'z', terms: ['agent', 'tool'] }).lean).toBeGreaterThan(0)
    // The job summary names only words the model counts.
    expect(learned.strongest.dropped).toEqual(['video'])
    expect(learned.strongest.kept).not.toContain('scaling')
  })
})

describe('the history read from pull requests', () => {
  const body = (papers: Candidate[], decisions: RunReport['decisions'], reserves: Candidate[] = []) =>
    stateLine({
      date: '2026-04-01',
      window: { date: '2026-04-01', timezone: 'UTC', days: ['2026-04-01'], start: new Date(0), end: new Date(0) },
      postPath: 'content/posts/x/index.md',
      postPaths: ['content/posts/x/index.md'],
      languages: ['ja'],
      written: true,
      papers: papers.map((p, i) => ({ ...p, rank: i + 1, score: 1, terms: paperTerms(p) })),
      reserves: reserves.map((p, i) => ({ ...p, rank: i + 6, score: 1, terms: paperTerms(p) })),
      requestedCount: 5,
      candidateCount: 5,
      sources: [],
      replaced: [],
      droppedByRelevance: [],
      leftOut: { published: 0, offTopic: 0, noAbstract: 0 },
      usage: { inputTokens: 0, outputTokens: 0, cacheCreationInputTokens: 0, cacheReadInputTokens: 0, costUsd: 0, calls: 0 },
      costKnown: true,
      costByLanguage: {},
      model: 'claude-sonnet-5-5',
      promptHash: 'abc',
      version: '1',
      relevanceRan: false,
      detailsStyle: 'positional',
      keptFiles: [],
      decisions,
      otherDates: [],
      links: [],
      doubts: []
    } as RunReport)!
  const pull = (number: number, b: string, merged: boolean, state = 'closed'): PullRecord => ({
    number,
    state,
    merged_at: merged ? '2026-04-02T00:00:00Z' : null,
    body: b,
    user: { login: 'github-actions[bot]' },
    head: { repo: { full_name: 'o/r' } }
  })

  it('merged papers are kept, drops and additions are decisions, a pull request closed unmerged is one', () => {
    const dropped = { key: video(1).key, title: video(1).title, terms: paperTerms(video(1)), verdict: 'dropped' as const }
    const h = historyOf(
      [
        pull(1, body([agent(1), agent(2)], [dropped]), true),
        pull(2, body([video(2)], []), false),
        pull(3, body([agent(3)], []), false, 'open'),
        pull(4, 'no state here', true)
      ],
      []
    )
    expect(h.pulls).toEqual({ read: 3, merged: 1, closed: 1 })
    expect(h.decisions).toBe(2)
    expect(h.decidedPulls).toBe(2)
    const verdicts = Object.fromEntries(h.items.map((i) => [i.key, i.verdict]))
    expect(verdicts).toEqual({ [agent(1).key]: 'kept', [agent(2).key]: 'kept', [video(1).key]: 'dropped', [video(2).key]: 'closed' })
  })

  it('the state stays within its limit with the most decisions it keeps, long titles and every paper’s terms', () => {
    const long = (n: number) => ({
      key: `2604.${String(10000 + n)}`,
      title: 'A very long title about video diffusion models '.repeat(10),
      terms: Array.from({ length: 16 }, (_, i) => `longterm-number-${i}`),
      verdict: 'dropped' as const
    })
    // Titles at the 300 characters the state keeps, ten reserves, and more decisions than it keeps.
    const titled = (c: Candidate) => ({ ...c, title: `${c.title} `.repeat(40) })
    const papers = Array.from({ length: 5 }, (_, i) => titled(agent(i + 1)))
    const reserves = Array.from({ length: 10 }, (_, i) => titled(video(i + 1)))
    const line = body(
      papers,
      Array.from({ length: 30 }, (_, i) => long(i)),
      reserves
    )
    expect(line).toBeDefined()
    expect(readState(line)!.reserves.length).toBe(10)
    expect(line.length).toBeLessThanOrEqual(STATE_MAX)
    expect(readState(line)!.decisions.length).toBe(DECISIONS_KEPT)
  })

  it('the state keeps decisions and terms, and refuses a term that is not a plain word', () => {
    const dropped = { key: video(1).key, title: video(1).title, terms: ['video', 'camera'], verdict: 'dropped' as const }
    const line = body([agent(1)], [dropped])
    expect(readState(line)!.decisions).toEqual([dropped])
    expect(readState(line)!.papers[0]!.terms).toEqual(paperTerms(agent(1)))
    const json = JSON.parse(Buffer.from(/state v1 (\S+) -->/.exec(line)![1]!, 'base64').toString('utf8'))
    json.decisions[0].terms = ['<script>']
    const bad = `<!-- hugo-paper-survey:state v1 ${Buffer.from(JSON.stringify(json)).toString('base64')} -->`
    expect(readState(bad)).toBeUndefined()
  })
})
