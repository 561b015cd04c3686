// Which candidates make the post: on topic, not published before, ranked by popularity. Pure.
import type { Candidate, RankedPaper } from './paper.js'
import { escapeRegExp } from './text.js'

export interface SelectOptions {
  keywords: string[]
  /** Apply the keyword filter to papers only Hugging Face Daily Papers found. */
  filterHuggingFace: boolean
  publishedIds: Set<string>
}

export interface Selection {
  /** Every eligible candidate, best first. The post takes the first `count`; the rest are reserves. */
  ranked: RankedPaper[]
  leftOut: { published: number; offTopic: number; noAbstract: number }
}

/** Shortest abstract worth summarizing; anything shorter cannot ground a 3–5 sentence summary. */
const MIN_ABSTRACT_CHARS = 200

export function selectPapers(candidates: Candidate[], options: SelectOptions): Selection {
  const matchers = options.keywords.map(keywordMatcher)
  // Hugging Face's ai_keywords count as text of the paper too.
  const onTopic = (c: Candidate): boolean =>
    matchers.some((m) => m.test(c.title) || m.test(c.abstract) || (c.keywords ?? []).some((k) => m.test(k)))
  const leftOut = { published: 0, offTopic: 0, noAbstract: 0 }
  const eligible = candidates.filter((c) => {
    if (c.arxivId && options.publishedIds.has(c.arxivId)) return (void leftOut.published++, false)
    if (c.abstract.length < MIN_ABSTRACT_CHARS) return (void leftOut.noAbstract++, false)
    // arXiv and Semantic Scholar results match the keywords by construction; Daily Papers is a
    // curated feed of AI papers and is filtered only when asked.
    const onlyHuggingFace = c.sources.length === 1 && c.sources[0] === 'huggingface'
    if (onlyHuggingFace && options.filterHuggingFace && !onTopic(c)) return (void leftOut.offTopic++, false)
    return true
  })
  const ranked = eligible
    .map((c) => ({ ...c, score: popularityScore(c), rank: 0 }))
    .sort((a, b) => b.score - a.score || recency(b).localeCompare(recency(a)) || a.key.localeCompare(b.key))
    .map((p, i) => ({ ...p, rank: i + 1 }))
  return { ranked, leftOut }
}

/** A paper's recency: when Hugging Face featured it, else its first publication. */
const recency = (c: Candidate): string => c.featuredAt ?? c.published

/**
 * upvotes + 2 × citations + 5 × influential citations + 10 × (number of sources − 1).
 * New papers have few citations, so upvotes lead; a paper several sources found gets a bonus.
 */
export function popularityScore(c: Candidate): number {
  return (c.upvotes ?? 0) + 2 * (c.citations ?? 0) + 5 * (c.influentialCitations ?? 0) + 10 * (c.sources.length - 1)
}

/**
 * A case-insensitive whole-word matcher: "RAG" matches "RAG" and "RAGs" but not "average";
 * spaces and hyphens in a keyword match either.
 */
export function keywordMatcher(keyword: string): RegExp {
  const body = keyword
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')
}
