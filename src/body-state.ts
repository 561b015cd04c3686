// The survey's report, kept in its pull request's body as one hidden line, so a review command can
// bring the body up to date (table, reserves, doubts, cost) and take the next reserve without asking
// the sources again, and so the next run knows the action's last commit (github/proof.ts). Both the
// survey and the review commands write and read it here. Pure. The line is base64 of JSON: no text in it can end the HTML comment or show.
// Whoever may edit the body may also push to the branch; still, what is read back is checked field by
// field, and the paths it names are never used (the post's place comes from the inputs, checked against it).
import type { RunReport } from './run-report.js'
import { normalizeArxivId, type RankedPaper, SOURCE_NAMES } from './paper.js'
import { clip } from './text.js'

const MARK = 'hugo-paper-survey:state v1'
const LINE = new RegExp(`<!-- ${MARK} ([A-Za-z0-9+/=]+) -->`, 'g')

/** Reserves the state keeps: more than any comment asks for, few enough to keep the body small. */
export const RESERVES_KEPT = 10

/** The longest state line a body carries; a longer one is left out, and the body says the commands are unavailable. */
export const STATE_MAX = 24_000

/** The state line for a report: the papers without their abstracts and authors (looked up again when needed). */
export function stateLine(r: RunReport): string | undefined {
  // Every text and list bounded, as the visible body's are, so the line stays a few kilobytes.
  const stored = {
    ...r,
    papers: r.papers.map(compact),
    reserves: r.reserves.slice(0, RESERVES_KEPT).map(compact),
    replaced: r.replaced.slice(0, 30).map((x) => ({ paper: compact(x.paper), reasons: x.reasons.slice(0, 5).map((t) => clip(t, 300)) })),
    droppedByRelevance: [],
    links: [],
    proofNote: undefined,
    keptFiles: r.keptFiles.slice(0, 50).map((f) => clip(f, 300)),
    sources: r.sources.map((x) => ({
      ...x,
      reason: x.reason && clip(x.reason, 300),
      queries: x.queries.slice(0, 20).map((q) => clip(q, 2000))
    })),
    doubts: r.doubts.slice(0, 50).map((d) => ({
      key: d.paper.key,
      doubts: d.doubts.slice(0, 10).map((x) => ({ ...x, number: clip(x.number, 60), sentence: clip(x.sentence, 300) }))
    }))
  }
  const line = `<!-- ${MARK} ${Buffer.from(JSON.stringify(stored), 'utf8').toString('base64')} -->`
  return line.length <= STATE_MAX ? line : undefined
}

/** The report a body's last state line holds, or undefined when it has none or it does not read back. */
export function readState(body: string): RunReport | undefined {
  const encoded = [...body.matchAll(LINE)].at(-1)?.[1]
  if (!encoded) return undefined
  try {
    return revive(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')))
  } catch {
    return undefined
  }
}

function compact(p: RankedPaper): RankedPaper {
  const { abstract: _abstract, authors: _authors, keywords: _keywords, ...rest } = p
  const short = (t: string | undefined): string | undefined => (t === undefined ? undefined : clip(t, 500))
  return {
    ...rest,
    title: clip(p.title, 300),
    abstract: '',
    authors: [],
    thumbnailUrl: short(p.thumbnailUrl),
    githubRepo: short(p.githubRepo),
    projectPage: short(p.projectPage),
    semanticScholarUrl: short(p.semanticScholarUrl),
    relevance: p.relevance && { score: p.relevance.score, reason: clip(p.relevance.reason, 300) }
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const COMMIT = /^[0-9a-f]{40}$/

/** The commit of the action's last move of its branch that a body records, when it holds a valid one. */
export const recordedProof = (body: string): string | undefined => readState(body)?.proof

function revive(raw: Record<string, unknown>): RunReport {
  const s = raw as unknown as RunReport & { doubts: { key: string; doubts: RunReport['doubts'][number]['doubts'] }[] }
  const window = s.window as unknown as { start: string; end: string; days: string[]; date: string; timezone: string }
  if (!DATE.test(String(s.date)) || !Array.isArray(s.languages) || !s.languages.every((l) => typeof l === 'string'))
    throw new Error('date or languages')
  const papers = list(s.papers).map(paperOf)
  const doubts = list(s.doubts).flatMap((d) => {
    const paper = papers.find((p) => p.key === d.key)
    return paper
      ? [
          {
            paper,
            doubts: list(d.doubts).map((x) => ({ number: String(x.number), sentence: String(x.sentence), language: String(x.language) }))
          }
        ]
      : []
  })
  return {
    ...s,
    window: { ...window, days: list(window.days).map(String), start: new Date(window.start), end: new Date(window.end) },
    papers,
    reserves: list(s.reserves).map(paperOf),
    replaced: list(s.replaced).map((x) => ({ paper: paperOf(x.paper), reasons: list(x.reasons).map(String) })),
    droppedByRelevance: [],
    links: [],
    keptFiles: list(s.keptFiles).map(String),
    otherDates: list(s.otherDates).map(String),
    sources: list(s.sources),
    doubts,
    proof: typeof s.proof === 'string' && COMMIT.test(s.proof) ? s.proof : undefined,
    proofNote: undefined
  }
}

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : [])

/** A stored paper, its fields checked: an arXiv id is one, sources are known names, counts are numbers. */
function paperOf(raw: RankedPaper): RankedPaper {
  if (!raw || typeof raw.title !== 'string' || typeof raw.key !== 'string') throw new Error('paper')
  const arxivId = raw.arxivId === undefined ? undefined : normalizeArxivId(raw.arxivId)
  if (raw.arxivId !== undefined && !arxivId) throw new Error('arXiv id')
  const count = (n: unknown): number | undefined => (typeof n === 'number' && Number.isFinite(n) ? n : undefined)
  const text = (t: unknown): string | undefined => (typeof t === 'string' ? t : undefined)
  return {
    key: arxivId ?? raw.key,
    arxivId,
    doi: text(raw.doi),
    semanticScholarUrl: text(raw.semanticScholarUrl),
    title: raw.title,
    authors: [],
    abstract: '',
    published: text(raw.published) ?? '',
    sources: list(raw.sources).filter((x) => (SOURCE_NAMES as readonly string[]).includes(x)),
    upvotes: count(raw.upvotes),
    citations: count(raw.citations),
    thumbnailUrl: text(raw.thumbnailUrl),
    githubRepo: text(raw.githubRepo),
    githubStars: count(raw.githubStars),
    projectPage: text(raw.projectPage),
    rank: count(raw.rank) ?? 0,
    score: count(raw.score) ?? 0,
    relevance: raw.relevance ? { score: count(raw.relevance.score) ?? 0, reason: String(raw.relevance.reason ?? '') } : undefined
  }
}
