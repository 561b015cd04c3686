import { describe, expect, it } from 'vitest'
import { loadSeedDataset } from '../scripts/stand-ins.mjs'
import {
  checkLanguage,
  checkLength,
  checkMarkup,
  checkNotCopied,
  checkNumbers,
  checkSummary,
  numbersIn
} from '../src/summarize/checks/index.js'
import { ungroundedNumbers } from '../src/summarize/checks/numbers.js'

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
    expect(checkLanguage(medix.summary.slice(0, 600), 'ja')).toEqual(['it is not written in Japanese (write Japanese sentences)'])
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

describe('checks that hold for other writers', () => {
  const abstract =
    'We study the QCD critical end point at (T_{\\rm CEP}, \\mu_{B,{\\rm CEP}}) and predict f_a \\approx (5-8)\\times 10^{11} GeV with a Z_{18} symmetry. Our bi-modal model uses two stages.'

  it('Japanese dense with English terms is Japanese; English or Chinese sentences are not', () => {
    expect(
      checkLanguage(
        'Belle II の電磁カロリメータ L1 trigger に GNN ベースの clustering を導入し、低エネルギー photon の検出効率を改善した。',
        'ja'
      )
    ).toEqual([])
    expect(
      checkLanguage(
        'training-free かつ model-agnostic に効く Perception Programs を提案。self-evaluation が calibration に寄与しない。',
        'ja'
      )
    ).toEqual([])
    expect(
      checkLanguage('We propose a new method for language models. It works well on many benchmarks. 本研究は有効である。', 'ja')
    ).toHaveLength(1)
    expect(checkLanguage('这是一个关于大型语言模型的中文摘要。它没有日文假名，但有很多汉字。', 'ja')).toHaveLength(1)
  })

  it('English prose passes; a list of German words does not', () => {
    const english =
      'The paper proposes a framework for long-context reasoning in which the model learns to stop thinking early, and it shows gains on three benchmarks with fewer tokens than the baselines.'
    expect(checkLanguage(english, 'en')).toEqual([])
    expect(
      checkLanguage(
        'Die Autoren schlagen ein neues Verfahren vor, das Sprachmodelle mit weniger Rechenaufwand trainiert und dabei auf mehreren Benchmarks bessere Ergebnisse erzielt als bisherige Ansätze und Verfahren.',
        'en'
      )
    ).toEqual(['it is not written in English (write English sentences)'])
  })

  it('balanced inline math is text, not shortcode delimiters; bold, italics and bare domains are markup', () => {
    expect(checkMarkup('臨界終点 $(T_{\\rm CEP}, \\mu_{B,{\\rm CEP}})$ を予測する。')).toEqual([])
    expect(checkMarkup('臨界終点 (T_{\\rm CEP}}) を予測する。')).toContain('it contains template or shortcode delimiters')
    expect(checkMarkup('本研究は **Category Splitting** を提案する。')).toEqual(['it contains Markdown emphasis'])
    expect(checkMarkup('The method is *much* faster.')).toEqual(['it contains Markdown emphasis'])
    expect(checkMarkup('Code is at github.com/example/code for all.')).toEqual(['it contains a web address'])
    expect(checkMarkup('N_DW = 1, E/N = 8/3, f_a and snake_case and e.g. Node.js stay text.')).toEqual([])
  })

  it('enumeration labels, superscripts, indices and spelled prefixes are no claims; a changed number still is', () => {
    const source = `title ${abstract}`
    expect(ungroundedNumbers('It introduces: 1) a selector and 2) a verifier. (1) is cheap.', source)).toEqual([])
    expect(ungroundedNumbers('Predicts f_a ≈ (5–8)×10¹¹ GeV from a Z₁₈ symmetry; q² enters.', source)).toEqual([])
    expect(ungroundedNumbers('2モーダルのモデルを使う。', source)).toEqual([])
    expect(ungroundedNumbers('Predicts f_a ≈ (5–9)×10¹¹ GeV.', source).map((d) => d.number)).toEqual(['9'])
  })

  it('a near-copy of the abstract is refused; a summary fitting another paper of the run is refused, one fitting none is doubted', () => {
    const long =
      'We introduce SparseRouter, a routing method for mixture-of-experts language models. The router reduces the compute of inference by sending each token to fewer experts than a dense top-k gate would choose. Experiments on MMLU and GSM8K show that SparseRouter keeps the accuracy of the dense model while halving its latency on a single accelerator. We release the code and the checkpoints of every model for the community.'
    const near = long
      .split(/(?<=\.)\s+/)
      .slice(1)
      .join(' ')
      .replace(/\bWe\b/g, 'The authors')
    expect(checkNotCopied(near, long)).toEqual(['it repeats the abstract’s sentences instead of summarizing them'])
    const other = { title: 'SparseRouter: fewer experts per token', abstract: long }
    const mine = {
      title: 'Protein folding with diffusion',
      abstract: 'A diffusion model folds protein structures from sequences, evaluated on CASP15 targets.'
    }
    const summary =
      'SparseRouter routes each token of a mixture-of-experts model to fewer experts than a dense gate would, which halves the latency of inference on a single accelerator. On MMLU and GSM8K it keeps the accuracy of the dense model, and the authors release the code and checkpoints.'
    const refused = checkSummary({ summary, ...mine, language: 'en', others: [other] })
    expect(refused.hard).toEqual(['it reads as a summary of another paper of this run (“SparseRouter: fewer experts per token”)'])
    const doubted = checkSummary({ summary, ...mine, language: 'en' })
    expect(doubted.hard).toEqual([])
    expect(doubted.doubts).toContainEqual({ number: '', sentence: summary.split('. ')[0] + '.' })
    expect(checkSummary({ summary, ...other, language: 'en', others: [mine] })).toEqual({ hard: [], doubts: [] })
  })
})
