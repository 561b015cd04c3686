// Copies and wrong papers, by the words a summary shares with its abstract. A summary that walks the
// abstract's sentences in order, lightly edited ("We" → "The authors", the first sentence dropped), is
// no summary; one that shares almost none of its paper's distinctive terms, and more of another paper's
// of the same run, was written about that other paper.

/** The abstract's and any paper's text as words: lower case, Latin letters and digits. */
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []

const SHINGLE = 4

/** Share of the summary's runs of four words that stand in the abstract too. */
export function copiedShare(summary: string, abstract: string): number {
  const runs = (words: string[]): string[] => words.slice(SHINGLE - 1).map((_, i) => words.slice(i, i + SHINGLE).join(' '))
  const mine = runs(wordsOf(summary))
  if (mine.length < 10) return 0
  const theirs = new Set(runs(wordsOf(abstract)))
  return mine.filter((r) => theirs.has(r)).length / mine.length
}

/** Past this share the summary is the abstract’s sentences, edited. Measured on other writers’ real English summaries (__fixtures__/other-writers): good ones reuse at most 0.74 of their runs, abstracts with the first sentence dropped and "We" made "The authors" at least 0.76. */
export const COPIED_SHARE = 0.75

/** The abstract itself, a piece of it, or its sentences lightly edited, is not a summary. */
export function checkNotCopied(summary: string, abstract: string): string[] {
  const flat = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const s = flat(summary)
  if (s.length >= 40 && flat(abstract).includes(s)) return ['it copies the abstract instead of summarizing it']
  return copiedShare(summary, abstract) > COPIED_SHARE ? ['it repeats the abstract’s sentences instead of summarizing them'] : []
}

const COMMON = new Set(
  'this that these those with from into their they them than then there which while where when what have has been were will would could should also such more most other some many much very each both between across within without about over under using used uses based paper papers propose proposes proposed present presents introduce introduces show shows shown results result method methods approach approaches model models data task tasks performance existing new novel work framework frameworks study studies problem problems further however achieve achieves state art large language learning training trained llm ai ml nlp rl'.split(
    ' '
  )
)

/** The terms that tell one paper from another: Latin words of four letters or more, but the common ones, plural s folded; numbers of two digits or more. */
export function termsOf(text: string): Set<string> {
  const words = wordsOf(text)
    // Numbers of two digits or more tell papers apart too (a Japanese summary keeps few Latin words, but its results).
    .filter((w) => (/^\d+$/.test(w) ? w.length >= 2 : w.length >= 4 && !COMMON.has(w)))
    .map((w) => w.replace(/(?<=[a-z]{3})s$/, ''))
  // Acronyms of two or three capitals (XR, ALM, RLM) name things too; a Japanese summary keeps them as written.
  const acronyms = (text.normalize('NFKC').match(/(?<![A-Za-z])[A-Z][A-Z0-9]{1,2}(?=s?(?![A-Za-z]))/g) ?? []).map((a) => a.toLowerCase())
  return new Set([...words, ...acronyms.filter((a) => !COMMON.has(a))])
}

/** Fewer terms than this (a Japanese summary naming one method) say too little to judge. */
const MIN_TERMS = 2

/** Share of a summary's terms (termsOf) that the paper's title and abstract hold; undefined when the summary has too few to judge. */
export function termOverlap(summaryTerms: Set<string>, paper: { title: string; abstract: string }): number | undefined {
  if (summaryTerms.size < MIN_TERMS) return undefined
  const theirs = termsOf(`${paper.title} ${paper.abstract}`)
  return [...summaryTerms].filter((t) => theirs.has(t)).length / summaryTerms.size
}
