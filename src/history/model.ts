// What the blog's history says of each candidate: how like it is to the papers the blog kept (published,
// merged, added with /survey add) and to those its maintainers dropped (or left in a pull request they
// closed). Naive Bayes over the papers' terms, trained at run time on nothing but the history; the
// papers of a side a candidate shares terms with tell why: "like 4 papers you dropped on …". Pure.
import { idfOf } from './terms.js'

/** What the maintainers did with a paper: kept it (published or merged), added it, dropped it, or closed its pull request unmerged. */
export type Verdict = 'kept' | 'added' | 'dropped' | 'closed'

export interface HistoryItem {
  key: string
  /** Empty for a paper known only from a page of the site (its id and the text around it). */
  title: string
  terms: string[]
  verdict: Verdict
}

export interface History {
  items: HistoryItem[]
  /** The action's pull requests read, and how many of them were merged or closed unmerged. */
  pulls: { read: number; merged: number; closed: number }
  /** Maintainers' decisions: drops, replacements, additions, and pull requests closed unmerged. */
  decisions: number
  /** Pull requests that hold at least one decision. */
  decidedPulls: number
}

/**
 * The history acts from this many decisions in two pull requests or more: below it (a new blog, one
 * day of drops) the ranking is popularity's alone, so one day's choices never steer the next.
 */
export const MIN_DECISIONS = 3
export const MIN_DECIDED_PULLS = 2

/** How much a verdict counts: an explicit drop or add more than a merge, a closed pull request less. */
const WEIGHT: Record<Verdict, number> = { kept: 1, added: 1.5, dropped: 1.5, closed: 0.5 }
/** The smallest unit of lean, in log-odds: less evidence than this is never a full verdict. */
const UNIT_FLOOR = 1
/** The most a paper leans either way: four times a typical paper's evidence. */
const MAX_LEAN = 2
/** Papers of the history a term must be in to count. */
const MIN_PAPERS = 2
/** Smoothing of the term counts, in papers: a term one side never held is unlikely there, not impossible. */
const SMOOTHING = 2
/**
 * How many papers (by weight) more than the term's overall rate predicts the side it favours must hold:
 * a word of the larger side that the smaller has merely not met yet is no evidence either way.
 */
const MIN_EXCESS = 1
/** The similarity from which a paper counts as "like" another, in the explanation. */
const LIKE = 0.1

export interface Leaning {
  /** Evidence for kept against dropped, in the history's own units: the kept lean 0.5 on average, the dropped −0.5; held to −2 to 2. */
  lean: number
  /** The side that pulls harder, how many papers of it this one is like, and the terms they share. */
  like?: { side: 'kept' | 'dropped'; count: number; terms: string[] }
}

export interface Learned {
  leaningOf(candidate: { key: string; terms: string[] }): Leaning
  /** The terms most telling of each side, the strongest first. */
  strongest: { kept: string[]; dropped: string[] }
}

/** The side a verdict counts on: kept (published, merged, added) or dropped (dropped, closed unmerged). */
export const sideOf = (v: Verdict): 'kept' | 'dropped' => (v === 'kept' || v === 'added' ? 'kept' : 'dropped')

export const isWarm = (h: History): boolean => h.decisions >= MIN_DECISIONS && h.decidedPulls >= MIN_DECIDED_PULLS

/** The model of a warm history, over the candidates it will judge (their terms weigh rarity too); undefined when cold. */
export function learn(history: History, candidates: { terms: string[] }[]): Learned | undefined {
  if (!isWarm(history)) return undefined
  const idf = idfOf([...history.items.map((i) => i.terms), ...candidates.map((c) => c.terms)])
  const vector = (terms: string[]): Map<string, number> => {
    const norm = Math.sqrt(terms.reduce((sum, t) => sum + idf(t) ** 2, 0)) || 1
    return new Map(terms.map((t) => [t, idf(t) / norm]))
  }
  const items: Judged[] = history.items.map((i) => ({ ...i, vector: vector(i.terms), side: sideOf(i.verdict) }))
  const counted = countTerms(items)
  const raw = evidenceOf(counted)
  const dot = (a: Map<string, number>, b: Map<string, number>): number => [...a].reduce((sum, [t, w]) => sum + w * (b.get(t) ?? 0), 0)
  // In units of the history's own papers: one unit is the evidence a kept paper has on average for its
  // side (each judged without itself), and the same for the dropped; a paper sharing no counted term has
  // none. A side whose papers are not alike among themselves gets the floor as its unit, so noise is not
  // magnified into a verdict.
  const unit = (s: 'kept' | 'dropped'): number => {
    const own = items.filter((i) => i.side === s)
    const mean = own.reduce((sum, i) => sum + raw(i.terms, i), 0) / (own.length || 1)
    return Math.max(s === 'kept' ? mean : -mean, UNIT_FLOOR)
  }
  const units = { kept: unit('kept'), dropped: unit('dropped') }
  return {
    strongest: strongestTerms(counted),
    leaningOf(candidate) {
      const own = vector(candidate.terms)
      const r = raw(candidate.terms)
      // Half a lean per unit of evidence, up to MAX_LEAN: a paper twice as like the dropped ones as they
      // are leans further than one as like them as they are.
      const lean = Math.max(-MAX_LEAN, Math.min(MAX_LEAN, r / (r >= 0 ? units.kept : units.dropped) / 2))
      const stronger = lean >= 0 ? 'kept' : 'dropped'
      const alike = items
        .filter((i) => i.side === stronger)
        .map((i) => ({ shared: candidate.terms.filter((t) => i.vector.has(t)), sim: dot(own, i.vector) }))
        .filter((x) => x.sim >= LIKE)
      if (alike.length === 0) return { lean }
      return { lean, like: { side: stronger, count: alike.length, terms: sharedTerms(alike, idf) } }
    }
  }
}

type Judged = HistoryItem & { vector: Map<string, number>; side: 'kept' | 'dropped' }

/** How often each side's papers hold each term and how much each side weighs (by verdict), and how many papers hold each term. */
interface TermCounts {
  counts: Record<'kept' | 'dropped', Map<string, number>>
  totals: Record<'kept' | 'dropped', number>
  papers: Map<string, number>
}

function countTerms(items: Judged[]): TermCounts {
  const counted: TermCounts = { counts: { kept: new Map(), dropped: new Map() }, totals: { kept: 0, dropped: 0 }, papers: new Map() }
  for (const i of items) {
    counted.totals[i.side] += WEIGHT[i.verdict]
    for (const t of i.vector.keys()) {
      counted.counts[i.side].set(t, (counted.counts[i.side].get(t) ?? 0) + WEIGHT[i.verdict])
      counted.papers.set(t, (counted.papers.get(t) ?? 0) + 1)
    }
  }
  return counted
}

/**
 * Log-odds that a paper with these terms is kept rather than dropped, from how often each side's papers
 * hold each term (weighted by verdict; naive Bayes over the terms present), optionally leaving out one
 * history paper's own counts.
 */
function evidenceOf({ counts, totals, papers }: TermCounts): (terms: string[], without?: Judged) => number {
  return (terms, without) => {
    const own = (s: 'kept' | 'dropped', t: string): number => (without?.side === s && without.vector.has(t) ? WEIGHT[without.verdict] : 0)
    const total = (s: 'kept' | 'dropped'): number => totals[s] - (without?.side === s ? WEIGHT[without.verdict] : 0)
    let sum = 0
    for (const t of terms) {
      const k = (counts.kept.get(t) ?? 0) - own('kept', t)
      const d = (counts.dropped.get(t) ?? 0) - own('dropped', t)
      const holders = (papers.get(t) ?? 0) - (without?.vector.has(t) ? 1 : 0)
      if (!telling(k, d, { kept: total('kept'), dropped: total('dropped') }, holders)) continue
      // Smoothed toward the term's rate over both sides, so the smaller side is not favoured by its size.
      const rate = (k + d) / (total('kept') + total('dropped'))
      sum +=
        Math.log((k + SMOOTHING * rate) / (total('kept') + SMOOTHING)) - Math.log((d + SMOOTHING * rate) / (total('dropped') + SMOOTHING))
    }
    return sum
  }
}

/**
 * Whether a term's counts say anything: a term one paper of the history used is that paper's word, not
 * the blog's taste; and the side it favours must hold it in MIN_EXCESS papers more than its rate predicts.
 */
function telling(k: number, d: number, totals: Record<'kept' | 'dropped', number>, holders: number): boolean {
  if (k + d <= 0 || holders < MIN_PAPERS) return false
  const rate = (k + d) / (totals.kept + totals.dropped)
  return Math.max(k - rate * totals.kept, d - rate * totals.dropped) >= MIN_EXCESS
}

/** The terms the alike papers share with the candidate, by how many share each and how rare it is. */
function sharedTerms(alike: { shared: string[] }[], idf: (t: string) => number): string[] {
  const weight = new Map<string, number>()
  for (const a of alike) for (const t of a.shared) weight.set(t, (weight.get(t) ?? 0) + idf(t))
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([t]) => t)
}

/** The terms the model counts, by how much more often one side's papers hold them than the other side's (share of each side). */
function strongestTerms({ counts, totals, papers }: TermCounts): Learned['strongest'] {
  const terms = [...papers.keys()].filter((t) => telling(counts.kept.get(t) ?? 0, counts.dropped.get(t) ?? 0, totals, papers.get(t) ?? 0))
  const lean = terms.map((t) => ({
    t,
    d: (counts.kept.get(t) ?? 0) / (totals.kept || 1) - (counts.dropped.get(t) ?? 0) / (totals.dropped || 1)
  }))
  const top = (sign: 1 | -1): string[] =>
    lean
      .filter((x) => x.d * sign > 0)
      .sort((a, b) => b.d * sign - a.d * sign || a.t.localeCompare(b.t))
      .slice(0, 5)
      .map((x) => x.t)
  return { kept: top(1), dropped: top(-1) }
}
