// The papers a review command writes anew: the commands' numbers resolved to the post's papers, the
// new ones looked up on arXiv by id (one request), each summarized as in a survey (every language, the
// same checks, a retry naming the failure; a reserve after a twice-failed one), with its image.
import { paperTerms } from '../history/terms.js'
import type { RankedPaper } from '../paper.js'
import type { Decision } from '../run-report.js'
import type { Settings } from '../settings.js'
import { lookupArxiv } from '../sources/arxiv.js'
import { guardApi } from '../stages/clients.js'
import { RunError, type RunContext } from '../stages/context.js'
import { fetchImage, secretCheck } from '../stages/summarize.js'
import { type LanguageDoubt, type SummarizedPaper, summarizePapers } from '../summarize/index.js'
import type { Command } from './commands.js'
import type { WrittenPaper } from './edit.js'
import { ReviewError } from './sections.js'

/** What the commands do to the post's papers, by key, so the edit can be made again on a moved branch. */
/**
 * The paper at position `i` as one slot of the post: its key and which copy of it this is (`key#0`
 * for the first), so a post that somehow holds a paper twice can still lose one copy with `drop`.
 */
export const slotKey = (papers: RankedPaper[], i: number): string =>
  `${papers[i]!.key}#${papers.slice(0, i).filter((p) => p.key === papers[i]!.key).length}`

export interface Resolved {
  /** The slots (slotKey) to leave out. */
  drop: Set<string>
  /** Papers written anew in place of (or as) the paper of the key. */
  written: Map<string, WrittenPaper & { kind: 'replaced' | 'rewritten' }>
  added: WrittenPaper[]
}

/** Numbers (the post's as the maintainer sees it) to the papers they name; a number out of range is the comment's fault. */
export function resolveNumbers(commands: Command[], papers: RankedPaper[]) {
  const paperAt = (n: number): RankedPaper => {
    const p = papers[n - 1]
    if (!p) throw new ReviewError(`paper ${n} is out of range: the post has papers 1 to ${papers.length}`, true)
    return p
  }
  const drop = new Set<string>()
  const targets: { kind: 'replaced' | 'rewritten'; paper: RankedPaper; arxivId?: string; note?: string }[] = []
  const adds: string[] = []
  for (const c of commands) {
    if (c.verb === 'drop')
      for (const n of c.numbers) {
        paperAt(n)
        drop.add(slotKey(papers, n - 1))
      }
    if (c.verb === 'replace') targets.push({ kind: 'replaced', paper: paperAt(c.number), arxivId: c.arxivId })
    if (c.verb === 'redo') targets.push({ kind: 'rewritten', paper: paperAt(c.number), note: c.note })
    if (c.verb === 'add') adds.push(c.arxivId)
  }
  if (drop.size === papers.length && targets.length === 0 && adds.length === 0)
    throw new ReviewError('that would leave the post without papers; close the pull request instead', true)
  return { drop, targets, adds }
}

export interface Written extends Resolved {
  newPapers: RankedPaper[]
  doubts: { paper: RankedPaper; doubts: LanguageDoubt[] }[]
  /** Reserves taken or tried (a failed summary), which the next replace skips. */
  tried: Set<string>
}

type Wanted = ReturnType<typeof resolveNumbers>

export async function writePapers(
  ctx: RunContext,
  settings: Settings,
  reserves: RankedPaper[],
  papers: RankedPaper[],
  wanted: Wanted,
  published: Set<string>
): Promise<Written> {
  const { full, queue: found } = await lookUp(ctx, settings, reserves, papers, wanted, published)
  let queue = found
  const result: Written = { drop: wanted.drop, written: new Map(), added: [], newPapers: [], doubts: [], tried: new Set() }
  const summarize = (candidates: RankedPaper[], note?: string) => summarizeFirst(ctx, settings, candidates, result, note)
  const image = (paper: RankedPaper) => fetchImage({ ...ctx, settings }, paper)
  const numberOf = (p: RankedPaper): number => papers.indexOf(p) + 1
  for (const t of wanted.targets) {
    if (t.kind === 'rewritten') {
      const done = await summarize([full(t.paper, t.paper.arxivId as string)], t.note)
      result.written.set(t.paper.key, { kind: 'rewritten', paper: done.paper, summaries: done.summaries, imageOf: numberOf(t.paper) })
      result.newPapers.push(done.paper)
      continue
    }
    const candidates = t.arxivId
      ? [
          full(
            reserves.find((r) => r.arxivId === t.arxivId),
            t.arxivId
          )
        ]
      : queue
    if (candidates.length === 0)
      throw new ReviewError(
        `no unused reserve is left to replace paper ${numberOf(t.paper)}; name an arXiv id: \`/survey replace ${numberOf(t.paper)} <arXiv id>\``,
        true
      )
    const done = await summarize(candidates)
    queue = queue.filter((p) => !result.tried.has(p.key))
    result.written.set(t.paper.key, { kind: 'replaced', paper: done.paper, summaries: done.summaries, image: await image(done.paper) })
    result.newPapers.push(done.paper)
  }
  for (const id of wanted.adds) {
    const done = await summarize([
      full(
        reserves.find((r) => r.arxivId === id),
        id
      )
    ])
    result.added.push({ paper: done.paper, summaries: done.summaries, image: await image(done.paper) })
    result.newPapers.push(done.paper)
  }
  return result
}

/**
 * Every paper the commands need, from arXiv in one request: the ids given (refused when the blog or the
 * post holds them already, or arXiv knows none), the papers to rewrite, and the unused reserves.
 */
async function lookUp(
  ctx: RunContext,
  settings: Settings,
  reserves: RankedPaper[],
  papers: RankedPaper[],
  wanted: Wanted,
  published: Set<string>
) {
  const inPost = new Set(papers.map((p) => p.key))
  const given = [...wanted.targets.flatMap((t) => (t.arxivId ? [t.arxivId] : [])), ...wanted.adds]
  for (const id of given) {
    if (published.has(id)) throw new ReviewError(`arXiv ${id} is already published on the blog`, true)
    if (inPost.has(id)) throw new ReviewError(`arXiv ${id} is already paper ${papers.findIndex((p) => p.key === id) + 1} of the post`, true)
  }
  for (const t of wanted.targets)
    if (t.kind === 'rewritten' && !t.paper.arxivId)
      throw new ReviewError(`paper ${papers.indexOf(t.paper) + 1} has no arXiv id to read its abstract from`, true)
  const unused = wanted.targets.some((t) => t.kind === 'replaced' && !t.arxivId)
    ? reserves.filter((r) => r.arxivId && !inPost.has(r.key) && !published.has(r.arxivId) && !given.includes(r.arxivId))
    : []
  const rewritten = wanted.targets.flatMap((t) => (t.kind === 'rewritten' ? [t.paper.arxivId as string] : []))
  const ids = [...new Set([...given, ...rewritten, ...unused.map((r) => r.arxivId as string)])]
  const found = new Map((await lookupArxiv(ctx.clients.http, settings.urls.arxiv, ids)).map((c) => [c.arxivId, c]))
  for (const id of given) if (!found.has(id)) throw new ReviewError(`arXiv has no paper ${id}`, true)
  // The looked-up text (abstract, authors) over what the survey knew (sources, counts, code, thumbnail).
  const full = (known: RankedPaper | undefined, id: string): RankedPaper => {
    const c = found.get(id)
    if (!c) throw new RunError(`arXiv did not return ${id}, which the post's paper names; nothing was changed`)
    const base = known ?? { ...c, rank: 0, score: 0 }
    return { ...base, title: c.title, authors: c.authors, abstract: c.abstract, published: c.published || base.published }
  }
  return { full, queue: unused.filter((r) => found.has(r.arxivId)).map((r) => full(r, r.arxivId as string)) }
}

/** The first candidate whose summary passes, as in a survey run; none passing stops the command, nothing changed. */
async function summarizeFirst(
  ctx: RunContext,
  settings: Settings,
  candidates: RankedPaper[],
  result: Written,
  note?: string
): Promise<SummarizedPaper> {
  const outcome = await guardApi(() =>
    summarizePapers(candidates, {
      client: ctx.clients.claude,
      meter: ctx.clients.meter,
      model: settings.model,
      languages: settings.languages,
      count: 1,
      maxConcurrency: 1,
      reviewerNote: note,
      extraCheck: secretCheck(ctx.log)
    })
  )
  for (const r of outcome.replaced) result.tried.add(r.paper.key)
  const done = outcome.summarized[0]
  if (!done)
    throw new RunError(
      `No new summary passed the checks twice (${outcome.replaced.map((r) => `${r.paper.key}: ${r.reasons.join('; ')}`).join(' | ') || 'no paper to summarize'}); nothing was changed.`
    )
  result.tried.add(done.paper.key)
  if (done.doubts.length) result.doubts.push({ paper: done.paper, doubts: done.doubts })
  return done
}

/** What the maintainers decided by this command, for the ranking to learn from (history/): drops, papers replaced, papers added. */
export function decisionsOf(before: RankedPaper[], resolved: Resolved): Decision[] {
  const decision = (p: RankedPaper, verdict: Decision['verdict']): Decision => ({
    key: p.key,
    title: p.title,
    terms: p.terms?.length ? p.terms : paperTerms(p),
    verdict
  })
  return [
    ...before.flatMap((p, i) =>
      resolved.drop.has(slotKey(before, i)) || resolved.written.get(p.key)?.kind === 'replaced' ? [decision(p, 'dropped')] : []
    ),
    ...resolved.added.map((a) => decision(a.paper, 'added'))
  ]
}
