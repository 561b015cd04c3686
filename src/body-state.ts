// The survey's report, kept in its pull request's body as one hidden line, so a review command can
// bring the body up to date (table, reserves, doubts, cost) and take the next reserve without asking
// the sources again, and so the next run knows the action's last commit (github/proof.ts). Both the
// survey and the review commands write and read it here. Pure. The line is base64 of JSON: no text in it can end the HTML comment or show.
// Whoever may edit the body may also push to the branch; still, what is read back is checked field by
// field, and the paths it names are never used (the post's place comes from the inputs, checked against it).
import { TERMS_KEPT } from './history/terms.js'
import { DECISIONS_KEPT, type Decision, type RunReport } from './run-report.js'
import { normalizeArxivId, type RankedPaper, SOURCE_NAMES } from './paper.js'
import type { SourceReport } from './sources/index.js'
import { emptyUsage, type Usage } from './summarize/cost.js'
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
    // A reserve is compared by nothing later (once in a post, the post's state gives its terms).
    reserves: r.reserves.slice(0, RESERVES_KEPT).map((p) => ({ ...compact(p), terms: undefined })),
    replaced: r.replaced.slice(0, 30).map((x) => ({ paper: compact(x.paper), reasons: x.reasons.slice(0, 5).map((t) => clip(t, 300)) })),
    droppedByRelevance: [],
    links: [],
    proofNote: undefined,
    history: undefined,
    decisions: r.decisions.slice(-DECISIONS_KEPT).map((d) => ({ ...d, title: clip(d.title, 120), terms: d.terms.slice(0, 12) })),
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

/**
 * The report a state line holds, every field checked as strictly as the papers: what a body says is
 * shown again on GitHub and steers the commands, and whoever edits the body is not the action. A field
 * out of shape makes the whole state unreadable (the command then says the pull request is not a survey's).
 */
function revive(raw: Record<string, unknown>): RunReport {
  const s = raw as unknown as RunReport & { doubts: { key: string; doubts: RunReport['doubts'][number]['doubts'] }[] }
  const window = s.window as unknown as { start: string; end: string; days: string[]; date: string; timezone: string }
  const date = check(s.date, DATE, 'date')
  const postPaths = list(s.postPaths).map((p) => check(p, PATH, 'post path'))
  const papers = list(s.papers).map(paperOf)
  return {
    date,
    window: {
      date: check(window.date, DATE, 'date'),
      timezone: check(window.timezone, TIMEZONE, 'time zone'),
      days: list(window.days).map((d) => check(d, DATE, 'day')),
      start: instant(window.start),
      end: instant(window.end)
    },
    postPath: check(s.postPath, PATH, 'post path'),
    postPaths,
    languages: list(s.languages).map((l) => check(l, LANGUAGE, 'language')),
    written: s.written === true,
    papers,
    reserves: list(s.reserves).map(paperOf),
    requestedCount: count(s.requestedCount),
    candidateCount: count(s.candidateCount),
    sources: list(s.sources).map(sourceOf),
    replaced: list(s.replaced).map((x) => ({ paper: paperOf(x.paper), reasons: list(x.reasons).map((r) => clip(String(r), 300)) })),
    droppedByRelevance: [],
    leftOut: { published: count(s.leftOut?.published), offTopic: count(s.leftOut?.offTopic), noAbstract: count(s.leftOut?.noAbstract) },
    usage: Object.fromEntries(
      Object.entries(emptyUsage()).map(([k]) => [k, amount((s.usage as unknown as Record<string, unknown>)?.[k])])
    ) as unknown as Usage,
    costKnown: s.costKnown === true,
    costByLanguage: Object.fromEntries(
      Object.entries(s.costByLanguage ?? {}).map(([l, usd]) => [check(l, LANGUAGE, 'language'), amount(usd)])
    ),
    model: check(s.model, MODEL, 'model'),
    filterModel: s.filterModel === undefined ? undefined : check(s.filterModel, MODEL, 'model'),
    promptHash: check(s.promptHash, SHORT, 'prompt hash'),
    version: check(s.version, SHORT, 'version'),
    relevanceRan: s.relevanceRan === true,
    detailsStyle: check(s.detailsStyle, /^(positional|named|title|html|markdown)$/, 'details style') as RunReport['detailsStyle'],
    keptFiles: keptFilesOf(list(s.keptFiles), postPaths),
    otherDates: list(s.otherDates).map((d) => check(d, DATE, 'date')),
    links: [],
    doubts: doubtsOf(list(s.doubts), papers),
    proof: typeof s.proof === 'string' && COMMIT.test(s.proof) ? s.proof : undefined,
    proofNote: undefined,
    decisions: list(s.decisions).slice(-DECISIONS_KEPT).map(decisionOf)
  }
}

/** Files directly in the post's folder, as the survey listed them; nothing else. */
function keptFilesOf(raw: unknown[], postPaths: string[]): string[] {
  const folders = postPaths.map((p) => p.slice(0, p.lastIndexOf('/') + 1))
  return raw.map((f) => {
    const file = check(f, PATH, 'kept file')
    if (!folders.some((folder) => file.startsWith(folder) && !file.slice(folder.length).includes('/'))) throw new Error('kept file')
    return file
  })
}

/** The stored doubts, each tied to a paper of the post by its key; the texts clipped. */
function doubtsOf(raw: { key: string; doubts: RunReport['doubts'][number]['doubts'] }[], papers: RankedPaper[]): RunReport['doubts'] {
  return raw.flatMap((d) => {
    const paper = papers.find((p) => p.key === d.key)
    if (!paper) return []
    const doubts = list(d.doubts).map((x) => ({
      number: clip(String(x.number), 60),
      sentence: clip(String(x.sentence), 300),
      language: check(x.language, LANGUAGE, 'language')
    }))
    return [{ paper, doubts }]
  })
}

/** A stored source's report: a known source and status, a count, its reason and queries clipped. */
function sourceOf(raw: SourceReport): SourceReport {
  if (!(SOURCE_NAMES as readonly string[]).includes(raw?.source) || !['ok', 'empty', 'failed'].includes(raw.status))
    throw new Error('source')
  return {
    source: raw.source,
    status: raw.status,
    count: count(raw.count),
    reason: raw.reason === undefined ? undefined : clip(String(raw.reason), 300),
    queries: list(raw.queries)
      .slice(0, 20)
      .map((q) => clip(String(q), 2000))
  }
}

const MODEL = /^[a-z0-9][a-z0-9._-]{0,99}$/i
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/
const TIMEZONE = /^[A-Za-z0-9_+/-]{1,64}$/
const SHORT = /^[\w.+-]{1,64}$/
/** A path in the repository: relative, no `..`, no control characters or characters GitHub would render. */
const PATH = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000-\u001f<>`|\\]{1,300}$/

function check(value: unknown, pattern: RegExp, what: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw new Error(what)
  return value
}
const count = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0)
const amount = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0)
function instant(value: unknown): Date {
  const d = new Date(String(value))
  if (Number.isNaN(d.getTime())) throw new Error('instant')
  return d
}

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : [])

/** Words of a paper as the ranking keeps them (history/terms.ts): lower-case words, a few. */
const TERM = /^[a-z][a-z0-9-]{0,59}$/
const termsOf = (raw: unknown): string[] =>
  list(raw as unknown[])
    .slice(0, TERMS_KEPT)
    .map((t) => check(t, TERM, 'term'))

/** A stored decision: a paper's key and title, its terms, and a known verdict. */
function decisionOf(raw: Decision): Decision {
  if (!raw || typeof raw.title !== 'string' || typeof raw.key !== 'string' || !['dropped', 'added'].includes(raw.verdict))
    throw new Error('decision')
  return { key: clip(raw.key, 120), title: clip(raw.title, 300), terms: termsOf(raw.terms), verdict: raw.verdict }
}

/** Where the history moved a stored paper: numbers and a known side with its terms. */
function leaningOf(raw: NonNullable<RankedPaper['history']>): RankedPaper['history'] {
  const lean = typeof raw?.lean === 'number' && Number.isFinite(raw.lean) ? raw.lean : 0
  const like = raw?.like
  return {
    lean,
    popularityRank: count(raw?.popularityRank),
    like:
      like && ['kept', 'dropped'].includes(like.side)
        ? { side: like.side, count: count(like.count), terms: termsOf(like.terms).slice(0, 3) }
        : undefined
  }
}

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
    terms: raw.terms === undefined ? undefined : termsOf(raw.terms),
    history: raw.history === undefined ? undefined : leaningOf(raw.history),
    rank: count(raw.rank) ?? 0,
    score: count(raw.score) ?? 0,
    relevance: raw.relevance ? { score: count(raw.relevance.score) ?? 0, reason: String(raw.relevance.reason ?? '') } : undefined
  }
}
