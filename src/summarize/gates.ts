// Checks a summary must pass before it can be published. Pure: each returns the reasons it failed,
// worded so they can be sent back to the model in the one retry.

export interface GateInput {
  summary: string
  title: string
  abstract: string
  language: string
}

/**
 * Length bands. Japanese, Chinese and Korean count characters; other languages count words.
 * 3–5 sentences of a technical summary land well inside them.
 */
export function lengthBand(language: string): { min: number; max: number; unit: 'characters' | 'words' } {
  const base = language.split('-')[0]
  if (base === 'ja' || base === 'zh') return { min: 120, max: 700, unit: 'characters' }
  if (base === 'ko') return { min: 100, max: 800, unit: 'characters' }
  return { min: 40, max: 220, unit: 'words' }
}

export function checkSummary(input: GateInput): string[] {
  const summary = input.summary.trim()
  if (summary === '') return ['the summary is empty']
  return [
    ...checkLanguage(summary, input.language),
    ...checkLength(summary, input.language),
    ...checkMarkup(summary),
    ...checkNotCopied(summary, input.abstract),
    ...checkNumbers(summary, `${input.title} ${input.abstract}`)
  ]
}

export function checkLanguage(summary: string, language: string): string[] {
  const letters = [...summary.matchAll(/\p{L}/gu)].length || 1
  const count = (re: RegExp): number => [...summary.matchAll(re)].length
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}ー]/gu)
  const han = count(/\p{Script=Han}/gu)
  const hangul = count(/\p{Script=Hangul}/gu)
  const cjk = kana + han + hangul
  const base = language.split('-')[0]
  if (base === 'ja') {
    if ((kana + han) / letters < 0.5 || kana < 10) return ['it is not written in Japanese (most letters must be kana or kanji)']
    return []
  }
  if (base === 'zh') return han / letters < 0.5 || kana > han / 10 ? ['it is not written in Chinese'] : []
  if (base === 'ko') return hangul / letters < 0.5 ? ['it is not written in Korean'] : []
  return cjk / letters >= 0.5 ? [`it is not written in the language "${language}" (most letters are CJK)`] : []
}

export function checkLength(summary: string, language: string): string[] {
  const band = lengthBand(language)
  const size = band.unit === 'characters' ? [...summary.replace(/\s+/g, '')].length : summary.split(/\s+/).filter(Boolean).length
  if (size < band.min) return [`it is too short (${size} ${band.unit}; at least ${band.min})`]
  if (size > band.max) return [`it is too long (${size} ${band.unit}; at most ${band.max})`]
  return []
}

const MARKUP: [RegExp, string][] = [
  [/\{\{|\}\}|\{%|%\}/, 'it contains template or shortcode delimiters'],
  [/<\/?[A-Za-z!][^>]*>?/, 'it contains an HTML tag'],
  [/(^|\n)\s{0,3}#{1,6}(\s|$)/, 'it contains a Markdown heading'],
  [/\]\(|\[[^\]]*\]\[|https?:\/\/|www\./i, 'it contains a link or URL'],
  [/(^|\n)\s*(---|\+\+\+|```|~~~)/, 'it contains a front-matter fence or code fence'],
  [/(^|\n)\s*([-*+]|\d+[.)])\s/, 'it contains a list']
]

export function checkMarkup(summary: string): string[] {
  return MARKUP.filter(([re]) => re.test(summary)).map(([, reason]) => reason)
}

/** The abstract itself, or a piece of it, is not a summary. */
export function checkNotCopied(summary: string, abstract: string): string[] {
  const flat = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const s = flat(summary)
  return s.length >= 40 && flat(abstract).includes(s) ? ['it copies the abstract instead of summarizing it'] : []
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, single: 1, two: 2, dual: 2, twice: 2, double: 2, pair: 2, three: 3, triple: 3, thrice: 3, four: 4,
  five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, first: 1, second: 2, third: 3, fourth: 4,
  fifth: 5, half: 0.5, dozen: 12
}
const SCALE: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12, 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 }

/** A numeral as written, with the values it may stand for ("51K": 51 and 51000; "5万1千": 51000). */
interface Numeral {
  text: string
  values: number[]
}

const COMPOUND = /((?:\d+(?:\.\d+)?[億万千兆])+)(\d+(?:\.\d+)?)?/g
const PLAIN = /(\d+(?:\.\d+)?)([KkMBT](?![A-Za-z]))?/g

/** The numerals of a text: full-width digits read as ASCII, thousands separators dropped. */
function numeralsIn(text: string): Numeral[] {
  const t = text.normalize('NFKC').replace(/(\d),(?=\d{3}\b)/g, '$1')
  const found: Numeral[] = []
  // Japanese compounds first: 5万1千 → 51000.
  for (const m of t.matchAll(COMPOUND)) {
    let total = m[2] ? Number(m[2]) : 0
    for (const part of (m[1] as string).matchAll(/(\d+(?:\.\d+)?)([億万千兆])/g)) total += Number(part[1]) * (SCALE[part[2] as string] as number)
    found.push({ text: m[0], values: [total] })
  }
  for (const m of t.replace(COMPOUND, ' ').matchAll(PLAIN)) {
    const value = Number(m[1])
    found.push({ text: m[0], values: m[2] ? [value, value * (SCALE[m[2]] as number)] : [value] })
  }
  return found
}

/**
 * Numbers in a text, in every form they may take: "51K" gives 51 and 51000; "5万1千" gives 51000;
 * "51,000" gives 51000; full-width digits and ％ are read as ASCII; English number words count.
 */
export function numbersIn(text: string): number[] {
  const words = [...text.normalize('NFKC').toLowerCase().matchAll(/\b([a-z]+)\b/g)].map((m) => NUMBER_WORDS[m[1] as string])
  return [...numeralsIn(text).flatMap((n) => n.values), ...words.filter((v): v is number => v !== undefined)]
}

/** Numbers of the summary that the title and abstract do not contain. 0 and 1 are exempt ("1つの" is "a"). */
export function checkNumbers(summary: string, source: string): string[] {
  const known = numbersIn(source)
  const near = (x: number): boolean => known.some((k) => Math.abs(k - x) <= 1e-9 * Math.max(1, Math.abs(k)))
  const missing = new Set(
    numeralsIn(summary)
      .filter((n) => n.values[0] !== 0 && n.values[0] !== 1 && !n.values.some(near))
      .map((n) => n.text)
  )
  return missing.size > 0 ? [`it states numbers that are not in the title or abstract: ${[...missing].join(', ')}`] : []
}
