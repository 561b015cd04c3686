// Summarizes the top papers with bounded concurrency. A summary that fails a check gets one retry
// that names the failure; failing a hard check again, the paper is replaced by the next-ranked reserve.
// A summary whose only fault is a number the abstract does not ground is published after the retry,
// with the number and its sentence quoted for the reviewer. For a blog in several languages one call
// returns every language's summary (the abstract is sent once); each language passes its own checks,
// and a failing one retries the paper with the failure named. A fatal error (an API error past its
// retries, the cost cap) stops the batch: no further call starts and the calls in flight are cancelled.
import type { RankedPaper } from '../paper.js'
import { isApiError, type ModelClient } from './claude.js'
import { CostCapError, type CostMeter } from './cost.js'
import { checkSummary, type NumberDoubt, reasonsOf } from './checks/index.js'
import {
  RELEVANCE_SCHEMA,
  relevanceSystemPrompt,
  relevanceUserPrompt,
  type RelevanceExamples,
  summariesOf,
  summarySchema,
  summarySystemPrompt,
  summaryUserPrompt
} from './prompt.js'

/** Room for the summary and whatever thinking the model does first (both count against max_tokens). */
export const SUMMARY_MAX_TOKENS = 4096
/** Room for each further language's summary. */
const TOKENS_PER_EXTRA_LANGUAGE = 1024

/** A number a summary states and its abstract does not, in the language of that summary. */
export interface LanguageDoubt extends NumberDoubt {
  language: string
}

export interface SummarizedPaper {
  paper: RankedPaper
  /** The summary in each language of the run. */
  summaries: Record<string, string>
  attempts: number
  /** Numbers the abstract does not ground, which the reviewer is asked to check. */
  doubts: LanguageDoubt[]
}

export interface ReplacedPaper {
  paper: RankedPaper
  reasons: string[]
}

export interface SummaryOutcome {
  summarized: SummarizedPaper[]
  replaced: ReplacedPaper[]
}

export interface SummarizeOptions {
  client: ModelClient
  meter: CostMeter
  model: string
  /** The languages of the summaries, the main one first. */
  languages: string[]
  count: number
  maxConcurrency: number
  /** A reviewer's request for the summary (`/survey redo N note`), passed on after the paper. */
  reviewerNote?: string
  /** Checks of the run's own beside the gates (a secret of the run in the text); reasons, as the gates give. */
  extraCheck?: (summary: string) => string[]
}

export async function summarizePapers(ranked: RankedPaper[], options: SummarizeOptions): Promise<SummaryOutcome> {
  const summarized: SummarizedPaper[] = []
  const replaced: ReplacedPaper[] = []
  const cancel = new AbortController()
  let fatal: { error: unknown } | undefined
  let next = 0
  let inFlight = 0
  const take = (): RankedPaper | undefined =>
    !fatal && summarized.length + inFlight < options.count && next < ranked.length ? ranked[next++] : undefined

  const worker = async (): Promise<void> => {
    for (let paper = take(); paper; paper = take()) {
      inFlight++
      try {
        // The other candidates of the run: a summary that fits one of them better than its own paper is refused.
        const others = ranked.filter((p) => p !== paper).slice(0, MAX_OTHERS)
        const result = await summarizeOne(paper, others, options, cancel.signal)
        if ('summaries' in result) summarized.push({ paper, ...result })
        else replaced.push({ paper, reasons: result.reasons })
      } catch (error) {
        if (!fatal) {
          fatal = { error }
          cancel.abort()
        }
      } finally {
        inFlight--
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.maxConcurrency, options.count)) }, worker))
  if (fatal) throw fatal.error
  summarized.sort((a, b) => a.paper.rank - b.paper.rank)
  return { summarized, replaced }
}

/** How many of the run's other candidates a summary is compared with: the post's papers and the first reserves. */
const MAX_OTHERS = 20

async function summarizeOne(
  paper: RankedPaper,
  others: RankedPaper[],
  options: SummarizeOptions,
  signal: AbortSignal
): Promise<Omit<SummarizedPaper, 'paper'> | { reasons: string[] }> {
  const { languages } = options
  const system = summarySystemPrompt(languages)
  const schema = summarySchema(languages)
  const maxTokens = SUMMARY_MAX_TOKENS + TOKENS_PER_EXTRA_LANGUAGE * (languages.length - 1)
  // Reasons name their language when there is more than one.
  const named = (language: string, reason: string): string => (languages.length > 1 ? `the ${language} summary: ${reason}` : reason)
  let reasons: string[] = []
  let publishable: Omit<SummarizedPaper, 'paper' | 'attempts'> | undefined
  for (let attempt = 1; attempt <= 2; attempt++) {
    const user = summaryUserPrompt(paper, attempt > 1 ? reasons : undefined, options.reviewerNote)
    signal.throwIfAborted()
    const release = options.meter.reserve(options.model, system.length + user.length, maxTokens)
    let answer
    try {
      answer = await options.client.complete({ model: options.model, system, user, schema, maxTokens }, signal)
    } finally {
      release(answer?.usage)
    }
    if (answer.problem) {
      reasons = [answer.problem]
      continue
    }
    const texts = summariesOf(answer.value, languages)
    let hard = false
    const doubts: LanguageDoubt[] = []
    reasons = []
    for (const language of languages) {
      const summary = texts[language]
      const check =
        summary === undefined
          ? { hard: ['the answer had no summary field'], doubts: [] }
          : checkSummary({ summary, title: paper.title, abstract: paper.abstract, language, others })
      if (summary !== undefined) check.hard.push(...(options.extraCheck?.(summary) ?? []))
      hard ||= check.hard.length > 0
      doubts.push(...check.doubts.map((d) => ({ ...d, language })))
      reasons.push(...reasonsOf(check).map((r) => named(language, r)))
    }
    const summaries = texts as Record<string, string>
    if (reasons.length === 0) return { summaries, attempts: attempt, doubts: [] }
    // Only doubts about numbers: publishable, with the doubts for the reviewer, if the retry does no better.
    if (!hard) publishable = { summaries, doubts }
  }
  return publishable ? { ...publishable, attempts: 2 } : { reasons }
}

export interface RelevanceOutcome {
  kept: RankedPaper[]
  dropped: RankedPaper[]
  warning?: string
}

/**
 * One request scores the candidates 0–10. Papers under the threshold are dropped (and listed);
 * a paper the answer leaves out is kept unscored. If the call fails, popularity order stands.
 */
export async function filterByRelevance(
  ranked: RankedPaper[],
  options: { client: ModelClient; meter: CostMeter; model: string; threshold: number; limit: number; examples?: RelevanceExamples }
): Promise<RelevanceOutcome> {
  const judged = ranked.slice(0, options.limit)
  const system = relevanceSystemPrompt(options.examples)
  const user = relevanceUserPrompt(
    judged.map((p) => ({ ...p, id: p.key })),
    options.examples
  )
  const maxTokens = 2048 + 120 * judged.length
  const release = options.meter.reserve(options.model, system.length + user.length, maxTokens)
  let scores: Map<string, { score: number; reason: string }>
  try {
    const answer = await options.client.complete({ model: options.model, system, user, schema: RELEVANCE_SCHEMA, maxTokens })
    release(answer.usage)
    const list = answer.value?.papers
    if (!Array.isArray(list)) throw new Error(answer.problem ?? 'the answer had no papers list')
    scores = new Map(
      list
        .filter((x): x is { id: string; score: number; reason: string } => typeof x?.id === 'string' && typeof x?.score === 'number')
        .map((x) => [x.id, { score: Math.max(0, Math.min(10, x.score)), reason: String(x.reason ?? '').slice(0, 300) }])
    )
  } catch (error) {
    release(undefined)
    // An API error (bad key, unknown model, retries spent) or the cost cap ends the run; only an answer
    // that cannot be read leaves the papers in popularity order.
    if (error instanceof CostCapError || isApiError(error)) throw error
    return {
      kept: ranked,
      dropped: [],
      warning: `The relevance filter failed, papers keep their popularity order: ${(error as Error).message}`
    }
  }
  const kept: RankedPaper[] = []
  const dropped: RankedPaper[] = []
  for (const p of ranked) {
    const s = scores.get(p.key)
    const withScore = s ? { ...p, relevance: s } : p
    if (s && s.score < options.threshold) dropped.push(withScore)
    else kept.push(withScore)
  }
  return { kept, dropped }
}
