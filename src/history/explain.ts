// The history's effect in words: one line for the log and job summary (what was read, whether it acts,
// the terms it leans on), and for each paper it moved, why. Pure.
import type { RankedPaper } from '../paper.js'
import { type History, isWarm, type Learned, MIN_DECIDED_PULLS, MIN_DECISIONS } from './model.js'

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** What the history holds and whether it moved the ranking. */
export function historyLine(history: History, strongest: Learned['strongest'] | undefined): string {
  const count = (v: string): number => history.items.filter((i) => i.verdict === v).length
  const read =
    `The blog's history: ${plural(count('kept'), 'paper')} kept, ${count('added')} added, ${count('dropped')} dropped or replaced, ` +
    `${count('closed')} in pull requests closed unmerged (${plural(history.pulls.read, 'pull request')} of the action read, ${history.pulls.merged} merged, ${history.pulls.closed} closed unmerged)`
  if (!isWarm(history))
    return `${read}. It moves the ranking from ${MIN_DECISIONS} decisions (drops, replacements, additions, closed pull requests) in ${MIN_DECIDED_PULLS} pull requests; it has ${plural(history.decisions, 'decision')} in ${plural(history.decidedPulls, 'pull request')}, so papers are ranked by popularity alone.`
  const terms = (t: string[]): string => (t.length ? t.join(', ') : 'none yet')
  return `${read}. It moves the ranking: toward ${terms(strongest?.kept ?? [])}; away from ${terms(strongest?.dropped ?? [])}.`
}

/** Where the history put a paper against popularity's order, when it moved it: 'up' or 'down'. */
export function movedBy(p: RankedPaper): 'up' | 'down' | undefined {
  if (!p.history || p.history.popularityRank === p.rank) return undefined
  return p.rank < p.history.popularityRank ? 'up' : 'down'
}

/** Why the history moved a paper, in a short clause: "like 4 papers you published on agent, tool". */
export function movedReason(p: RankedPaper): string | undefined {
  const like = p.history?.like
  const moved = movedBy(p)
  if (!moved || !like) return undefined
  const on = like.terms.length ? ` on ${like.terms.join(', ')}` : ''
  return like.side === 'kept'
    ? `like ${plural(like.count, 'paper')} the blog kept${on}`
    : `like ${plural(like.count, 'paper')} you dropped${on}`
}

/** Papers popularity would have put in the post that the history moved out, with why. */
export function movedOut(reserves: RankedPaper[], count: number): RankedPaper[] {
  return reserves.filter((p) => p.history && p.history.popularityRank <= count && movedBy(p) === 'down')
}

/**
 * The body's and job summary's lines on the papers the history moved: each paper of the post it moved
 * up and each it moved out, with why. Titles come in made inert by the caller's `title`.
 */
export function movedLines(papers: RankedPaper[], reserves: RankedPaper[], count: number, title: (p: RankedPaper) => string): string[] {
  const up = papers.filter((p) => movedBy(p) === 'up' && movedReason(p))
  const out = movedOut(reserves, count).filter((p) => movedReason(p))
  return [
    ...up.map((p) => `- ↑ ${title(p)}: ${movedReason(p)} (${ordinal(p.history!.popularityRank)} by popularity alone)`),
    ...out.map((p) => `- ↓ ${title(p)}: ${movedReason(p)} (${ordinal(p.history!.popularityRank)} by popularity alone; now a reserve)`)
  ]
}

const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`
