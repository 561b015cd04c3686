// The paper model shared by every stage: what a source found (Candidate), the key that merges
// the same paper across sources, and the merge itself.
import type { Leaning } from './history/model.js'

export const SOURCE_NAMES = ['huggingface', 'arxiv', 'semantic-scholar'] as const
export type SourceName = (typeof SOURCE_NAMES)[number]

export interface Candidate {
  /** arXiv id without version; else `doi:<doi>`; else `title:<normalized title>`. */
  key: string
  arxivId?: string
  doi?: string
  semanticScholarUrl?: string
  title: string
  authors: string[]
  abstract: string
  /** Day of first publication (arXiv v1), YYYY-MM-DD. */
  published: string
  sources: SourceName[]
  upvotes?: number
  citations?: number
  influentialCitations?: number
  /** When Hugging Face featured the paper (submittedOnDailyAt, or the 2024 items' top-level publishedAt). */
  featuredAt?: string
  /** Image address a source gave for this paper (Hugging Face's thumbnail). */
  thumbnailUrl?: string
  /** Hugging Face's code repository for the paper, its stars, and the project page (untrusted: see hugo/links.ts). */
  githubRepo?: string
  githubStars?: number
  projectPage?: string
  keywords?: string[]
}

/** A paper chosen for the post, with the reasons it was chosen. */
export interface RankedPaper extends Candidate {
  rank: number
  score: number
  relevance?: { score: number; reason: string }
  /** What the ranking compares it by (history/terms.ts), kept in the state so a later decision on it can be learned from. */
  terms?: string[]
  /** Where the blog's history moved it: its lean, its place by popularity alone, and what it is like. */
  history?: Leaning & { popularityRank: number }
}

const NEW_STYLE = /^(\d{4}\.\d{4,5})(v\d+)?$/
const OLD_STYLE = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?$/

/**
 * The arXiv id without version, from an id, an `arXiv:` prefixed id, or an abs/pdf/html URL.
 * Returns undefined for anything that is not an arXiv id.
 */
export function normalizeArxivId(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined
  let s = raw.trim()
  s = s.replace(/^https?:\/\/(export\.|www\.)?arxiv\.org\/(abs|pdf|html)\//i, '').replace(/\.pdf$/i, '')
  s = s.replace(/^arxiv:/i, '')
  const m = NEW_STYLE.exec(s) ?? OLD_STYLE.exec(s)
  return m ? m[1] : undefined
}

export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function paperKey(p: { arxivId?: string; doi?: string; title: string }): string {
  if (p.arxivId) return p.arxivId
  if (p.doi) return `doi:${p.doi.toLowerCase()}`
  return `title:${normalizeTitle(p.title)}`
}

/**
 * Merges candidates that share a key. Every source is kept; counts take the largest value seen;
 * text fields keep the first non-empty value in source order (Hugging Face, arXiv, Semantic Scholar).
 */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>()
  // Papers that only Semantic Scholar knew by title may match an arXiv paper's title.
  const titleToKey = new Map<string, string>()
  for (const c of candidates) {
    const key = byKey.has(c.key) ? c.key : (titleToKey.get(normalizeTitle(c.title)) ?? c.key)
    const seen = byKey.get(key)
    if (!seen) {
      byKey.set(key, { ...c, key, sources: [...c.sources] })
      titleToKey.set(normalizeTitle(c.title), key)
      continue
    }
    byKey.set(key, mergeTwo(seen, c))
  }
  return [...byKey.values()]
}

function mergeTwo(a: Candidate, b: Candidate): Candidate {
  const max = (x?: number, y?: number): number | undefined => (x === undefined ? y : y === undefined ? x : Math.max(x, y))
  return {
    ...a,
    arxivId: a.arxivId ?? b.arxivId,
    doi: a.doi ?? b.doi,
    semanticScholarUrl: a.semanticScholarUrl ?? b.semanticScholarUrl,
    title: a.title || b.title,
    authors: a.authors.length > 0 ? a.authors : b.authors,
    abstract: a.abstract || b.abstract,
    published: a.published || b.published,
    sources: [...new Set([...a.sources, ...b.sources])].sort((x, y) => SOURCE_NAMES.indexOf(x) - SOURCE_NAMES.indexOf(y)),
    upvotes: max(a.upvotes, b.upvotes),
    citations: max(a.citations, b.citations),
    influentialCitations: max(a.influentialCitations, b.influentialCitations),
    featuredAt: a.featuredAt ?? b.featuredAt,
    thumbnailUrl: a.thumbnailUrl ?? b.thumbnailUrl,
    githubRepo: a.githubRepo ?? b.githubRepo,
    githubStars: a.githubRepo ? a.githubStars : b.githubStars,
    projectPage: a.projectPage ?? b.projectPage,
    keywords: a.keywords ?? b.keywords
  }
}
