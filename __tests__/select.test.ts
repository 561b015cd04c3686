import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Candidate, paperKey } from '../src/paper.js'
import { findArxivIds } from '../src/published.js'
import { scanPages } from '../src/site/pages.js'
import { keywordMatcher, popularityScore, selectPapers } from '../src/select.js'

const ABSTRACT = 'We study large language models and how they reason about long documents. '.repeat(4)
const c = (over: Partial<Candidate>): Candidate => {
  const x: Candidate = { key: '', title: 'T', authors: [], abstract: ABSTRACT, published: '2026-02-26', sources: ['huggingface'], ...over }
  x.key = paperKey(x)
  return x
}

describe('keywordMatcher', () => {
  it('matches whole words only: RAG is not in average or leverage', () => {
    const rag = keywordMatcher('RAG')
    expect(rag.test('We improve RAG pipelines')).toBe(true)
    expect(rag.test('Two RAGs compared')).toBe(true)
    expect(rag.test('on average we leverage storage')).toBe(false)
    expect(rag.test('(RAG)')).toBe(true)
  })
  it('matches case-insensitively, with spaces and hyphens interchangeable', () => {
    expect(keywordMatcher('chain-of-thought').test('Chain of Thought prompting')).toBe(true)
    expect(keywordMatcher('large language model').test('Large-Language-Models are')).toBe(true)
    expect(keywordMatcher('LLM').test('LLMs and MLLM')).toBe(true)
    expect(keywordMatcher('LLM').test('MLLM only')).toBe(false)
  })
})

describe('selectPapers', () => {
  const base = { keywords: ['RAG', 'language model'], filterHuggingFace: false, publishedIds: new Set<string>() }

  it('ranks by the documented score, ties broken by recency', () => {
    const papers = [
      c({ arxivId: '2602.00001', upvotes: 10 }),
      c({ arxivId: '2602.00002', upvotes: 3, citations: 2, sources: ['huggingface', 'arxiv'] }), // 3 + 4 + 10 = 17
      c({ arxivId: '2602.00003', upvotes: 10, published: '2026-02-27' })
    ]
    const { ranked } = selectPapers(papers, base)
    expect(ranked.map((p) => [p.arxivId, p.score, p.rank])).toEqual([
      ['2602.00002', 17, 1],
      ['2602.00003', 10, 2],
      ['2602.00001', 10, 3]
    ])
    // Among equals, the paper Hugging Face featured last comes first.
    const tied = selectPapers(
      [
        c({ arxivId: '2602.00008', upvotes: 5, featuredAt: '2026-02-27T03:00:00Z' }),
        c({ arxivId: '2602.00009', upvotes: 5, featuredAt: '2026-02-28T03:00:00Z' })
      ],
      base
    )
    expect(tied.ranked.map((p) => p.arxivId)).toEqual(['2602.00009', '2602.00008'])
    expect(
      popularityScore(c({ upvotes: 1, citations: 1, influentialCitations: 1, sources: ['arxiv', 'huggingface', 'semantic-scholar'] }))
    ).toBe(1 + 2 + 5 + 20)
  })

  it('keeps Daily Papers unfiltered by default and filters them with huggingface-filter: keywords', () => {
    const offTopic = c({
      arxivId: '2602.00004',
      title: 'Protein folding',
      abstract: 'On average, we leverage folding dynamics. '.repeat(6)
    })
    expect(selectPapers([offTopic], base).ranked).toHaveLength(1)
    const filtered = selectPapers([offTopic], { ...base, filterHuggingFace: true })
    expect(filtered.ranked).toHaveLength(0)
    expect(filtered.leftOut.offTopic).toBe(1)
    // Hugging Face's own keywords count.
    expect(selectPapers([{ ...offTopic, keywords: ['RAG'] }], { ...base, filterHuggingFace: true }).ranked).toHaveLength(1)
    // An arXiv result matched the query already and is not filtered again.
    expect(selectPapers([{ ...offTopic, sources: ['huggingface', 'arxiv'] }], { ...base, filterHuggingFace: true }).ranked).toHaveLength(1)
  })

  it('leaves out published papers and papers without an abstract to summarize', () => {
    const { ranked, leftOut } = selectPapers(
      [c({ arxivId: '2602.00005' }), c({ arxivId: '2602.00006', abstract: 'Too short.' }), c({ arxivId: '2602.00007' })],
      {
        ...base,
        publishedIds: new Set(['2602.00005'])
      }
    )
    expect(ranked.map((p) => p.arxivId)).toEqual(['2602.00007'])
    expect(leftOut).toEqual({ published: 1, offTopic: 0, noAbstract: 1 })
  })
})

describe('already published', () => {
  it('finds ids in the arXiv ID line and in arXiv and Hugging Face links, without versions', () => {
    const md =
      '- **arXiv ID**: 2602.23363\n- **arXiv ID**：2602.21760v2\n[a](https://arxiv.org/abs/2602.23205v1) https://arxiv.org/pdf/hep-th/9901001 <https://huggingface.co/papers/2602.17594>'
    expect(findArxivIds(md).sort()).toEqual(['2602.17594', '2602.21760', '2602.23205', '2602.23363', 'hep-th/9901001'])
  })

  it('scans the content folders recursively but not the bundle of the run’s own date', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-pub-'))
    const write = (p: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
      fs.writeFileSync(path.join(dir, p), text)
    }
    write('2026-02-20-llm-papers/index.md', 'arXiv ID: 2602.00001')
    write('2026/notes/post.markdown', 'https://arxiv.org/abs/2602.00002')
    write('2026-03-01-llm-papers/index.md', 'arXiv ID: 2602.00003')
    write('2026-02-20-llm-papers/data.txt', 'arXiv ID: 2602.00004')
    const ids = async (contentDirs: string[], skip: string[]) =>
      (
        await scanPages(
          dir,
          {
            languages: contentDirs.map((contentDir) => ({ code: 'ja', contentDirs: [contentDir] })),
            defaultLanguage: 'ja',
            declared: false
          },
          skip
        )
      )
        .flatMap((p) => p.arxivIds)
        .sort()
    expect(await ids(['.'], ['2026-03-01-llm-papers'])).toEqual(['2602.00001', '2602.00002'])
    expect(await ids(['missing'], [])).toEqual([])
  })
})
