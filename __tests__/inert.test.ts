// Untrusted text on GitHub: no mention, reference or closing keyword takes effect anywhere the action
// shows it, the pull-request body always fits GitHub's limit, and fields are cut where papers enter.
import { describe, expect, it } from 'vitest'
import { inertCell, inertLink, inertText } from '../src/github/inert.js'
import type { RankedPaper } from '../src/paper.js'
import { jobSummary, PR_BODY_LIMIT, pullRequestBody } from '../src/report.js'
import type { RunReport } from '../src/run-report.js'
import { admitCandidate, FIELD_LIMITS } from '../src/sources/admit.js'
import { emptyUsage } from '../src/summarize/cost.js'
import { dateWindow } from '../src/dates.js'
import { hasInvisible, visibleText } from '../src/text.js'
import { liveReferences } from './support/github-links.js'

const HOSTILE = [
  'Ping @octocat and @acme/security-team',
  'Fixes #12, closes octo-blog/research-blog#3 and resolves GH-7',
  'See https://github.com/octo-blog/research-blog/issues/12 and https://github.com/octo-blog/research-blog/pull/4',
  'Also www.github.com/octo-blog/research-blog/issues/12, github.com/octo-blog/research-blog/pull/4 and www.ghe.example/o/r/issues/9',
  'An e-mail: someone@example.com; a hashtag #1 and &#64;entity and &#35;5',
  '著者は@octocatに向けて書いた'
]

const paper = (i: number, over: Partial<RankedPaper> = {}): RankedPaper => ({
  key: `2602.${String(i).padStart(5, '0')}`,
  arxivId: `2602.${String(i).padStart(5, '0')}`,
  title: `Paper ${i}`,
  authors: ['A'],
  abstract: 'x',
  published: '2026-02-26',
  sources: ['huggingface'],
  rank: i,
  score: 1,
  ...over
})

function hostileReport(over: Partial<RunReport> = {}): RunReport {
  const papers = HOSTILE.map((t, i) => paper(i + 1, { title: t, relevance: { score: 8, reason: t } }))
  return {
    date: '2026-03-01',
    window: dateWindow('2026-03-01', 3, 'UTC'),
    postPath: 'content/posts/x/index.md',
    postPaths: ['content/posts/x/index.md'],
    languages: ['ja'],
    written: true,
    papers,
    reserves: [paper(10, { title: HOSTILE[1]! })],
    requestedCount: 4,
    candidateCount: 4,
    sources: [{ source: 'arxiv', status: 'failed', count: 0, reason: `HTTP 500: ${HOSTILE[1]} ${HOSTILE[0]}`, queries: [] }],
    replaced: [{ paper: paper(9, { title: HOSTILE[0]! }), reasons: [HOSTILE[1]!] }],
    droppedByRelevance: [],
    leftOut: { published: 0, offTopic: 0, noAbstract: 0 },
    usage: emptyUsage(),
    costKnown: true,
    costByLanguage: {},
    model: 'claude-sonnet-5-5',
    promptHash: 'abc',
    version: '1.0.0',
    relevanceRan: true,
    detailsStyle: 'positional',
    keptFiles: ['content/posts/x/@octocat #12.md'],
    decisions: [],
    otherDates: [],
    links: ['https://github.com/octo-blog/research-blog/issues/12', 'https://example.org/paper'],
    doubts: [{ paper: papers[0]!, doubts: [{ number: '#12', sentence: HOSTILE[1]!, language: 'ja' }] }],
    ...over
  }
}

describe('the checker', () => {
  it('finds every kind of live reference in raw text, so the tests below can fail', () => {
    const found = HOSTILE.flatMap(liveReferences).map((f) => f.split(':')[0])
    for (const kind of ['mention', 'reference', 'repo reference', 'GH reference', 'thread URL', 'closing keyword'])
      expect(found).toContain(kind)
    expect(liveReferences('`@octocat #12`')).toEqual([])
  })
})

describe('inert text', () => {
  it('reads the same but mentions, references and closes nothing', () => {
    for (const text of HOSTILE) {
      expect(liveReferences(inertText(text)), text).toEqual([])
      expect(liveReferences(`| ${inertCell(text)} |\n|---|\n| ${inertCell(text)} |`)).toEqual([])
      expect(
        inertText(text)
          .replace(/\u200D/g, '')
          .replace(/`/g, '')
      ).toBe(text.replace(/&#/g, '&amp;#'))
    }
    expect(inertLink('https://github.com/o/r/pull/4')).toBe('`https://github.com/o/r/pull/4`')
    expect(inertLink('https://example.org/a')).toBe('<https://example.org/a>')
  })

  it('holds for the whole pull-request body and the job summary', () => {
    const r = hostileReport()
    expect(liveReferences(pullRequestBody(r))).toEqual([])
    expect(
      liveReferences(jobSummary(r, { url: 'https://github.com/o/r/pull/1', operation: 'created' })).filter((f) => !f.endsWith('/pull/1'))
    ).toEqual([])
  })
})

describe('the pull-request body', () => {
  it('fits GitHub’s limit with a 1 MB title, 2,000 links, hundreds of doubts and replaced papers', () => {
    const huge = `${'Huge title '.repeat(100_000)}`
    const papers = Array.from({ length: 50 }, (_, i) => paper(i + 1, { title: huge, relevance: { score: 9, reason: huge } }))
    const r = hostileReport({
      papers,
      requestedCount: 50,
      links: Array.from({ length: 2000 }, (_, i) => `https://example.org/${'p'.repeat(200)}/${i}`),
      keptFiles: Array.from({ length: 500 }, (_, i) => `content/posts/x/${'f'.repeat(200)}${i}.md`),
      replaced: Array.from({ length: 300 }, (_, i) => ({ paper: paper(100 + i, { title: huge }), reasons: [huge] })),
      doubts: papers.map((p) => ({
        paper: p,
        doubts: Array.from({ length: 10 }, () => ({ number: '42', sentence: huge, language: 'ja' }))
      }))
    })
    const body = pullRequestBody(r)
    expect(body.length).toBeLessThanOrEqual(PR_BODY_LIMIT)
    expect(body).toMatch(/- … and (19\d\d|2000) more links/)
    expect(body).toMatch(/- … and (4[5-9]\d|500) more\n/)
    expect(body).toMatch(/- … and (2[7-9]\d|300) more papers/)
    expect(body).toContain('more doubts to check')
    expect(body).toContain('### Review checklist')
    expect(body).not.toContain("The rest is cut to fit GitHub's body limit")
  })
})

describe('a paper where it enters the run', () => {
  it('loses invisible characters and is held to the field limits, with a warning naming it', () => {
    const tag = String.fromCodePoint(0xe0049, 0xe0067) // tag characters: invisible, read by models
    const { candidate, cuts } = admitCandidate({
      key: '2603.00009',
      arxivId: '2603.00009',
      title: `Title${tag}\u202e with bidi\u0000 and ESC\u001b ${'t'.repeat(2000)}`,
      authors: Array.from({ length: 10_000 }, (_, i) => `Author ${i}${'x'.repeat(i === 0 ? 300 : 0)}`),
      abstract: `Line one\nline two\t${'a'.repeat(1_000_000)}`,
      published: '2026-03-01',
      sources: ['arxiv']
    })
    expect(hasInvisible(candidate.title)).toBe(false)
    expect(candidate.title.length).toBe(FIELD_LIMITS.title)
    expect(candidate.title.startsWith('Title with bidi and ESC ')).toBe(true)
    expect(candidate.abstract.length).toBe(FIELD_LIMITS.abstract)
    expect(candidate.abstract.startsWith('Line one\nline two\t')).toBe(true)
    expect(candidate.authors).toHaveLength(FIELD_LIMITS.authors)
    expect(candidate.authors[0]!.length).toBe(FIELD_LIMITS.author)
    expect(cuts).toHaveLength(1)
    expect(cuts[0]).toMatch(
      /^Paper "Title with bidi and ESC t+…" \(2603\.00009\): title of 2,0\d\d characters cut to 1,000; author 1 of 3\d\d characters cut to 200; 10000 authors cut to the first 100; abstract of 1,000,0\d\d characters cut to 10,000\.$/
    )
  })

  it('keeps line breaks and tabs, removes every other invisible character', () => {
    const all = [
      '\u0000',
      '\u0007',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u200b',
      '\u200d',
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069',
      '\ufeff',
      String.fromCodePoint(0xe0001),
      String.fromCodePoint(0xe007f)
    ]
    expect(visibleText(`a${all.join('')}b\nc\td`)).toBe('ab\nc\td')
  })
})
