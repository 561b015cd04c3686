// run(): settings → read the site → collect (while the repository and the site's pages are read) →
// the checks that stop a run before any paid call → select → summarize (+ images) → render every
// language → write → publish → outputs. The only place that sets outputs and fails the run.
import fs from 'node:fs'
import path from 'node:path'
import { dateWindow } from './dates.js'
import { createOctokit } from './github/octokit.js'
import { publishPost, readTarget, type PublishResult } from './github/publish.js'
import { createHttp, type Http } from './http.js'
import { fetchPaperImage, type FetchedImage } from './hugo/images.js'
import { type LanguagePost, planPosts, renderPosts } from './hugo/place.js'
import { linksIn } from './hugo/post.js'
import { writeBundle } from './hugo/write-bundle.js'
import type { RankedPaper } from './paper.js'
import { jobSummary, type Outputs, outputsOf, pullRequestBody, type RunReport } from './report.js'
import { selectPapers } from './select.js'
import { actionsRunner, type Clock, type Env, inputFromEnv, Log, realClock, type Runner } from './runner.js'
import { outputPathFor, readSettings, type Settings } from './settings.js'
import { checkBundleFolder, collision, readSite, scanPages, siteWarnings } from './site/index.js'
import { normalizeUrlPath } from './site/pages.js'
import { collectCandidates } from './sources/index.js'
import { createClaude, describeApiError } from './summarize/claude.js'
import { CostMeter, splitCost } from './summarize/cost.js'
import { filterByRelevance, summarizePapers } from './summarize/index.js'
import { PROMPT_HASH } from './summarize/prompt.js'
import { ACTION_VERSION } from './version.js'

class RunError extends Error {}

/** Everything a run takes from its host. The runner's defaults; tests pass a virtual clock and a recording runner. */
export interface RunDeps {
  env: Env
  clock: Clock
  runner: Runner
  /** Octokit's own waits (its retry back-off base, its throttling), shortened or turned off in tests. */
  octokit?: { retryAfterBaseMs?: number; throttle?: boolean; notificationGapMs?: number }
}

/** The context of one run: what it was given and how it speaks. */
interface RunContext extends RunDeps {
  log: Log
  settings: Settings
  repository: string
}

export async function run(given: Partial<RunDeps> = {}): Promise<void> {
  const deps: RunDeps = { env: process.env, clock: realClock, runner: actionsRunner, ...given }
  const log = new Log(deps.runner)
  try {
    const { env } = deps
    const settings = readSettings(inputFromEnv(env), { workspace: env.GITHUB_WORKSPACE || process.cwd(), now: new Date(deps.clock.now()) })
    for (const secret of [settings.anthropicApiKey, settings.githubToken, settings.semanticScholarApiKey]) log.addSecret(secret)
    const repository = env.GITHUB_REPOSITORY ?? ''
    if (settings.createPr && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw new RunError('GITHUB_REPOSITORY is not set to owner/repo: run the action in a workflow, or set create-pr: false.')
    }
    if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
      log.warning(
        'This workflow runs on pull_request_target: never let it check out or run code from the pull request, which is untrusted.'
      )
    }
    const outputs = await survey({ ...deps, log, settings, repository })
    for (const [name, value] of Object.entries(outputs)) deps.runner.setOutput(name, log.redact(value))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log.fail(message)
  }
}

/** The job summary is a report: a runner without one, or a failed write, never fails a run. */
async function writeSummary(ctx: RunContext, markdown: string): Promise<void> {
  try {
    await ctx.runner.appendSummary(ctx.log.redact(markdown))
  } catch (error) {
    ctx.log.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

async function survey(ctx: RunContext): Promise<Outputs> {
  const { settings, log, clock } = ctx
  // The site first: what is there decides what may be written, before any service is asked.
  const site = readSite(settings.workspace, settings.sitePath)
  const plan = planPosts(settings, site)
  const main = plan.posts[0] as LanguagePost
  for (const bundle of plan.bundles) checkBundleFolder(settings.workspace, bundle.dir)
  const detailsStyle = settings.detailsStyle === 'auto' ? site.details.style : settings.detailsStyle
  for (const warning of siteWarnings(
    site,
    settings.languages.map((l) => outputPathFor(settings, l)),
    settings.languages
  ))
    log.warning(warning)
  const inWorkspace = plan.posts.find((p) => fs.existsSync(path.join(p.bundle.dir, p.fileName)))
  if (!settings.createPr && !settings.updatePublished && inWorkspace) {
    return stopBeforeSpending(
      ctx,
      `The post for ${settings.date} is already in the workspace (${inWorkspace.postPath}): nothing to do, no summary paid for. Set update-published: true to write it again.`
    )
  }

  // The sources, the repository and the site's pages are read at once.
  const window = dateWindow(settings.date, settings.lookbackDays, settings.timezone)
  const http = createHttp({ timeoutMs: settings.requestTimeoutMs, pacing: pacingFor(settings), sleep: clock.sleep, now: clock.now })
  const octokit = settings.createPr
    ? createOctokit({
        token: settings.githubToken,
        baseUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
        onWarning: (m) => log.warning(m),
        ...ctx.octokit
      })
    : undefined
  const [owner, repo] = ctx.repository.split('/') as [string, string]
  const targetRead = octokit
    ? settle(
        readTarget(octokit, {
          owner,
          repo,
          base: settings.base,
          branch: settings.branch,
          date: settings.date,
          folders: plan.bundles.map((b) => b.repoPath),
          onEditedBranch: settings.onEditedBranch,
          updatePublished: settings.updatePublished
        })
      )
    : undefined
  log.info(
    `Collecting papers for ${settings.date} (${window.days[0]} to ${window.days.at(-1)}, ${settings.timezone}) from ${settings.sources.join(', ')}`
  )
  const collecting = collectCandidates(
    {
      http,
      window,
      keywords: settings.keywords,
      arxivCategories: settings.arxivCategories,
      urls: settings.urls,
      semanticScholarApiKey: settings.semanticScholarApiKey
    },
    settings.sources
  )
  const pageLanguages = {
    languages: site.config.languages,
    defaultLanguage: site.config.defaultLanguage,
    declared: site.config.declaresLanguages
  }
  const [pages, targetOutcome, collection] = await Promise.all([
    scanPages(
      site.dir,
      pageLanguages,
      plan.bundles.map((b) => b.sitePath)
    ),
    targetRead,
    collecting
  ])

  // What stops the run before any paid call: the post is published already, or a maintainer's branch.
  if (targetOutcome?.value?.stop)
    return stopBeforeSpending(ctx, targetOutcome.value.stop.message, targetOutcome.value.stop.kind === 'edited')
  for (const post of plan.posts) {
    const clash = collision(pages, {
      pagePath: post.pagePath,
      url: settings.slug,
      language: site.config.declaresLanguages ? post.language : undefined
    })
    if (clash) {
      throw new RunError(
        `The new post would take the ${clash.on === 'url' ? `URL /${normalizeUrlPath(settings.slug)}/` : `path ${post.pagePath}`} of the existing page ${clash.page.file}, and Hugo would build only one of them ("Duplicate target paths"). Change the ${clash.on === 'url' ? 'slug' : 'bundle-name'} input. Nothing was paid for.`
      )
    }
  }

  for (const r of collection.reports) {
    if (r.status === 'failed') log.warning(`Source ${r.source} failed and was skipped: ${r.reason}`)
    else log.info(`Source ${r.source}: ${r.count} papers`)
  }
  for (const w of collection.warnings) log.warning(w)
  if (collection.reports.every((r) => r.status === 'failed')) {
    throw new RunError(`Every source failed: ${collection.reports.map((r) => `${r.source}: ${r.reason}`).join('; ')}`)
  }

  const selection = selectPapers(collection.candidates, {
    keywords: settings.keywords,
    filterHuggingFace: settings.huggingfaceFilter === 'keywords',
    publishedIds: new Set(pages.flatMap((p) => p.arxivIds))
  })
  // A repository problem matters only when there is something to publish; it fails before any paid call.
  if (targetOutcome?.error && selection.ranked.length > 0) throw targetOutcome.error
  const target = targetOutcome?.value
  const meter = new CostMeter(settings.modelPrices, settings.maxCostUsd)
  const client = createClaude({
    apiKey: settings.anthropicApiKey,
    baseURL: settings.urls.anthropic,
    timeoutMs: settings.requestTimeoutMs,
    sleep: clock.sleep
  })
  let ranked = selection.ranked
  let dropped: RankedPaper[] = []
  if (settings.relevanceFilter && ranked.length > 0) {
    const relevance = await guardApi(() =>
      filterByRelevance(ranked, {
        client,
        meter,
        model: settings.filterModel,
        threshold: settings.relevanceThreshold,
        limit: Math.max(20, settings.count * 3)
      })
    )
    if (relevance.warning) log.warning(relevance.warning)
    ranked = relevance.kept
    dropped = relevance.dropped
  }

  const sourcesUsed = collection.reports.filter((r) => r.status !== 'failed').map((r) => r.source)
  const report: RunReport = {
    date: settings.date,
    window,
    postPath: main.postPath,
    postPaths: plan.posts.map((p) => p.postPath),
    languages: settings.languages,
    written: false,
    papers: [],
    requestedCount: settings.count,
    candidateCount: ranked.length,
    sources: collection.reports,
    replaced: [],
    droppedByRelevance: dropped,
    leftOut: selection.leftOut,
    usage: meter.usage,
    costKnown:
      settings.modelPrices[settings.model] !== undefined &&
      (!settings.relevanceFilter || settings.modelPrices[settings.filterModel] !== undefined),
    costByLanguage: {},
    model: settings.model,
    filterModel: settings.relevanceFilter ? settings.filterModel : undefined,
    promptHash: PROMPT_HASH,
    version: ACTION_VERSION,
    relevanceRan: settings.relevanceFilter,
    detailsStyle,
    keptFiles: target?.keptFiles ?? [],
    otherDates: target && 'dates' in target.state ? target.state.dates.filter((d) => d !== settings.date) : [],
    links: [],
    doubts: []
  }

  if (ranked.length === 0) {
    const message = `No new paper for ${settings.date}: nothing to post, no branch, no pull request.`
    if (settings.failOnEmpty) throw new RunError(`${message} (fail-on-empty is true)`)
    log.notice(message)
    await writeSummary(ctx, jobSummary(report))
    return outputsOf(report, undefined)
  }
  if (ranked.length < settings.count) {
    log.warning(
      `Only ${ranked.length} new paper${ranked.length === 1 ? '' : 's'} for ${settings.date} passed selection (count is ${settings.count}): the post has fewer papers.`
    )
  }

  // Images are fetched while the summaries are written.
  const images = new Map<string, Promise<FetchedImage | undefined>>()
  const imageFor = (p: RankedPaper): Promise<FetchedImage | undefined> => {
    let pending = images.get(p.key)
    if (!pending) {
      pending = fetchImage(http, p, ctx)
      images.set(p.key, pending)
    }
    return pending
  }
  ranked.slice(0, settings.count).forEach((p) => void imageFor(p))

  const outcome = await guardApi(() =>
    summarizePapers(ranked, {
      client,
      meter,
      model: settings.model,
      languages: settings.languages,
      count: settings.count,
      maxConcurrency: settings.maxConcurrency,
      extraCheck: (summary) => (log.findSecret(summary) ? ['it contains a secret of this run (an API key or token)'] : [])
    })
  )
  report.replaced = outcome.replaced
  for (const r of outcome.replaced)
    log.warning(`Left out "${r.paper.title}" (${r.paper.key}): its summary failed the checks twice: ${r.reasons.join('; ')}`)
  if (outcome.summarized.length === 0) {
    throw new RunError(
      `No summary passed the checks, nothing was published: ${outcome.replaced.map((r) => `${r.paper.key}: ${r.reasons.join('; ')}`).join(' | ')}`
    )
  }
  const possible = Math.min(settings.count, ranked.length)
  if (outcome.summarized.length < possible) {
    log.warning(
      `${outcome.replaced.length} summar${outcome.replaced.length === 1 ? 'y' : 'ies'} failed the checks twice and no reserve was left: the post has ${outcome.summarized.length} of ${settings.count} papers.`
    )
  }
  report.papers = outcome.summarized.map((s) => s.paper)
  report.doubts = outcome.summarized.filter((s) => s.doubts.length > 0).map((s) => ({ paper: s.paper, doubts: s.doubts }))
  report.costByLanguage = splitCost(meter.usage.costUsd, outcome.summarized, settings.languages)
  for (const { paper, doubts } of report.doubts) {
    log.warning(
      `The summary of "${paper.title}" states ${doubts.map((d) => d.number).join(', ')}, which its abstract does not; the pull request asks the reviewer to check it.`
    )
  }

  const fetched = await Promise.all(outcome.summarized.map((s) => imageFor(s.paper)))
  const files = renderPosts(plan, outcome.summarized, fetched, {
    date: settings.date,
    sourcesUsed,
    title: settings.title,
    slug: settings.slug,
    tags: settings.tags,
    categories: settings.categories,
    draft: settings.postDraft,
    frontMatter: settings.frontMatter,
    detailsStyle
  }).map((f) => (f.name.endsWith('.md') ? { ...f, content: Buffer.from(log.redact(f.content.toString('utf8')), 'utf8') } : f))
  report.links = [...new Set(files.filter((f) => f.name.endsWith('.md')).flatMap((f) => linksIn(f.content.toString('utf8'))))]
  const keptHere = plan.bundles.flatMap((b) =>
    writeBundle(
      settings.workspace,
      b.dir,
      files.filter((f) => f.bundle === b)
    ).map((name) => `${b.repoPath}/${name}`)
  )
  report.written = true
  if (!target) report.keptFiles = keptHere
  log.info(`Wrote ${report.postPaths.join(', ')} with ${outcome.summarized.length} papers`)

  let pr: PublishResult | undefined
  if (octokit && target) {
    const dates = [...report.otherDates, settings.date].sort()
    pr = await publishPost(octokit, target, {
      files: files.map((f) => ({ path: `${f.bundle.repoPath}/${f.name}`, content: f.content })),
      title: `Paper survey${dates.length > 1 ? 's' : ''} for ${dates.join(', ')}`,
      body: log.redact(pullRequestBody(report)),
      labels: settings.labels,
      reviewers: settings.reviewers,
      teamReviewers: settings.teamReviewers,
      draft: settings.draft
    })
    for (const w of pr.warnings) log.warning(w)
    log.info(`Pull request #${pr.number} ${pr.operation}: ${pr.url}`)
  }
  await writeSummary(ctx, jobSummary(report, pr))
  return outputsOf(report, pr)
}

/** Ends a run that has nothing to do, before any paid call: a notice (or a warning) and the job summary. */
async function stopBeforeSpending(ctx: RunContext, message: string, warn = false): Promise<Outputs> {
  if (warn) ctx.log.warning(message)
  else ctx.log.notice(message)
  await writeSummary(ctx, `## Paper survey for ${ctx.settings.date}\n\nNo post was written: ${message}\n`)
  return outputsOf(undefined, undefined)
}

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise }
  } catch (error) {
    return { error }
  }
}

/** Claude API errors (bad key, unknown model, overload past every retry) stop the run with advice. */
async function guardApi<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  } catch (error) {
    if (error instanceof Error && (error.name === 'CostCapError' || error instanceof RunError)) throw error
    throw new RunError(`${describeApiError(error)} Nothing was published.`)
  }
}

/**
 * arXiv asks for one request every 3 s; Semantic Scholar's keyed rate is 1 per second; arXiv's HTML
 * pages are read one at a time, 4 a second at most. Where two services share a host, the slower pace wins.
 */
function pacingFor(settings: Settings): Record<string, number> {
  const pacing: Record<string, number> = {}
  const pace = (url: string, ms: number): void => {
    const host = new URL(url).host
    pacing[host] = Math.max(pacing[host] ?? 0, ms)
  }
  pace(settings.urls.arxiv, 3000)
  pace(settings.urls.semanticScholar, 1000)
  pace(settings.urls.arxivHtml, 250)
  return pacing
}

async function fetchImage(http: Http, paper: RankedPaper, { settings, log }: RunContext): Promise<FetchedImage | undefined> {
  const { image, problems } = await fetchPaperImage(http, paper, settings.images, settings.urls.arxivHtml)
  if (!image && settings.images !== 'none') log.warning(`No image for "${paper.title}" (${paper.key}): ${problems.join('; ')}`)
  return image
}
