// run(): settings → collect → select → summarize (+ images) → render → write → publish → outputs.
// The only place that sets outputs and calls setFailed.
import path from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { dateWindow } from './dates.js'
import { createOctokit } from './github/octokit.js'
import { publishPost, readTarget, type PublishResult } from './github/publish.js'
import { createHttp, type Http } from './http.js'
import { fetchPaperImage, type FetchedImage } from './hugo/images.js'
import { renderBundle, type PostEntry } from './hugo/post.js'
import { writeBundle } from './hugo/write-bundle.js'
import { addSecret, log, redact } from './log.js'
import type { RankedPaper } from './paper.js'
import { scanPublishedIds } from './published.js'
import { jobSummary, pullRequestBody, type RunReport } from './report.js'
import { selectPapers } from './select.js'
import { readSettings, type Settings } from './settings.js'
import { collectCandidates } from './sources/index.js'
import { createClaude, describeApiError } from './summarize/claude.js'
import { CostMeter } from './summarize/cost.js'
import { filterByRelevance, summarizePapers } from './summarize/index.js'
import { PROMPT_HASH } from './summarize/prompt.js'
import { ACTION_VERSION } from './version.js'

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

class RunError extends Error {}

export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), now: new Date() })
    for (const secret of [settings.anthropicApiKey, settings.githubToken, settings.semanticScholarApiKey]) addSecret(secret)
    const repository = process.env.GITHUB_REPOSITORY ?? ''
    if (settings.createPr && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw new RunError('GITHUB_REPOSITORY is not set to owner/repo: run the action in a workflow, or set create-pr: false.')
    }
    if (context.eventName === 'pull_request_target') {
      log.warning('This workflow runs on pull_request_target: never let it check out or run code from the pull request, which is untrusted.')
    }
    const outputs = await survey(settings, repository)
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log.fail(message)
  }
}

async function survey(settings: Settings, repository: string): Promise<Outputs> {
  const window = dateWindow(settings.date, settings.lookbackDays, settings.timezone)
  const http = createHttp({ timeoutMs: settings.requestTimeoutMs, pacing: pacingFor(settings) })
  const sectionDir = path.join(settings.workspace, settings.outputPath)
  const bundleDir = path.join(sectionDir, settings.bundleName)
  const postPath = `${settings.outputPath}/${settings.bundleName}/index.md`

  // GitHub is read while the sources are: a missing permission or base branch fails the run before
  // any summary is paid for.
  const octokit = settings.createPr
    ? createOctokit({ token: settings.githubToken, baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com', onWarning: (m) => log.warning(m) })
    : undefined
  const [owner, repo] = repository.split('/') as [string, string]
  const target = octokit ? readTarget(octokit, { owner, repo, base: settings.base, branch: settings.branch, folder: `${settings.outputPath}/${settings.bundleName}` }) : undefined
  target?.catch(() => undefined) // awaited below; a run that ends early must not leave it unhandled

  log.info(`Collecting papers for ${settings.date} (${window.days[0]} to ${window.days.at(-1)}, ${settings.timezone}) from ${settings.sources.join(', ')}`)
  const collection = await collectCandidates(
    { http, window, keywords: settings.keywords, arxivCategories: settings.arxivCategories, urls: settings.urls, semanticScholarApiKey: settings.semanticScholarApiKey },
    settings.sources
  )
  for (const r of collection.reports) {
    if (r.status === 'failed') log.warning(`Source ${r.source} failed and was skipped: ${r.reason}`)
    else log.info(`Source ${r.source}: ${r.count} papers`)
  }
  for (const w of collection.warnings) log.warning(w)
  if (collection.reports.every((r) => r.status === 'failed')) {
    throw new RunError(`Every source failed: ${collection.reports.map((r) => `${r.source}: ${r.reason}`).join('; ')}`)
  }

  const publishedIds = scanPublishedIds(sectionDir, bundleDir)
  const selection = selectPapers(collection.candidates, {
    keywords: settings.keywords,
    filterHuggingFace: settings.huggingfaceFilter === 'keywords',
    publishedIds
  })
  const publishTarget = selection.ranked.length > 0 ? await target : undefined
  const meter = new CostMeter(settings.modelPrices, settings.maxCostUsd)
  const client = createClaude({ apiKey: settings.anthropicApiKey, baseURL: settings.urls.anthropic, timeoutMs: settings.requestTimeoutMs })
  let ranked = selection.ranked
  let dropped: RankedPaper[] = []
  if (settings.relevanceFilter && ranked.length > 0) {
    const relevance = await guardApi(() =>
      filterByRelevance(ranked, { client, meter, model: settings.filterModel, threshold: settings.relevanceThreshold, limit: Math.max(20, settings.count * 3) })
    )
    if (relevance.warning) log.warning(relevance.warning)
    ranked = relevance.kept
    dropped = relevance.dropped
  }

  const sourcesUsed = collection.reports.filter((r) => r.status !== 'failed').map((r) => r.source)
  const report: RunReport = {
    date: settings.date,
    window,
    postPath,
    papers: [],
    requestedCount: settings.count,
    sources: collection.reports,
    replaced: [],
    droppedByRelevance: dropped,
    leftOut: selection.leftOut,
    usage: meter.usage,
    costKnown: settings.modelPrices[settings.model] !== undefined && (!settings.relevanceFilter || settings.modelPrices[settings.filterModel] !== undefined),
    model: settings.model,
    filterModel: settings.relevanceFilter ? settings.filterModel : undefined,
    promptHash: PROMPT_HASH,
    version: ACTION_VERSION,
    relevanceRan: settings.relevanceFilter
  }

  if (ranked.length === 0) {
    const message = `No new paper for ${settings.date}: nothing to post, no branch, no pull request.`
    if (settings.failOnEmpty) throw new RunError(`${message} (fail-on-empty is true)`)
    log.notice(message)
    await core.summary.addRaw(redact(jobSummary(report))).write()
    return outputsOf(report, undefined, '')
  }

  // Images are fetched while the summaries are written.
  const images = new Map<string, Promise<FetchedImage | undefined>>()
  const imageFor = (p: RankedPaper): Promise<FetchedImage | undefined> => {
    let pending = images.get(p.key)
    if (!pending) {
      pending = fetchImage(http, p, settings)
      images.set(p.key, pending)
    }
    return pending
  }
  ranked.slice(0, settings.count).forEach((p) => void imageFor(p))

  const outcome = await guardApi(() =>
    summarizePapers(ranked, { client, meter, model: settings.model, language: settings.language, count: settings.count, maxConcurrency: settings.maxConcurrency })
  )
  report.replaced = outcome.replaced
  for (const r of outcome.replaced) log.warning(`Left out "${r.paper.title}" (${r.paper.key}): its summary failed the checks twice: ${r.reasons.join('; ')}`)
  if (outcome.summarized.length === 0) {
    throw new RunError(`No summary passed the checks, nothing was published: ${outcome.replaced.map((r) => `${r.paper.key}: ${r.reasons.join('; ')}`).join(' | ')}`)
  }
  if (outcome.summarized.length < settings.count) {
    log.warning(`Only ${outcome.summarized.length} of ${settings.count} papers could be summarized; the post has fewer papers.`)
  }

  const entries: PostEntry[] = []
  for (const [i, s] of outcome.summarized.entries()) {
    const image = await imageFor(s.paper)
    entries.push({ paper: s.paper, summary: s.summary, image: image ? { name: `paper_${i + 1}.${image.ext}`, bytes: image.bytes } : undefined })
  }
  report.papers = outcome.summarized.map((s) => s.paper)
  const files = renderBundle(entries, {
    date: settings.date,
    language: settings.language,
    sourcesUsed,
    title: settings.title,
    slug: settings.slug,
    tags: settings.tags,
    categories: settings.categories,
    draft: settings.postDraft,
    frontMatter: settings.frontMatter,
    detailsStyle: settings.detailsStyle
  })
  writeBundle(settings.workspace, bundleDir, files)
  log.info(`Wrote ${postPath} with ${entries.length} papers`)

  let pr: PublishResult | undefined
  if (octokit && publishTarget) {
    pr = await publishPost(octokit, publishTarget, {
      commitMessage: `Add paper survey for ${settings.date}`,
      files: files.map((f) => ({ path: `${settings.outputPath}/${settings.bundleName}/${f.name}`, content: f.content })),
      title: `Paper survey for ${settings.date}`,
      body: redact(pullRequestBody(report)),
      labels: settings.labels,
      reviewers: settings.reviewers,
      teamReviewers: settings.teamReviewers,
      draft: settings.draft
    })
    for (const w of pr.warnings) log.warning(w)
    log.info(`Pull request #${pr.number} ${pr.operation}: ${pr.url}`)
  }
  await core.summary.addRaw(redact(jobSummary(report, pr))).write()
  return outputsOf(report, pr, postPath)
}

function outputsOf(report: RunReport, pr: PublishResult | undefined, postPath: string): Outputs {
  return {
    'pull-request-number': pr ? String(pr.number) : '',
    'pull-request-url': pr?.url ?? '',
    'pull-request-operation': pr?.operation ?? 'none',
    'post-path': postPath,
    'paper-count': String(report.papers.length),
    papers: JSON.stringify(report.papers.map((p) => ({ arxivId: p.arxivId ?? null, title: p.title, sources: p.sources, score: p.score }))),
    'input-tokens': String(report.usage.inputTokens + report.usage.cacheCreationInputTokens + report.usage.cacheReadInputTokens),
    'output-tokens': String(report.usage.outputTokens),
    'cost-usd': report.costKnown ? report.usage.costUsd.toFixed(6) : ''
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

async function fetchImage(http: Http, paper: RankedPaper, settings: Settings): Promise<FetchedImage | undefined> {
  const { image, problems } = await fetchPaperImage(http, paper, settings.images, settings.urls.arxivHtml)
  if (!image && settings.images !== 'none') log.warning(`No image for "${paper.title}" (${paper.key}): ${problems.join('; ')}`)
  return image
}
