// The measure of the summary checks: real (abstract, summary) pairs, the seed blog's published ones
// (__fixtures__/real-posts) and other writers' (__fixtures__/other-writers: Japanese and English digests
// of computer science and physics), and negative twins built from them: the abstract itself, its first
// two sentences, a near-copy of it, a wrong language, one number changed, markup, a URL, a bare domain,
// bold, another paper's summary. A good check publishes the good summaries as written, flags every
// changed number and rejects every other twin and every real bad one. Used by the corpus test (with
// the TypeScript checks) and by `npm run bench` (transpiled).
import fs from 'node:fs'

const DIR = new URL('../__fixtures__/real-posts/', import.meta.url)
const OTHERS = new URL('../__fixtures__/other-writers/pairs.json', import.meta.url)

/** Each published paper of the real posts: title, abstract and the summary Claude wrote, per language. */
export function realPairs() {
  const pairs = []
  for (const file of fs
    .readdirSync(DIR)
    .filter((f) => /^(ja|en)-.*\.md$/.test(f))
    .sort()) {
    const language = file.slice(0, 2)
    const text = fs.readFileSync(new URL(file, DIR), 'utf8')
    for (const section of text.split(/^## \d+\. /m).slice(1)) {
      const title = section.slice(0, section.indexOf('\n')).trim()
      const summary = /^### (?:要約|Summary)\n\n([\s\S]*?)\n\n\{\{</m.exec(section)?.[1]?.trim()
      const abstract = /\{\{< details [^>]*>\}\}\n([\s\S]*?)\n\{\{< \/details >\}\}/.exec(section)?.[1]?.trim()
      if (!summary || !abstract) throw new Error(`${file}: cannot read the section "${title}"`)
      pairs.push({ file, language, title, abstract, summary })
    }
  }
  return pairs
}

/**
 * Other writers' rows: `good` (in the length band, judged good), `forbiddenMarkup` (good prose with
 * **bold**, which the prompt forbids) and `bad` (pasted abstracts, Markdown outlines), each as a pair.
 */
export function otherWriterPairs() {
  const corpus = JSON.parse(fs.readFileSync(OTHERS, 'utf8'))
  const pair = (r) => ({
    file: r.source,
    language: r.lang,
    title: r.title,
    abstract: r.abstract,
    summary: r.summary,
    id: r.arxiv_id,
    flagged: r.number_absent_from_abstract === true
  })
  return { good: corpus.good.map(pair), forbiddenMarkup: corpus.forbidden_markup.map(pair), bad: corpus.bad.map(pair) }
}

const sentences = (text) => text.split(/(?<=\.)\s+/)

/** The abstract edited as a lazy writer would: its first sentence dropped, "We" made "The authors". */
const nearCopy = (abstract) =>
  sentences(abstract)
    .slice(1)
    .join(' ')
    .replace(/\bWe\b/g, 'The authors')
    .replace(/\bwe\b/g, 'the authors')
    .replace(/\bour\b/gi, 'their')

const MARKUP = [
  (s) => `${s} Code: https://github.com/example/code`,
  (s) => `${s} <b>Important.</b>`,
  (s) => `{{< youtube abc >}} ${s}`,
  (s) => `${s} [Details](https://example.org/paper)`,
  (s) => `## 見出し\n${s}`
]

/** A copy of the summary with one number changed to a value the abstract does not hold, if it has one. */
function changeOneNumber(summary, source, numbersIn) {
  const known = new Set(numbersIn(source))
  const text = summary.normalize('NFKC')
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const value = Number(m[0])
    if (value === 0 || value === 1) continue
    // An enumeration label ("2) ", "(2) ") or an exponent is not a claim: changing it is no wrong number.
    if (/^\)/.test(text.slice(m.index + m[0].length)) || /[\^_]$/.test(text.slice(0, m.index))) continue
    const reversed = [...m[0]].reverse().join('').replace(/^\./, '')
    for (const candidate of [reversed, String(value + 7), `${m[0]}3`]) {
      if (candidate === m[0] || known.has(Number(candidate)) || Number.isNaN(Number(candidate))) continue
      return { summary: text.slice(0, m.index) + candidate + text.slice(m.index + m[0].length), from: m[0], to: candidate }
    }
  }
  return undefined
}

/** The negative twins of every pair: what the checks must catch. `expect` is 'reject' (hard) or 'flag' (a doubt). */
export function twinsOf(pairs, numbersIn) {
  const twins = []
  pairs.forEach((p, i) => {
    twins.push({ kind: 'the abstract as the summary', expect: 'reject', pair: p, summary: p.abstract })
    const firstTwo = sentences(p.abstract).slice(0, 2).join(' ')
    if (firstTwo.length >= 80) twins.push({ kind: 'the first two sentences of the abstract', expect: 'reject', pair: p, summary: firstTwo })
    if (sentences(p.abstract).length >= 4)
      twins.push({ kind: 'a near-copy of the abstract', expect: 'reject', pair: p, summary: nearCopy(p.abstract) })
    if (p.language === 'ja') {
      const english = pairs.find((q) => q.language === 'en' && q.title === p.title)
      if (english) twins.push({ kind: 'an English summary as the Japanese one', expect: 'reject', pair: p, summary: english.summary })
    }
    const changed = changeOneNumber(p.summary, `${p.title} ${p.abstract}`, numbersIn)
    if (changed)
      twins.push({ kind: 'one number changed', expect: 'flag', pair: p, summary: changed.summary, note: `${changed.from} → ${changed.to}` })
    twins.push({ kind: 'markup or a URL added', expect: 'reject', pair: p, summary: MARKUP[i % MARKUP.length](p.summary) })
    twins.push({ kind: 'a bare domain added', expect: 'reject', pair: p, summary: `${p.summary} github.com/example/code` })
    const words = p.summary.split(' ')
    const at = Math.floor(words.length / 2)
    const bold = words.length > 3 ? [...words.slice(0, at), `**${words[at]}**`, ...words.slice(at + 1)].join(' ') : `**${p.summary}**`
    twins.push({
      kind: 'bold added',
      expect: 'reject',
      pair: p,
      summary: p.language === 'ja' ? `**${p.summary.slice(0, 12)}**${p.summary.slice(12)}` : bold
    })
    // Another paper's summary, in a run of five: the paper it was written about is one of the others.
    const sameLanguage = pairs.filter((q) => q.language === p.language && q.title !== p.title)
    if (sameLanguage.length >= 4) {
      const j = sameLanguage.length > 0 ? (i * 7) % sameLanguage.length : 0
      const run = [0, 1, 2, 3].map((k) => sameLanguage[(j + k) % sameLanguage.length])
      twins.push({ kind: "another paper's summary", expect: 'reject', pair: p, summary: run[0].summary, others: run })
    }
  })
  return twins
}

/** The checks over one set of pairs: each row's pair, summary and, for a wrong-paper twin, the run's other papers. */
const checkWith = (checkSummary) => (p, summary, others) =>
  checkSummary({ summary, title: p.title, abstract: p.abstract, language: p.language, others })

/** The good summaries of a corpus: how many were published as written (no hard reason; a doubt still publishes), rejected or flagged, by language and writer. */
function goodRates(pairs, check, misses) {
  const rates = {}
  for (const p of pairs) {
    const r = check(p, p.summary)
    const k = (rates[`${p.language} ${p.file.replace(/-\d{4}-\d{2}-\d{2}\.md$/, ' (seed blog)')}`] ??= {
      total: 0,
      rejected: 0,
      flagged: 0
    })
    k.total++
    if (r.hard.length) {
      k.rejected++
      misses.push({ what: 'good summary rejected', file: p.file, title: p.title, reasons: r.hard })
    } else if (r.doubts.length && !p.flagged) {
      k.flagged++
      misses.push({ what: 'good summary flagged', file: p.file, title: p.title, reasons: r.doubts.map((d) => d.number || 'terms') })
    }
  }
  return rates
}

/**
 * Runs the checks over both corpora and their twins. `checkSummary(input)` returns { hard, doubts }.
 * Returns the counts per writer and per kind and every miss, so a test can name it and the bench can
 * print the rates.
 */
export function measure(checkSummary, numbersIn) {
  const check = checkWith(checkSummary)
  const seed = realPairs()
  const others = otherWriterPairs()
  const misses = []
  const good = goodRates([...seed, ...others.good], check, misses)
  const kinds = {}
  for (const t of twinsOf([...seed, ...others.good], numbersIn)) {
    const r = check(t.pair, t.summary, t.others)
    const caught = t.expect === 'reject' ? r.hard.length > 0 : r.doubts.length > 0 || r.hard.length > 0
    const k = (kinds[t.kind] ??= { total: 0, caught: 0, expect: t.expect })
    k.total++
    if (caught) k.caught++
    else misses.push({ what: `twin not caught: ${t.kind}`, file: t.pair.file, title: t.pair.title, reasons: [t.note ?? ''] })
  }
  for (const [name, rows] of [
    ['real bad (pasted abstracts, Markdown outlines)', others.bad],
    ['real good prose with **bold**', others.forbiddenMarkup]
  ]) {
    const k = (kinds[name] = { total: rows.length, caught: 0, expect: 'reject' })
    for (const p of rows) {
      if (check(p, p.summary).hard.length > 0) k.caught++
      else misses.push({ what: `real row not caught: ${name}`, file: p.file, title: p.title, reasons: [] })
    }
  }
  return { good, kinds, misses }
}
