// Which candidates make the post: on topic, not published before, ranked by popularity, and, once the
// blog's history is warm (history/model.ts), moved toward what its maintainers keep and away from what
// they drop. Pure.
import { type History, type Learned, learn } from './history/model.js'
import { idfOf, paperWords, topTerms } from './history/terms.js'
import type { Candidate, RankedPaper } from './paper.js'
import { escapeRegExp } from './text.js'

export interface SelectOptions {
  keywords: string[]
  /** Apply the keyword filter to papers only Hugging Face Daily Papers found. */
  filterHuggingFace: boolean
  publishedIds: Set<string>
  /** The blog's history, when the ranking learns from it (`ranking: history`). */
  history?: History
}

export interface Selection {
  /** Every eligible candidate, best first. The post takes the first `count`; the rest are reserves. */
  ranked: RankedPaper[]
  leftOut: { published: number; offTopic: number; noAbstract: number }
  /** The history read and, when it was warm enough to act, the terms it leans on. */
  history?: { read: History; strongest?: Learned['strongest'] }
}

/**
 * How far the history may move a paper: its lean (0.5 for a paper as like the kept ones as they are,
 * −0.5 for one as like the dropped, up to ±2 with more evidence) times this, against popularity scaled to
 * 0–1 on a log scale: a paper as like the dropped ones as they are falls below papers a few times less
 * popular, and a faint likeness only breaks near ties.
 */
export const HISTORY_WEIGHT = 1

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
  const ranked = rank(eligible, options.history)
  return { ranked: ranked.papers, leftOut, history: options.history && { read: options.history, strongest: ranked.strongest } }
}

function rank(eligible: Candidate[], history: History | undefined): { papers: RankedPaper[]; strongest?: Learned['strongest'] } {
  // Each candidate's words counted once: for the rarity of every word, then for its own terms.
  const words = eligible.map(paperWords)
  const idf = idfOf(words.map((w) => w.vocabulary))
  const byPopularity = eligible
    .map((c, i) => ({ ...c, terms: topTerms(words[i]!.counts, idf), score: popularityScore(c), rank: 0 }))
    .sort((a, b) => b.score - a.score || recency(b).localeCompare(recency(a)) || a.key.localeCompare(b.key))
  const learned = history && learn(history, byPopularity)
  if (!learned) return { papers: byPopularity.map((p, i) => ({ ...p, rank: i + 1 })) }
  const top = Math.log1p(Math.max(0, ...byPopularity.map((p) => p.score))) || 1
  const papers = byPopularity
    .map((p, i) => {
      const leaning = learned.leaningOf(p)
      return { ...p, history: { ...leaning, popularityRank: i + 1 }, by: Math.log1p(p.score) / top + HISTORY_WEIGHT * leaning.lean }
    })
    // Stable: equal standing keeps popularity's order.
    .sort((a, b) => b.by - a.by)
    .map(({ by: _by, ...p }, i) => ({ ...p, rank: i + 1 }))
  return { papers, strongest: learned.strongest }
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
