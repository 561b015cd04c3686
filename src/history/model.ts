// What the blog's history says of each candidate: how like it is to the papers the blog kept (published,
// merged, added with /survey add) and to those its maintainers dropped (or left in a pull request they
// closed). A nearest-neighbour model over the papers' terms, trained at run time on nothing but the
// history: every number it gives can be told back as "like 4 papers you published on …". Pure.
import { idfOf } from './terms.js'

/** What the maintainers did with a paper: kept it (published or merged), added it, dropped it, or closed its pull request unmerged. */
export type Verdict = 'kept' | 'added' | 'dropped' | 'closed'

export interface HistoryItem {
  key: string
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
/** The similarity from which a paper counts as "like" another, in the explanation. */
const LIKE = 0.1

export interface Leaning {
  /** Likeness to what was kept minus likeness to what was dropped, in the history's own units: the kept lean 1 on average, the dropped −1; held to −1 to 1. */
  lean: number
  /** The side that pulls harder, how many papers of it this one is like, and the terms they share. */
  like?: { side: 'kept' | 'dropped'; count: number; terms: string[] }
}

export interface Learned {
  leaningOf(candidate: { key: string; terms: string[] }): Leaning
  /** The terms most telling of each side, the strongest first. */
  strongest: { kept: string[]; dropped: string[] }
}

export const isWarm = (h: History): boolean => h.decisions >= MIN_DECISIONS && h.decidedPulls >= MIN_DECIDED_PULLS

/** The model of a warm history, over the candidates it will judge (their terms weigh rarity too); undefined when cold. */
export function learn(history: History, candidates: { terms: string[] }[]): Learned | undefined {
  if (!isWarm(history)) return undefined
  const idf = idfOf([...history.items.map((i) => i.terms), ...candidates.map((c) => c.terms)])
  const vector = (terms: string[]): Map<string, number> => {
    const norm = Math.sqrt(terms.reduce((sum, t) => sum + idf(t) ** 2, 0)) || 1
    return new Map(terms.map((t) => [t, idf(t) / norm]))
  }
  const side = (v: Verdict): 'kept' | 'dropped' => (v === 'kept' || v === 'added' ? 'kept' : 'dropped')
  const items = history.items.map((i) => ({ ...i, vector: vector(i.terms), side: side(i.verdict) }))
  // Each side's centre (Rocchio): the sum of its papers' vectors, normalized when compared, so a side's
  // size does not decide, its topics do.
  const sums = { kept: new Map<string, number>(), dropped: new Map<string, number>() }
  for (const i of items) for (const [t, w] of i.vector) sums[i.side].set(t, (sums[i.side].get(t) ?? 0) + w * WEIGHT[i.verdict])
  const dot = (a: Map<string, number>, b: Map<string, number>): number => [...a].reduce((sum, [t, w]) => sum + w * (b.get(t) ?? 0), 0)
  const size = { kept: Math.sqrt(dot(sums.kept, sums.kept)) || 1, dropped: Math.sqrt(dot(sums.dropped, sums.dropped)) || 1 }
  const raw = (v: Map<string, number>): number => dot(v, sums.kept) / size.kept - dot(v, sums.dropped) / size.dropped
  // A history paper judged by the centres without itself (leave one out), as a candidate is judged.
  const heldOut = (i: (typeof items)[number]): number => {
    const w = WEIGHT[i.verdict]
    const own = dot(i.vector, sums[i.side])
    const without = (own - w) / (Math.sqrt(Math.max(size[i.side] ** 2 - 2 * w * own + w * w, 1e-12)) || 1)
    const other = i.side === 'kept' ? 'dropped' : 'kept'
    const toOther = dot(i.vector, sums[other]) / size[other]
    return i.side === 'kept' ? without - toOther : toOther - without
  }
  // In units of the history's own margin: a paper as like the kept as they are on average leans 1, as
  // like the dropped as they are, −1, whatever the vocabulary's size makes the similarities.
  const mean = (s: 'kept' | 'dropped'): number => {
    const own = items.filter((i) => i.side === s)
    return own.reduce((sum, i) => sum + heldOut(i), 0) / (own.length || 1)
  }
  const half = Math.max((mean('kept') - mean('dropped')) / 2, 0.01)
  const centreLean = (mean('kept') + mean('dropped')) / 2
  return {
    strongest: strongestTerms(history.items, side),
    leaningOf(candidate) {
      const own = vector(candidate.terms)
      const lean = Math.max(-1, Math.min(1, (raw(own) - centreLean) / half))
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

/** The terms the alike papers share with the candidate, by how many share each and how rare it is. */
function sharedTerms(alike: { shared: string[] }[], idf: (t: string) => number): string[] {
  const weight = new Map<string, number>()
  for (const a of alike) for (const t of a.shared) weight.set(t, (weight.get(t) ?? 0) + idf(t))
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([t]) => t)
}

/** Terms by how much more often one side's papers hold them than the other side's (share of each side). */
function strongestTerms(items: HistoryItem[], side: (v: Verdict) => 'kept' | 'dropped'): Learned['strongest'] {
  const share = { kept: new Map<string, number>(), dropped: new Map<string, number>() }
  const size = { kept: 0, dropped: 0 }
  for (const i of items) {
    const s = side(i.verdict)
    size[s] += WEIGHT[i.verdict]
    for (const t of new Set(i.terms)) share[s].set(t, (share[s].get(t) ?? 0) + WEIGHT[i.verdict])
  }
  const terms = new Set([...share.kept.keys(), ...share.dropped.keys()])
  const lean = [...terms].map((t) => ({
    t,
    d: (share.kept.get(t) ?? 0) / (size.kept || 1) - (share.dropped.get(t) ?? 0) / (size.dropped || 1)
  }))
  const top = (sign: 1 | -1): string[] =>
    lean
      .filter((x) => x.d * sign > 0)
      .sort((a, b) => b.d * sign - a.d * sign || a.t.localeCompare(b.t))
      .slice(0, 5)
      .map((x) => x.t)
  return { kept: top(1), dropped: top(-1) }
}
