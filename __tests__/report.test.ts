import { describe, expect, it } from 'vitest'
import { dateWindow } from '../src/dates.js'
import type { RankedPaper } from '../src/paper.js'
import { cellText, jobSummary, PR_BODY_LIMIT, pullRequestBody } from '../src/report.js'
import type { RunReport } from '../src/run-report.js'
import { emptyUsage } from '../src/summarize/cost.js'

const paper = (i: number, title = `Paper ${i}`): RankedPaper => ({
  key: `2602.${String(i).padStart(5, '0')}`,
  arxivId: `2602.${String(i).padStart(5, '0')}`,
  title,
  authors: ['A'],
  abstract: 'x',
  published: '2026-02-26',
  sources: ['huggingface', 'arxiv'],
  upvotes: 10,
  citations: 2,
  rank: i,
  score: 24
})

const report = (over: Partial<RunReport> = {}): RunReport => ({
  date: '2026-03-01',
  window: dateWindow('2026-03-01', 3, 'Asia/Tokyo'),
  postPath: 'content/posts/2026-03-01-llm-papers/index.md',
  postPaths: ['content/posts/2026-03-01-llm-papers/index.md'],
  languages: ['ja'],
  costByLanguage: {},
  written: true,
  papers: [paper(1), paper(2)],
  reserves: [],
  requestedCount: 2,
  candidateCount: 2,
  detailsStyle: 'positional',
  keptFiles: [],
  decisions: [],
  otherDates: [],
  links: [],
  doubts: [],
  sources: [
    { source: 'huggingface', status: 'ok', count: 2, queries: ['https://huggingface.co/api/daily_papers?date=2026-03-01'] },
    { source: 'arxiv', status: 'failed', count: 0, reason: 'HTTP 503 from https://export.arxiv.org/api/query', queries: [] }
  ],
  replaced: [{ paper: paper(3, 'Replaced | paper'), reasons: ['it is not written in Japanese (write Japanese sentences)'] }],
  droppedByRelevance: [],
  leftOut: { published: 1, offTopic: 0, noAbstract: 0 },
  usage: { ...emptyUsage(), calls: 3, inputTokens: 1200, outputTokens: 600, costUsd: 0.0084 },
  costKnown: true,
  model: 'claude-sonnet-5-5',
  promptHash: 'abcdef123456',
  version: '1.0.0',
  relevanceRan: false,
  ...over
})

describe('pullRequestBody', () => {
  it('explains the choice: table, sources, left out, replaced, cost, reproducibility, checklist', () => {
    const body = pullRequestBody(report())
    expect(body).toContain('| 1 | [Paper 1](https://arxiv.org/abs/2602.00001) | huggingface, arxiv | – | 10 | 2 | 24 |')
    expect(body).toContain('| arxiv | failed | 0 | HTTP 503 from https://export.arxiv.org/api/query |')
    expect(body).toContain('- 1 already published on the blog')
    expect(body).toContain('[Replaced \\| paper](https://arxiv.org/abs/2602.00003): it is not written in Japanese')
    expect(body).toContain('3 Claude calls: 1200 input tokens, 600 output tokens')
    expect(body).toContain('cost 0.0084 USD')
    expect(body).toContain('- Window: 2026-02-27 to 2026-03-01 (2026-02-26T15:00:00.000Z to 2026-03-01T15:00:00.000Z)')
    expect(body).toContain('- Date: 2026-03-01 (time zone Asia/Tokyo)')
    expect(body).toContain('- Prompt hash: abcdef123456')
    expect(body).toContain('- Action version: 1.0.0')
    expect(body).toContain('- huggingface: `https://huggingface.co/api/daily_papers?date=2026-03-01`')
    expect(body).toContain('- [ ] Each summary reads well')
  })

  it('says when the post has fewer papers than asked for, and shows relevance reasons when the filter ran', () => {
    const body = pullRequestBody(
      report({ requestedCount: 5, relevanceRan: true, papers: [{ ...paper(1), relevance: { score: 9, reason: 'Core LLM training.' } }] })
    )
    expect(body).toContain('**Fewer papers than asked for:** 1 of 5')
    expect(body).toContain('| 9/10 Core LLM training. |')
  })

  it('stays under GitHub’s limit by cutting the queries, then the table, and says so', () => {
    const papers = Array.from({ length: 50 }, (_, i) => ({
      // Clipped to 300 characters, each `<` is still written as four: 1,200 characters a cell.
      ...paper(i + 1, `${'<'.repeat(2000)}${i}`),
      relevance: { score: 9, reason: '<'.repeat(5000) }
    }))
    const queries = Array.from(
      { length: 400 },
      (_, i) => `https://api.semanticscholar.org/graph/v1/paper/search?query=${'k'.repeat(150)}${i}`
    )
    const body = pullRequestBody(
      report({
        papers,
        requestedCount: 50,
        relevanceRan: true,
        sources: [{ source: 'semantic-scholar', status: 'ok', count: 50, queries }]
      })
    )
    expect(body.length).toBeLessThanOrEqual(PR_BODY_LIMIT)
    expect(body).toMatch(/The table is cut to fit GitHub's body limit: \d+ more papers are in the post/)
    expect(body).toContain('### Review checklist')
  })

  it('keeps untrusted titles from pinging people or breaking the table', () => {
    expect(cellText('@octocat | <b>x</b> #12 [a](b)')).toBe('@\u200Doctocat \\| &lt;b&gt;x&lt;/b&gt; #\u200D12 \\[a\\](b)')
    expect(cellText('t'.repeat(1000))).toHaveLength(300)
  })
})

describe('jobSummary', () => {
  it('links the pull request and lists papers, sources and cost', () => {
    const text = jobSummary(report(), { url: 'https://github.com/o/r/pull/7', operation: 'created' })
    expect(text).toContain('Pull request: https://github.com/o/r/pull/7 (created)')
    expect(text).toContain('| huggingface | ok | 2 |  |')
    expect(text).toContain('**Tokens and cost:** 3 Claude calls')
    expect(jobSummary(report())).toContain('Post written to `content/posts/2026-03-01-llm-papers/index.md` (no pull request).')
  })
})
