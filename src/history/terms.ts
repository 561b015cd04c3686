// A paper as the ranking compares papers: the words of its title, abstract and keywords that say what
// it is about. English words only (every source's abstract is English; a Japanese summary adds nothing
// comparable), lower case, plurals folded, common words and the words every LLM paper uses left out.
// Pure.

const STOP = new Set(
  `a about above across after again against all almost along also although among an and another any are as at be
  because been before being below between both but by can could did do does doing done down during each either
  even every few for from further had has have having here how however if in into is it its itself just least
  less like made make makes many may more most much must near neither no nor not now of off often on once one
  only onto or other others our out over own per rather same several shall should since so some such than that
  the their them then there these they this those though through thus to too toward towards under until up upon
  us use used uses using very via was we well were what when where whether which while who whose why will with
  within without would yet you your`
    .split(/\s+/)
    .filter(Boolean)
)

/** Words nearly every paper of the field says: they tell no topic apart. */
const GENERIC = new Set(
  `paper papers propose proposes proposed present presents introduce introduces introduced show shows shown
  demonstrate demonstrates study studies work works approach approaches method methods model models result
  results experiment experiments experimental performance perform performs achieve achieves achieved state art
  existing novel new based framework frameworks task tasks benchmark benchmarks evaluation evaluate evaluated
  data dataset datasets large language llm llms improve improves improved improvement significant significantly
  significantly various different across learning learn train trained training code available first two three
  high low better best further challenge challenges problem problems key recent recently remain remains
  however across including include includes provide provides particular specific way ways effective
  effectively efficient efficiency both whereas order end toward general generally able ability abilities
  outperform outperforms baseline baselines source open release released extensive comprehensive`
    .split(/\s+/)
    .filter(Boolean)
)

/** Terms a paper keeps for comparison, in the state and the history: enough to place it, few enough to store. */
export const TERMS_KEPT = 16

/** The comparable words of a text with their counts. */
export function wordsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\$[^$]*\$/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
  for (const raw of plain.match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g) ?? []) {
    const word = fold(raw)
    if (word.length < 3 || STOP.has(word) || GENERIC.has(word) || GENERIC.has(raw)) continue
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

/** Plurals folded to one form: "agents" and "agent", "policies" and "policy"; not "analysis" or "gaussians'" stems. */
function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|ics)$/.test(word)) return word.slice(0, -1)
  return word
}

/** Inverse document frequencies over a set of papers' term lists (smoothed: a term no paper holds weighs most). */
export function idfOf(docs: readonly (readonly string[])[]): (term: string) => number {
  const df = new Map<string, number>()
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1)
  const n = docs.length
  return (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1
}

/** A paper's words for ranking: their counts (the title's and keywords' twice), and its title's and abstract's words (its vocabulary, for rarity). */
export interface PaperWords {
  counts: Map<string, number>
  vocabulary: string[]
}

export function paperWords(paper: { title: string; abstract: string; keywords?: string[] }): PaperWords {
  const abstract = wordsOf(paper.abstract)
  const title = wordsOf(paper.title)
  const counts = new Map(abstract)
  for (const [w, n] of [...title, ...wordsOf((paper.keywords ?? []).join(' '))]) counts.set(w, (counts.get(w) ?? 0) + 2 * n)
  return { counts, vocabulary: [...new Set([...title.keys(), ...abstract.keys()])] }
}

/**
 * The strongest terms of a paper's words, by count and rarity: words of its title (counted twice) or said
 * twice in its abstract. A word said once is the abstract's phrasing, and ties among such words would be
 * settled by the alphabet, not by the paper.
 */
export function topTerms(counts: Map<string, number>, idf: (term: string) => number = () => 1): string[] {
  return [...counts]
    .filter(([, n]) => n >= 2)
    .map(([w, n]) => ({ w, weight: Math.log(1 + n) * idf(w) }))
    .sort((a, b) => b.weight - a.weight || a.w.localeCompare(b.w))
    .slice(0, TERMS_KEPT)
    .map((x) => x.w)
}

/** A paper's terms: its words weighed by count and rarity, the title's twice, the strongest first. */
export const paperTerms = (paper: { title: string; abstract: string; keywords?: string[] }, idf?: (term: string) => number): string[] =>
  topTerms(paperWords(paper).counts, idf)
