// The measure of the summary checks: the real (abstract, summary) pairs the seed's blog published
// (__fixtures__/real-posts), and their negative twins built from them: the abstract itself as the
// summary, the English summary where Japanese was asked, one number changed, markup or a URL added.
// A good check passes every real summary, flags every changed number and rejects every other twin.
// Used by the corpus test (with the TypeScript checks) and by `npm run bench` (transpiled).
import fs from 'node:fs'

const DIR = new URL('../__fixtures__/real-posts/', import.meta.url)

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
    if (p.language === 'ja') {
      const english = pairs.find((q) => q.language === 'en' && q.title === p.title)
      if (english) twins.push({ kind: 'an English summary as the Japanese one', expect: 'reject', pair: p, summary: english.summary })
    }
    const changed = changeOneNumber(p.summary, `${p.title} ${p.abstract}`, numbersIn)
    if (changed)
      twins.push({ kind: 'one number changed', expect: 'flag', pair: p, summary: changed.summary, note: `${changed.from} → ${changed.to}` })
    twins.push({ kind: 'markup or a URL added', expect: 'reject', pair: p, summary: MARKUP[i % MARKUP.length](p.summary) })
  })
  return twins
}

/**
 * Runs the checks over the corpus and its twins. `checkSummary(input)` returns { hard, doubts }.
 * Returns the counts per kind and every miss, so a test can name it and the bench can print the rates.
 */
export function measure(checkSummary, numbersIn) {
  const pairs = realPairs()
  const run = (p, summary) => checkSummary({ summary, title: p.title, abstract: p.abstract, language: p.language })
  const good = { total: pairs.length, rejected: 0, flagged: 0 }
  const misses = []
  for (const p of pairs) {
    const r = run(p, p.summary)
    if (r.hard.length) {
      good.rejected++
      misses.push({ what: 'good summary rejected', file: p.file, title: p.title, reasons: r.hard })
    } else if (r.doubts.length) {
      good.flagged++
      misses.push({ what: 'good summary flagged', file: p.file, title: p.title, reasons: r.doubts.map((d) => d.number) })
    }
  }
  const kinds = {}
  for (const t of twinsOf(pairs, numbersIn)) {
    const r = run(t.pair, t.summary)
    const caught = t.expect === 'reject' ? r.hard.length > 0 : r.doubts.length > 0 || r.hard.length > 0
    const k = (kinds[t.kind] ??= { total: 0, caught: 0, expect: t.expect })
    k.total++
    if (caught) k.caught++
    else misses.push({ what: `twin not caught: ${t.kind}`, file: t.pair.file, title: t.pair.title, reasons: [t.note ?? ''] })
  }
  return { good, kinds, misses }
}
