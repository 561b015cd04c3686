// The survey as the list of its stages, each a log group; the stages live in stages/, one module each,
// and return what the next ones take.
import { onFirstAnswer } from './http.js'
import { type Outputs } from './run-report.js'
import { checkBeforeSpending } from './stages/check.js'
import { hasPapers, judgeRelevance, select } from './stages/choose.js'
import { withClients } from './stages/clients.js'
import type { StartedRun } from './stages/context.js'
import { EarlyBlobs } from './github/early-blobs.js'
import { gather } from './stages/gather.js'
import { render, write } from './stages/post.js'
import { isStop, prepare } from './stages/prepare.js'
import { publish } from './stages/publish.js'
import { buildReport, finish, stopBeforeSpending } from './stages/report.js'
import { summarize } from './stages/summarize.js'

export async function survey(started: StartedRun): Promise<Outputs> {
  const ctx = withClients(started)
  const { log, settings, clients } = ctx
  const prepared = await log.stage('Read the site', () => prepare(ctx))
  if (isStop(prepared)) return stopBeforeSpending(ctx, prepared)
  // The Claude SDK loads once the sources' first answer is in, while the rest are awaited: loaded sooner,
  // its 50 ms of compiling would hold back the requests just asked.
  const http = onFirstAnswer(clients.http, () => clients.claude.warm())
  const gathered = await log.stage('Gather papers, the repository and the site’s pages', () =>
    gather({ ...ctx, clients: { ...clients, http } }, prepared)
  )
  const selection = await log.stage('Select papers', () => select(ctx, gathered))
  const stop = await log.stage('Check before spending', () => checkBeforeSpending(ctx, prepared, gathered, selection))
  if (stop) return stopBeforeSpending(ctx, stop)
  const chosen = await log.stage('Judge relevance', () => judgeRelevance(ctx, selection))
  const results = { prepared, gathered, selection, chosen }
  if (!hasPapers(ctx, chosen)) return log.stage('Report', () => finish(ctx, buildReport(settings, clients.meter.usage, results)))

  const { octokit } = clients
  const target = gathered.target?.value
  // The post will be published: its images go to GitHub as they arrive, while Claude writes.
  const early = octokit && target ? new EarlyBlobs(octokit, target.owner, target.repo) : undefined
  const summarized = await log.stage('Summarize', () => summarize(ctx, chosen.ranked, early))
  const rendered = await log.stage('Render the post', () => render(ctx, prepared, summarized, gathered))
  const kept = await log.stage('Write the bundle', () => write(ctx, prepared, rendered, summarized.summarized.length))
  const report = buildReport(settings, clients.meter.usage, { ...results, summarized, rendered, keptInWorkspace: kept })
  const pr = octokit && target ? await log.stage('Publish', () => publish(ctx, octokit, target, rendered, report, early)) : undefined
  return log.stage('Report', () => finish(ctx, report, pr, rendered))
}
