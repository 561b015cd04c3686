import { describe, expect, it } from 'vitest'
import { type Candidate, mergeCandidates, normalizeArxivId, paperKey } from '../src/paper.js'

const candidate = (over: Partial<Candidate>): Candidate => {
  const c: Candidate = { key: '', title: 'A paper', authors: [], abstract: '', published: '2026-02-26', sources: ['arxiv'], ...over }
  c.key = paperKey(c)
  return c
}

describe('normalizeArxivId', () => {
  it('drops versions and prefixes, for new- and old-style ids and URLs', () => {
    expect(normalizeArxivId('2602.23363')).toBe('2602.23363')
    expect(normalizeArxivId('2602.23363v1')).toBe('2602.23363')
    expect(normalizeArxivId('arXiv:2602.23363v12')).toBe('2602.23363')
    expect(normalizeArxivId('http://arxiv.org/abs/2104.12255v1')).toBe('2104.12255')
    expect(normalizeArxivId('https://arxiv.org/pdf/2602.23363v2.pdf')).toBe('2602.23363')
    expect(normalizeArxivId('hep-th/9901001')).toBe('hep-th/9901001')
    expect(normalizeArxivId('http://arxiv.org/abs/quant-ph/0201082v1')).toBe('quant-ph/0201082')
    expect(normalizeArxivId('math.GT/0309136v2')).toBe('math.GT/0309136')
    expect(normalizeArxivId('0704.0001')).toBe('0704.0001')
  })
  it('rejects what is not an id', () => {
    for (const bad of ['abc', '', '2602.233', '12345.67890', 'https://example.org/abs/2602.23363', undefined, null])
      expect(normalizeArxivId(bad)).toBeUndefined()
  })
})

describe('paperKey and mergeCandidates', () => {
  it('keys on the arXiv id, then the DOI, then the normalized title', () => {
    expect(paperKey({ arxivId: '2602.23363', doi: '10.1/x', title: 'T' })).toBe('2602.23363')
    expect(paperKey({ doi: '10.1/ABC', title: 'T' })).toBe('doi:10.1/abc')
    expect(paperKey({ title: '  Attention Is All You Need! ' })).toBe('title:attention is all you need')
  })

  it('merges one paper seen with and without a version into one, keeping every source and the largest counts', () => {
    const merged = mergeCandidates([
      candidate({ arxivId: normalizeArxivId('2602.23363v1'), sources: ['huggingface'], upvotes: 12, abstract: 'from HF' }),
      candidate({ arxivId: normalizeArxivId('2602.23363'), sources: ['arxiv'], abstract: 'from arXiv' }),
      candidate({ arxivId: '2602.23363', sources: ['semantic-scholar'], citations: 3, influentialCitations: 1 })
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({
      key: '2602.23363',
      sources: ['huggingface', 'arxiv', 'semantic-scholar'],
      upvotes: 12,
      citations: 3,
      influentialCitations: 1,
      abstract: 'from HF'
    })
  })

  it('joins a title-only Semantic Scholar paper to the arXiv paper of the same title', () => {
    const merged = mergeCandidates([
      candidate({ arxivId: '2602.21760', title: 'Accelerating Diffusion via Hybrid Parallelism' }),
      candidate({ title: 'Accelerating diffusion via hybrid parallelism.', sources: ['semantic-scholar'], citations: 4 })
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({ key: '2602.21760', citations: 4, sources: ['arxiv', 'semantic-scholar'] })
  })
})
