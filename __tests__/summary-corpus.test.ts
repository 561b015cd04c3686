// The summary checks measured on real output: the 40 summaries the seed's blog published (Japanese and
// English) all pass, and their negative twins are all caught.
import { describe, expect, it } from 'vitest'
import { measure, realPairs, twinsOf } from '../scripts/summary-twins.mjs'
import { checkSummary, numbersIn, reasonsOf } from '../src/summarize/gates.js'

const pairs = realPairs()

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

  it.each(twins.map((t, i) => [`${i} ${t.kind} (${t.pair.file} ${t.pair.title.slice(0, 30)})`, t] as const))('%s is caught', (_name, t) => {
    const check = checkSummary({ summary: t.summary, title: t.pair.title, abstract: t.pair.abstract, language: t.pair.language })
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

  it('rates: no good summary rejected or flagged, every twin caught', () => {
    const { good, kinds, misses } = measure(checkSummary, numbersIn)
    expect(misses).toEqual([])
    expect(good).toEqual({ total: 40, rejected: 0, flagged: 0 })
    for (const k of Object.values(kinds) as { total: number; caught: number }[]) expect(k.caught).toBe(k.total)
  })
})
