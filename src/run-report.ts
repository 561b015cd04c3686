// What a run found and did, and the action's outputs of it: the data the pull-request body, the job
// summary and the body's hidden state (review/state.ts) are all written from. Types and one pure map.
import type { DateWindow } from './dates.js'
import type { Verdict } from './history/model.js'
import type { Selection } from './select.js'
import type { RankedPaper } from './paper.js'
import type { DetailsStyle } from './settings.js'
import type { SourceReport } from './sources/index.js'
import type { NumberDoubt } from './summarize/checks/index.js'
import type { ReplacedPaper } from './summarize/index.js'
import { emptyUsage, type Usage } from './summarize/cost.js'

export interface RunReport {
  date: string
  window: DateWindow
  /** The main language's post. */
  postPath: string
  /** Every language's post. */
  postPaths: string[]
  /** The languages of the post, the main one first. */
  languages: string[]
  /** Whether the post was written (into the workspace, and committed when there is a pull request). */
  written: boolean
  papers: RankedPaper[]
  /** The next papers in rank order that the post does not hold: what `/survey replace` takes, in order. */
  reserves: RankedPaper[]
  requestedCount: number
  /** Papers that passed selection (and the relevance filter): the post's papers and their reserves. */
  candidateCount: number
  sources: SourceReport[]
  replaced: ReplacedPaper[]
  droppedByRelevance: RankedPaper[]
  leftOut: { published: number; offTopic: number; noAbstract: number }
  usage: Usage
  costKnown: boolean
  /** The cost shared out by language (an estimate: one call writes every language). */
  costByLanguage: Record<string, number>
  model: string
  filterModel?: string
  promptHash: string
  version: string
  relevanceRan: boolean
  detailsStyle: DetailsStyle
  /** Files of the bundle folder that the action did not write and left in place. */
  keptFiles: string[]
  /** Dates of the action's other unmerged posts on the same branch. */
  otherDates: string[]
  /** Every external link in the post, for the reviewer. */
  links: string[]
  /**
   * The action's last commit on its branch while every commit below it was its own: what the proof ref
   * names, recorded in the pull request's state as the second proof (github/proof.ts).
   */
  proof?: string
  /** Which proof told the action's commits this run, in a sentence (job summary; not stored). */
  proofNote?: string
  /**
   * The maintainers' decisions on this pull request's papers (drops, replacements, additions), kept in
   * its state so later runs learn the blog's taste from them without another request (history/).
   */
  decisions: Decision[]
  /** The blog's history as the ranking read it (job summary and body; not stored). */
  history?: Selection['history']
  /** Numbers of a summary that its abstract does not ground, for the reviewer to check. */
  doubts: { paper: RankedPaper; doubts: (NumberDoubt & { language: string })[] }[]
}

/** One decision of the maintainers on a paper, as the state keeps it. */
export interface Decision {
  key: string
  title: string
  terms: string[]
  verdict: Extract<Verdict, 'dropped' | 'added'>
}

/** Decisions a pull request's state keeps: the latest, more than one post's review makes, few enough that the state stays within its limit. */
export const DECISIONS_KEPT = 20

/** The action's outputs, one string each, as action.yml describes them. */
export interface Outputs {
  'pull-request-number': string
  'pull-request-url': string
  'pull-request-operation': string
  'post-path': string
  'paper-count': string
  papers: string
  'input-tokens': string
  'output-tokens': string
  'cost-usd': string
}

/** The outputs of a run: of its report and pull request, or of a run that stopped before either. */
export function outputsOf(report: RunReport | undefined, pr: { number: number; url: string; operation: string } | undefined): Outputs {
  const usage = report?.usage ?? emptyUsage()
  return {
    'pull-request-number': pr?.number ? String(pr.number) : '',
    'pull-request-url': pr?.url ?? '',
    'pull-request-operation': pr?.operation ?? 'none',
    'post-path': report?.written ? report.postPath : '',
    'paper-count': String(report?.papers.length ?? 0),
    papers: JSON.stringify(
      (report?.papers ?? []).map((p) => ({ arxivId: p.arxivId ?? null, title: p.title, sources: p.sources, score: p.score }))
    ),
    'input-tokens': String(usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens),
    'output-tokens': String(usage.outputTokens),
    'cost-usd': !report || report.costKnown ? usage.costUsd.toFixed(6) : ''
  }
}
