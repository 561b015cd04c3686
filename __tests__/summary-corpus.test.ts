// The summary checks measured on real output: the 40 summaries the seed's blog published (Japanese and
// English) and 107 good summaries of other writers (Japanese and English digests of computer science and
// physics) pass as written, their negative twins are caught, and so is every real bad summary.
import { describe, expect, it } from 'vitest'
import { measure, otherWriterPairs, realPairs, twinsOf } from '../scripts/summary-twins.mjs'
import { checkSummary, numbersIn, reasonsOf } from '../src/summarize/checks/index.js'

const pairs = realPairs()
/** Both corpora through the checks, measured once for the two tests that read the rates. */
let measured: ReturnType<typeof measure> | undefined
const measurement = () => (measured ??= measure(checkSummary, numbersIn))

describe('the real posts', () => {
  it('hold 40 pairs of an abstract and its published summary, in both languages', () => {
    expect(pairs).toHaveLength(40)
    expect(pairs.filter((p) => p.language === 'ja')).toHaveLength(20)
  })

  it.each(pairs.map((p) => [`${p.file} ${p.title.slice(0, 50)}`, p] as const))(
    '%s: the published summary passes every check',
    (_name, p) => {
      const check = checkSummary({ summary: p.summary, title: p.title, abstract: p.abstract, language: p.language })
      expect(reasonsOf(check)).toEqual([])
    }
  )
})

describe('their negative twins', () => {
  const twins = twinsOf(pairs, numbersIn)

  it('cover every kind, from every pair that can have one', () => {
    const count = (kind: string) => twins.filter((t) => t.kind === kind).length
    expect(count('the abstract as the summary')).toBe(40)
    expect(count('an English summary as the Japanese one')).toBe(20)
    expect(count('markup or a URL added')).toBe(40)
    expect(count('one number changed')).toBeGreaterThanOrEqual(30)
  })

  // Another paper's summary is caught by a rate (below): a Japanese summary may name too few terms to tell.
  const each = twins.filter((t) => t.kind !== "another paper's summary")
  it.each(each.map((t, i) => [`${i} ${t.kind} (${t.pair.file} ${t.pair.title.slice(0, 30)})`, t] as const))('%s is caught', (_name, t) => {
    const check = checkSummary({
      summary: t.summary,
      title: t.pair.title,
      abstract: t.pair.abstract,
      language: t.pair.language,
      others: t.others
    })
    if (t.expect === 'reject') expect(check.hard.length, t.summary).toBeGreaterThan(0)
    else {
      // A changed number is a doubt for the reviewer, quoted with its sentence, not a rejection.
      expect(check.hard).toEqual([])
      const changed = t.note.split(' → ')[1]
      const doubt = check.doubts.find((d) => d.number.includes(changed))
      expect(doubt, JSON.stringify(check.doubts)).toBeDefined()
      expect(t.summary.normalize('NFKC')).toContain(doubt!.sentence.normalize('NFKC'))
    }
  })

  it('rates on the seed blog: no good summary rejected or flagged, every twin caught', () => {
    const seedMisses = measurement().misses.filter(
      (m: { file: string; what: string }) => /^(ja|en)-/.test(m.file) && !m.what.includes('another paper')
    )
    expect(seedMisses).toEqual([])
  })
})

describe('other writers’ summaries (__fixtures__/other-writers)', () => {
  interface Pair {
    id: string
    file: string
    language: string
    title: string
    abstract: string
    summary: string
    flagged: boolean
  }
  const others = otherWriterPairs() as { good: Pair[]; forbiddenMarkup: Pair[]; bad: Pair[] }

  it.each(others.good.map((p) => [`${p.language} ${p.id} ${p.file}`, p] as const))(
    '%s: the good summary is published as written',
    (_name, p) => {
      const check = checkSummary({ summary: p.summary, title: p.title, abstract: p.abstract, language: p.language })
      expect(check.hard).toEqual([])
      // The one row whose summary states a number its abstract lacks is rightly flagged for the reviewer.
      if (!p.flagged) expect(check.doubts).toEqual([])
      else expect(check.doubts.map((d) => d.number)).toEqual(['6'])
    }
  )

  it.each([...others.bad, ...others.forbiddenMarkup].map((p) => [`${p.id} ${p.summary.slice(0, 40)}`, p] as const))(
    '%s: a real bad summary (pasted abstract, Markdown outline or bold) is refused',
    (_name, p) => {
      expect(checkSummary({ summary: p.summary, title: p.title, abstract: p.abstract, language: p.language }).hard).not.toEqual([])
    }
  )

  it('rates over both corpora: good ≥ 98% published as written per writer, each twin kind ≥ 95% caught (another paper’s ≥ 80%)', () => {
    const { good, kinds } = measurement()
    for (const [writer, g] of Object.entries(good) as [string, { total: number; rejected: number }][])
      expect((g.total - g.rejected) / g.total, writer).toBeGreaterThanOrEqual(0.98)
    for (const [kind, k] of Object.entries(kinds) as [string, { total: number; caught: number }][])
      expect(k.caught / k.total, kind).toBeGreaterThanOrEqual(kind === "another paper's summary" ? 0.8 : 0.95)
    expect(Object.keys(kinds)).toEqual(
      expect.arrayContaining([
        'a near-copy of the abstract',
        'a bare domain added',
        'bold added',
        "another paper's summary",
        'the first two sentences of the abstract'
      ])
    )
  })
})
