// Language by what a reader sees: the sentences. A Japanese summary is one whose sentences are Japanese
// (kana in each, the particles and endings that carry it), however many Latin technical terms, formulas
// and names they hold; the prompt itself asks to keep proper nouns as written. An English summary is
// one whose words include English function words. Counting all letters instead refused good,
// terminology-dense Japanese (measured on other writers' summaries: __fixtures__/other-writers).

/** Sentences: ended by 。！？!? or a full stop before a space, or by a line break. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。．！？!?])|(?<=\.)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s))
}

const count = (text: string, re: RegExp): number => [...text.matchAll(re)].length
const size = (text: string): number => [...text.replace(/\s+/g, '')].length

/** A Japanese sentence: two or more kana (particles, endings, katakana words); Chinese and English have none. */
const isJapanese = (sentence: string): boolean => count(sentence, /[\p{Script=Hiragana}\p{Script=Katakana}ー]/gu) >= 2

/** Words that English prose cannot do without; about a third of an English text, rarely any of a German or French one. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'a an the of to in on for with by from as at into and or but that which this these those is are was were be been being it its their they we our than via while whose both not no can may also'.split(
    ' '
  )
)

/** Share of a text (by characters) in sentences that pass `test`. */
function share(text: string, test: (sentence: string) => boolean): number {
  const sentences = sentencesOf(text)
  const total = sentences.reduce((n, s) => n + size(s), 0) || 1
  return sentences.filter(test).reduce((n, s) => n + size(s), 0) / total
}

export function checkLanguage(summary: string, language: string): string[] {
  const letters = count(summary, /\p{L}/gu) || 1
  const kana = count(summary, /[\p{Script=Hiragana}\p{Script=Katakana}ー]/gu)
  const han = count(summary, /\p{Script=Han}/gu)
  const hangul = count(summary, /\p{Script=Hangul}/gu)
  const base = language.split('-')[0]
  if (base === 'ja') {
    // Most of the text in Japanese sentences; a stray English clause or quoted title is allowed.
    return share(summary, isJapanese) < 0.8 || kana < 10 ? ['it is not written in Japanese (write Japanese sentences)'] : []
  }
  if (base === 'zh') return han / letters < 0.5 || kana > han / 10 ? ['it is not written in Chinese'] : []
  if (base === 'ko') return hangul / letters < 0.5 ? ['it is not written in Korean'] : []
  if ((kana + han + hangul) / letters >= 0.5) return [`it is not written in the language "${language}" (most letters are CJK)`]
  if (base === 'en') {
    const words = summary.toLowerCase().match(/[a-z]+/g) ?? []
    const functional = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length
    if (words.length >= 20 && functional / words.length < 0.08) return ['it is not written in English (write English sentences)']
  }
  return []
}
