// Checks a summary must pass before it can be published. Pure: each returns the reasons it failed,
// worded so they can be sent back to the model in the one retry. Language, length, markup, copying and
// another paper's summary are hard (never published); a number the abstract does not ground, or a
// summary sharing almost none of its paper's terms, is soft: a doubt the reviewer checks, quoted in the
// pull request. Measured on the seed blog's real posts (__fixtures__/real-posts) and on other writers'
// real summaries (__fixtures__/other-writers); `npm run bench` prints the rates.
import { checkNotCopied, termOverlap, termsOf } from './copies.js'
import { checkLanguage, sentencesOf } from './language.js'
import { checkMarkup } from './markup.js'
import { type NumberDoubt, numbersReason, ungroundedNumbers } from './numbers.js'

export { checkLanguage } from './language.js'
export { checkMarkup } from './markup.js'
export { checkNumbers, type NumberDoubt, numbersIn } from './numbers.js'
export { checkNotCopied, copiedShare, termOverlap, termsOf } from './copies.js'

export interface GateInput {
  summary: string
  title: string
  abstract: string
  language: string
  /** The run's other papers: a summary that fits one of them better than its own was written about it. */
  others?: { title: string; abstract: string }[]
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

export interface SummaryCheck {
  /** Reasons the summary must not be published. */
  hard: string[]
  /** Numbers (or, with an empty number, the summary's terms) for the reviewer to check. */
  doubts: NumberDoubt[]
}

export function checkSummary(input: GateInput): SummaryCheck {
  const summary = input.summary.trim()
  if (summary === '') return { hard: ['the summary is empty'], doubts: [] }
  const fit = paperFit(summary, input)
  return {
    hard: [
      ...checkLanguage(summary, input.language),
      ...checkLength(summary, input.language),
      ...checkMarkup(summary),
      ...checkNotCopied(summary, input.abstract),
      ...fit.hard
    ],
    doubts: [...ungroundedNumbers(summary, `${input.title} ${input.abstract}`), ...fit.doubts]
  }
}

/** Below this share of its terms in its own paper, a summary is doubted; with another paper of the run fitting better, refused. */
export const TERM_FIT = 0.2

function paperFit(summary: string, input: GateInput): SummaryCheck {
  const terms = termsOf(summary)
  const own = termOverlap(terms, input)
  if (own === undefined || own >= TERM_FIT) return { hard: [], doubts: [] }
  const better = (input.others ?? []).find((o) => (termOverlap(terms, o) ?? 0) >= Math.max(TERM_FIT, own * 2))
  if (better) return { hard: [`it reads as a summary of another paper of this run (“${better.title.slice(0, 80)}”)`], doubts: [] }
  // A doubt without a number: the sentence quoted is the summary's first.
  return { hard: [], doubts: [{ number: '', sentence: sentencesOf(summary)[0] ?? summary }] }
}

/** A doubt as the reviewer reads it, after "its summary": the number it states (made safe by `shown`), or that it shares no terms. */
export function doubtWording(doubt: NumberDoubt, shown: (text: string) => string): string {
  return doubt.number === ''
    ? 'shares almost none of the abstract’s distinctive terms (check that it is about this paper)'
    : `states **${shown(doubt.number)}**, which the abstract does not`
}

/** Every reason of a check, the doubts worded as the retry names them. */
export function reasonsOf(check: SummaryCheck): string[] {
  const numbers = check.doubts.filter((d) => d.number !== '').map((d) => d.number)
  const terms = check.doubts.some((d) => d.number === '') ? ['it shares almost none of the abstract’s distinctive terms'] : []
  return [...check.hard, ...(numbers.length > 0 ? [numbersReason(numbers)] : []), ...terms]
}

export function checkLength(summary: string, language: string): string[] {
  const band = lengthBand(language)
  const size = band.unit === 'characters' ? [...summary.replace(/\s+/g, '')].length : summary.split(/\s+/).filter(Boolean).length
  if (size < band.min) return [`it is too short (${size} ${band.unit}; at least ${band.min})`]
  if (size > band.max) return [`it is too long (${size} ${band.unit}; at most ${band.max})`]
  return []
}
