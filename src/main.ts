// run(): the survey as the list of its stages, each a log group. The only place that sets outputs and
// fails the run; the stages live in stages/, one module each, and return what the next ones take.
import { type Outputs } from './report.js'
import { actionsRunner, Log, realClock } from './runner.js'
import { checkBeforeSpending } from './stages/check.js'
import { hasPapers, judgeRelevance, select } from './stages/choose.js'
import { type RunContext, type RunDeps, startRun } from './stages/context.js'
import { gather } from './stages/gather.js'
import { render, write } from './stages/post.js'
import { isStop, prepare } from './stages/prepare.js'
import { publish } from './stages/publish.js'
import { buildReport, finish, stopBeforeSpending } from './stages/report.js'
import { summarize } from './stages/summarize.js'

export type { RunDeps } from './stages/context.js'

export async function run(given: Partial<RunDeps> = {}): Promise<void> {
  const deps: RunDeps = { env: process.env, clock: realClock, runner: actionsRunner, ...given }
  const log = new Log(deps.runner)
  try {
    const outputs = await survey(startRun(deps, log))
    for (const [name, value] of Object.entries(outputs)) deps.runner.setOutput(name, log.redact(value))
  } catch (error) {
    log.fail(error instanceof Error ? error.message : String(error))
  }
}

async function survey(ctx: RunContext): Promise<Outputs> {
  const { log, settings, clients } = ctx
  const prepared = await log.stage('Read the site', () => prepare(ctx))
  if (isStop(prepared)) return stopBeforeSpending(ctx, prepared)
  const gathered = await log.stage('Gather papers, the repository and the site’s pages', () => gather(ctx, prepared))
  const selection = await log.stage('Select papers', () => select(ctx, gathered))
  const stop = await log.stage('Check before spending', () => checkBeforeSpending(ctx, prepared, gathered, selection))
  if (stop) return stopBeforeSpending(ctx, stop)
  const chosen = await log.stage('Judge relevance', () => judgeRelevance(ctx, selection))
  const results = { prepared, gathered, selection, chosen }
  if (!hasPapers(ctx, chosen)) return log.stage('Report', () => finish(ctx, buildReport(settings, clients.meter.usage, results)))

  const summarized = await log.stage('Summarize', () => summarize(ctx, chosen.ranked))
  const rendered = await log.stage('Render the post', () => render(ctx, prepared, summarized, gathered.collection.reports))
  const kept = await log.stage('Write the bundle', () => write(ctx, prepared, rendered, summarized.summarized.length))
  const report = buildReport(settings, clients.meter.usage, { ...results, summarized, rendered, keptInWorkspace: kept })
  const { octokit } = clients
  const target = gathered.target?.value
  const pr = octokit && target ? await log.stage('Publish', () => publish(ctx, octokit, target, rendered, report)) : undefined
  return log.stage('Report', () => finish(ctx, report, pr, rendered))
}
