// The run's report, built once from what the stages returned, and the last stage: the job summary and
// the outputs. Text is made by the pure builders of ../report.ts.
import { readState } from '../body-state.js'
import { describeProof } from '../github/proof.js'
import { jobSummary } from '../report.js'
import { type Outputs, outputsOf, type RunReport } from '../run-report.js'
import type { PublishResult } from '../github/publish.js'
import type { Selection } from '../select.js'
import type { Settings } from '../settings.js'
import { splitCost, type Usage } from '../summarize/cost.js'
import { PROMPT_HASH } from '../summarize/prompt.js'
import { ACTION_VERSION } from '../version.js'
import type { Chosen } from './choose.js'
import type { RunContext } from './context.js'
import type { Gathered } from './gather.js'
import type { Rendered } from './post.js'
import type { Prepared, Stop } from './prepare.js'
import type { Summarized } from './summarize.js'

/** What the stages returned; the later ones are missing when the run ended before them. */
export interface StageResults {
  prepared: Prepared
  gathered: Gathered
  selection: Selection
  chosen: Chosen
  summarized?: Summarized
  rendered?: Rendered
  /** Files of the bundle folders the action kept, once the post is written into the workspace. */
  keptInWorkspace?: string[]
}

export function buildReport(settings: Settings, usage: Usage, r: StageResults): RunReport {
  const target = r.gathered.target?.value
  const summarized = r.summarized?.summarized ?? []
  return {
    date: settings.date,
    window: r.gathered.window,
    postPath: r.prepared.plan.posts[0]?.postPath ?? '',
    postPaths: r.prepared.plan.posts.map((p) => p.postPath),
    languages: settings.languages,
    written: r.keptInWorkspace !== undefined,
    papers: summarized.map((s) => s.paper),
    reserves: reservesOf(
      r.chosen.ranked,
      summarized.map((s) => s.paper.key),
      r.summarized?.replaced ?? []
    ),
    requestedCount: settings.count,
    candidateCount: r.chosen.ranked.length,
    sources: r.gathered.collection.reports,
    replaced: r.summarized?.replaced ?? [],
    droppedByRelevance: r.chosen.droppedByRelevance,
    leftOut: r.selection.leftOut,
    usage,
    costKnown:
      settings.modelPrices[settings.model] !== undefined &&
      (!settings.relevanceFilter || settings.modelPrices[settings.filterModel] !== undefined),
    costByLanguage: splitCost(usage.costUsd, summarized, settings.languages),
    model: settings.model,
    filterModel: settings.relevanceFilter ? settings.filterModel : undefined,
    promptHash: PROMPT_HASH,
    version: ACTION_VERSION,
    relevanceRan: settings.relevanceFilter,
    detailsStyle: r.prepared.detailsStyle,
    keptFiles: target ? target.keptFiles : (r.keptInWorkspace ?? []),
    otherDates: target && 'dates' in target.state ? target.state.dates.filter((d) => d !== settings.date) : [],
    links: r.rendered?.links ?? [],
    proof: target?.proof.sha,
    // A re-run keeps what the maintainers decided on this pull request so far.
    decisions: (target?.openPull?.body && readState(target.openPull.body)?.decisions) || [],
    history: r.selection.history,
    proofNote: target && target.state.kind !== 'absent' ? describeProof(target.proof, settings.branch) : undefined,
    doubts: summarized.filter((s) => s.doubts.length > 0).map((s) => ({ paper: s.paper, doubts: s.doubts }))
  }
}

/** The ranked papers after the post's: neither in it nor left out for a failed summary. */
function reservesOf(ranked: Chosen['ranked'], inPost: string[], replaced: Summarized['replaced']) {
  const taken = new Set([...inPost, ...replaced.map((x) => x.paper.key)])
  return ranked.filter((p) => !taken.has(p.key))
}

/**
 * The last stage of a run that got as far as its report: the job summary, then the outputs. When the
 * branch moved under the run and was kept, the summary carries the post, so what was paid for is not lost.
 */
export async function finish(
  ctx: Pick<RunContext, 'runner' | 'log'>,
  report: RunReport,
  pr?: PublishResult,
  rendered?: Rendered
): Promise<Outputs> {
  const notPushed = pr?.kept && rendered ? rendered.files.filter((f) => f.name.endsWith('.md')) : []
  const posts = notPushed.map((f) => ({ path: `${f.bundle.repoPath}/${f.name}`, markdown: f.content.toString('utf8') }))
  await writeSummary(ctx, jobSummary(report, pr, posts))
  return outputsOf(report, pr)
}

/** Ends a run that has nothing to do, before any paid call: a notice (or a warning) and the job summary. */
export async function stopBeforeSpending(ctx: Pick<RunContext, 'runner' | 'log' | 'settings'>, stop: Stop): Promise<Outputs> {
  if (stop.warn) ctx.log.warning(stop.message)
  else ctx.log.notice(stop.message)
  await writeSummary(ctx, `## Paper survey for ${ctx.settings.date}\n\nNo post was written: ${stop.message}\n`)
  return outputsOf(undefined, undefined)
}

/** The job summary is a report: a runner without one, or a failed write, never fails a run. */
export async function writeSummary(ctx: Pick<RunContext, 'runner' | 'log'>, markdown: string): Promise<void> {
  try {
    await ctx.runner.appendSummary(ctx.log.redact(markdown))
  } catch (error) {
    ctx.log.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}
