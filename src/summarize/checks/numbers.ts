// Numbers as numbers. A number the summary states that the title and abstract do not hold is a doubt
// for the reviewer. Both sides are read the same way: superscripts and subscripts become exponents and
// indices (10¹¹ is 10^11, not 1011; q² is q^2), LaTeX's ^{11} and _{18} likewise, and an exponent or
// index is not a claim. Enumeration labels ("1) … 2)", "(1)…(3)") are not claims either, and a count
// the abstract spells in a prefix ("bi-modal") grounds 「2モーダル」.

/** Words that stand for a number: cardinals, ordinals, multiplicatives and collectives. */
const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  single: 1,
  once: 1,
  two: 2,
  dual: 2,
  twice: 2,
  double: 2,
  pair: 2,
  pairs: 2,
  both: 2,
  twin: 2,
  twofold: 2,
  three: 3,
  triple: 3,
  thrice: 3,
  triad: 3,
  trio: 3,
  triplet: 3,
  triplets: 3,
  threefold: 3,
  four: 4,
  quadruple: 4,
  quadruplet: 4,
  quadruplets: 4,
  quartet: 4,
  fourfold: 4,
  five: 5,
  quintuple: 5,
  quintuplet: 5,
  fivefold: 5,
  six: 6,
  sixfold: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  tenfold: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  hundredfold: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bi: 2,
  tri: 3,
  quad: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  half: 0.5,
  quarter: 0.25,
  dozen: 12
}
/** Scale suffixes and words, upper or lower case (1.3M, 1.3m, 3B, 3b, 1.2k) and Japanese units. */
const SCALE: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  千: 1e3,
  万: 1e4,
  億: 1e8,
  兆: 1e12
}

/** A numeral as written, with the values it may stand for ("51K": 51 and 51000; "5万1千": 51000). */
interface Numeral {
  text: string
  values: number[]
}

const COMPOUND = /((?:\d+(?:\.\d+)?[億万千兆])+)(\d+(?:\.\d+)?)?/g
const PLAIN = /(\d+(?:\.\d+)?)(?:([KkMmBbTt]|bn)(?![A-Za-z])|\s?(thousand|million|billion|trillion)\b)?/g

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉'

/**
 * A text as the number readers take it: superscript and subscript digits as ^n and _n (before NFKC
 * would fold them into the digits beside them), LaTeX's ^{n} and _{n} likewise; full-width and circled
 * digits as ASCII; thousands separators dropped.
 */
export function normalizedNumbers(text: string): string {
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPT.indexOf(c)).join('')}`)
    .replace(/[₀₁₂₃₄₅₆₇₈₉]+/g, (run) => `_${[...run].map((c) => SUBSCRIPT.indexOf(c)).join('')}`)
    .normalize('NFKC')
    .replace(/([\^_])\{\s*(\d+)\s*\}/g, '$1$2')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
}

/** An exponent or index (^11, _18) or an enumeration label ("(2) ", "2) " after a space or a colon): not a claim. */
const NOT_A_CLAIM = /(?<=[\^_])\d+|(?<=(?:^|[\s:;、，,（(])\(?)\d{1,2}(?=\)\s*\S)/gu

/** The numerals of a text (normalizedNumbers), but exponents, indices and enumeration labels. */
function numeralsIn(text: string): Numeral[] {
  const t = normalizedNumbers(text).replace(NOT_A_CLAIM, (m) => ' '.repeat(m.length))
  const found: Numeral[] = []
  // Japanese compounds first: 5万1千 → 51000.
  for (const m of t.matchAll(COMPOUND)) {
    let total = m[2] ? Number(m[2]) : 0
    for (const part of (m[1] as string).matchAll(/(\d+(?:\.\d+)?)([億万千兆])/g))
      total += Number(part[1]) * (SCALE[part[2] as string] as number)
    found.push({ text: m[0], values: [total] })
  }
  for (const m of t.replace(COMPOUND, ' ').matchAll(PLAIN)) {
    const value = Number(m[1])
    const scale = m[2] ?? m[3]
    found.push({ text: m[0].trim(), values: scale ? [value, value * (SCALE[scale.toLowerCase()] as number)] : [value] })
  }
  return found
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 }

/**
 * Counts an abstract implies by enumerating without a numeral: "(I) … (II) … (III)" and "i/ii/iii" are
 * three items, "(a) … (b)" two; a summary may well say 「3つ」. Circled numbers (① ② ③) read as digits.
 */
function enumerationCounts(text: string): number[] {
  const counts: number[] = []
  const roman = [...text.matchAll(/\(\s*([ivx]{1,4})\s*\)|(?<![\w(])([ivx]{1,4})\)/gi)]
    .map((m) => ROMAN[(m[1] ?? m[2] ?? '').toLowerCase()])
    .filter((v): v is number => v !== undefined)
  if (roman.length > 1) counts.push(Math.max(...roman))
  for (const m of text.matchAll(/\b([ivx]{1,4}(?:\s*\/\s*[ivx]{1,4})+)\b/gi)) {
    const items = m[1]!.split('/').map((r) => ROMAN[r.trim().toLowerCase()])
    if (items.every((v) => v !== undefined)) counts.push(items.length)
  }
  const letters = [...text.matchAll(/\(([a-h])\)/g)].map((m) => m[1]!.charCodeAt(0) - 96)
  if (letters.length > 1) counts.push(Math.max(...letters))
  return counts
}

/**
 * Numbers in a text, in every form they may take: "51K" gives 51 and 51000; "1.3m" 1.3 and 1300000;
 * "5万1千" 51000; "51,000" 51000; full-width digits and ％ read as ASCII; number words (three, pair,
 * quadruplet, twofold, dozen, first…) count, and so do enumerations ((I), (II), (III) is 3).
 */
export function numbersIn(text: string): number[] {
  const words = [
    ...normalizedNumbers(text)
      .toLowerCase()
      .matchAll(/\b([a-z]+)\b/g)
  ].map((m) => NUMBER_WORDS[m[1] as string])
  return [...numeralsIn(text).flatMap((n) => n.values), ...words.filter((v): v is number => v !== undefined), ...enumerationCounts(text)]
}

/** A number of the summary that the title and abstract do not hold, with the sentence that states it. */
export interface NumberDoubt {
  number: string
  sentence: string
}

/** Numbers of the summary that the title and abstract do not contain, each with its sentence. 0 and 1 are exempt ("1つの" is "a"). */
export function ungroundedNumbers(summary: string, source: string): NumberDoubt[] {
  const known = numbersIn(source)
  const near = (x: number): boolean => known.some((k) => Math.abs(k - x) <= 1e-9 * Math.max(1, Math.abs(k)))
  const sentences = summary.split(/(?<=[。．！？!?]|\.\s)/)
  const doubts = new Map<string, NumberDoubt>()
  for (const n of numeralsIn(summary)) {
    if (n.values[0] === 0 || n.values[0] === 1 || n.values.some(near) || doubts.has(n.text)) continue
    const sentence = sentences.find((s) => normalizedNumbers(s).includes(n.text)) ?? summary
    doubts.set(n.text, { number: n.text, sentence: sentence.trim() })
  }
  return [...doubts.values()]
}

/** The doubts worded as the retry names them. */
export const numbersReason = (numbers: string[]): string => `it states numbers that are not in the title or abstract: ${numbers.join(', ')}`

export function checkNumbers(summary: string, source: string): string[] {
  const doubts = ungroundedNumbers(summary, source)
  return doubts.length > 0 ? [numbersReason(doubts.map((d) => d.number))] : []
}
