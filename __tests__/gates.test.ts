import { describe, expect, it } from 'vitest'
import { loadSeedDataset } from '../scripts/stand-ins.mjs'
import { checkLanguage, checkLength, checkMarkup, checkNumbers, checkSummary, numbersIn } from '../src/summarize/gates.js'

const seed = loadSeedDataset()
const papers: { id: string; title: string; summary: string }[] = seed.dailyPapers.map(
  (i: { paper: { id: string; title: string; summary: string } }) => i.paper
)

describe('the seed post’s own summaries', () => {
  it.each(papers)('$id passes every check in Japanese and English', (paper) => {
    expect(checkSummary({ summary: seed.summaries.ja[paper.id], title: paper.title, abstract: paper.summary, language: 'ja' })).toEqual({
      hard: [],
      doubts: []
    })
    expect(checkSummary({ summary: seed.summaries.en[paper.id], title: paper.title, abstract: paper.summary, language: 'en' })).toEqual({
      hard: [],
      doubts: []
    })
  })
})

describe('each check fails where it should', () => {
  const medix = papers[0] as { title: string; summary: string }
  const ja = seed.summaries.ja['2602.23363'] as string

  it('language: an English abstract under a Japanese heading is rejected', () => {
    expect(checkLanguage(medix.summary.slice(0, 600), 'ja')).toEqual(['it is not written in Japanese (most letters must be kana or kanji)'])
    expect(checkLanguage('这是一个关于大型语言模型的中文摘要，它没有日文假名。', 'ja')).toHaveLength(1)
    expect(checkLanguage(ja, 'en')).toHaveLength(1)
    expect(checkLanguage('这是一个关于大型语言模型的中文摘要。', 'zh-CN')).toEqual([])
  })

  it('length: too short and too long', () => {
    expect(checkLength('短い要約です。', 'ja')[0]).toMatch(/too short \(7 characters; at least 120\)/)
    expect(checkLength('あ'.repeat(701), 'ja')[0]).toMatch(/too long/)
    expect(checkLength('word '.repeat(30), 'en')[0]).toMatch(/too short \(30 words; at least 40\)/)
  })

  it('markup: shortcodes, HTML, headings, links, fences and lists', () => {
    expect(checkMarkup('{{< details >}} x')).toContain('it contains template or shortcode delimiters')
    expect(checkMarkup('a <script>alert(1)</script>')).toContain('it contains an HTML tag')
    expect(checkMarkup('## 要約\n本文')).toContain('it contains a Markdown heading')
    expect(checkMarkup('see [x](https://evil.example)')).toContain('it contains a link or URL')
    expect(checkMarkup('visit www.example.com')).toContain('it contains a link or URL')
    expect(checkMarkup('text\n---\ntitle: x')).toContain('it contains a front-matter fence or code fence')
    expect(checkMarkup('- one\n- two')).toContain('it contains a list')
    expect(checkMarkup('p < 0.05 and 2 > 1 are fine')).toEqual([])
  })

  it('grounded numbers: the usual variants count, invented numbers do not', () => {
    expect(checkNumbers('SDXLで2.31倍、SD3で2.07倍', 'achieves 2.31times and 2.07times on SDXL and SD3')).toEqual([])
    expect(checkNumbers('5〜66%の改善', 'improves by 5~66% overall')).toEqual([])
    expect(checkNumbers('約5万1千件で学習', 'using only sim51K examples')).toEqual([])
    expect(checkNumbers('51,000 examples', 'using 51K examples')).toEqual([])
    expect(checkNumbers('精度は９０％', 'accuracy of 90%')).toEqual([])
    expect(checkNumbers('3つのタスク', 'three embodied AI tasks')).toEqual([])
    expect(checkNumbers('1つの枠組み', 'a framework')).toEqual([])
    expect(checkNumbers('精度は95%に達した', 'accuracy of 90%')).toEqual(['it states numbers that are not in the title or abstract: 95'])
    expect(numbersIn('7B and 1.5M')).toEqual(expect.arrayContaining([7, 7e9, 1.5, 1.5e6]))
  })

  it('copying the abstract is not a summary', () => {
    const copy = medix.summary.slice(0, 700)
    expect(checkSummary({ summary: copy, title: medix.title, abstract: medix.summary, language: 'en' }).hard).toContain(
      'it copies the abstract instead of summarizing it'
    )
  })

  it('an empty summary is rejected', () => {
    expect(checkSummary({ summary: '  ', title: 't', abstract: 'a', language: 'ja' })).toEqual({
      hard: ['the summary is empty'],
      doubts: []
    })
  })

  it('numbers the abstract implies count as grounded: enumerations, lower-case scales, words that carry a number', () => {
    expect(checkNumbers('3つの要素を導入する', 'introduces (I) a router, (II) a formulation and (III) a design')).toEqual([])
    expect(checkNumbers('3つの手法', 'we study i/ii/iii in turn')).toEqual([])
    expect(checkNumbers('2つの観点', 'we (a) leverage paths and (b) enable parallelism')).toEqual([])
    expect(checkNumbers('3つの段階', 'three stages ① data ② model ③ evaluation')).toEqual([])
    expect(checkNumbers('3つの段階', 'the first, second and third stage')).toEqual([])
    expect(checkNumbers('130万件のデータ', 'a dataset of 1.3m CAD programs')).toEqual([])
    expect(checkNumbers('1200件', 'about 1.2k examples')).toEqual([])
    expect(checkNumbers('30億パラメータ', 'a 3b model')).toEqual([])
    expect(checkNumbers('130万件', 'a corpus of 1.3 million programs')).toEqual([])
    for (const [word, n] of [
      ['quadruplet', 4],
      ['pair', 2],
      ['triad', 3],
      ['trio', 3],
      ['twofold', 2],
      ['dozen', 12],
      ['quartet', 4]
    ] as const) {
      expect(checkNumbers(`${n}つ組の構造`, `a ${word} structure`), word).toEqual([])
    }
    // Still caught: a count the abstract does not imply.
    expect(checkNumbers('4つの要素', 'introduces (I) a router, (II) a formulation and (III) a design')).toHaveLength(1)
    expect(checkNumbers('精度は47%に達した', 'accuracy reached 74%')).toHaveLength(1)
  })

  it('an ungrounded number is a doubt with its sentence, not a hard failure', () => {
    const check = checkSummary({
      summary: seed.summaries.ja['2602.23363'].replace('5万1千', '6万1千'),
      title: medix.title,
      abstract: medix.summary,
      language: 'ja'
    })
    expect(check.hard).toEqual([])
    expect(check.doubts).toEqual([{ number: '6万1千', sentence: expect.stringMatching(/^約6万1千件の指示データのみで訓練した.*。$/) }])
  })
})
