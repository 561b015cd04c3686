// Stage 2: everything read from outside, at once. The sources are asked while the repository (its base,
// the branch, the bundle folder) and the site's pages are read, so the slowest of them sets the pace.
import { dateWindow, type DateWindow } from '../dates.js'
import { describeProof } from '../github/proof.js'
import { errorText } from '../github/errors.js'
import { readTarget, type PublishTarget } from '../github/publish.js'
import type { History } from '../history/model.js'
import { readHistory } from '../history/read.js'
import { type Conventions, conventionsFor } from '../site/conventions.js'
import { scanPages, type Page } from '../site/index.js'
import { collectCandidates, type Collection } from '../sources/index.js'
import type { RunContext } from './context.js'
import type { Prepared } from './prepare.js'

export interface Gathered {
  window: DateWindow
  pages: Page[]
  collection: Collection
  /** The repository as read, or why it could not be (that matters only if there is something to publish). */
  target?: { value?: PublishTarget; error?: unknown }
  /** The blog's history when the ranking learns from it; undefined when it is off or could not be read (a warning says why). */
  history?: History
  /** Each language's post's conventions, imitated from its neighbours (site/conventions.ts). */
  conventions: Map<string, Conventions>
}

export async function gather(ctx: RunContext, { site, plan }: Prepared): Promise<Gathered> {
  const { settings, log, clients } = ctx
  const window = dateWindow(settings.date, settings.lookbackDays, settings.timezone)
  const targetRead = clients.octokit
    ? settle(
        readTarget(clients.octokit, {
          owner: ctx.owner,
          repo: ctx.repo,
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
      http: clients.http,
      window,
      keywords: settings.keywords,
      arxivCategories: settings.arxivCategories,
      urls: settings.urls,
      semanticScholarApiKey: settings.semanticScholarApiKey
    },
    settings.sources
  )
  const languages = {
    languages: site.config.languages,
    defaultLanguage: site.config.defaultLanguage,
    declared: site.config.declaresLanguages
  }
  const skipped = plan.bundles.map((b) => b.sitePath)
  const scanning = scanPages(site.dir, languages, skipped)
  const historyRead =
    clients.octokit && settings.ranking === 'history' ? settle(readHistory(clients.octokit, ctx.owner, ctx.repo, scanning)) : undefined
  const [pages, target, collection, history] = await Promise.all([scanning, targetRead, collecting, historyRead])
  if (history?.error)
    log.warning(`The blog's history could not be read (${errorText(history.error)}): papers are ranked by popularity alone.`)
  for (const r of collection.reports) for (const q of r.queries) log.debug(`${r.source} query: ${q}`)
  log.debug(`${pages.length} pages of the site read; ${collection.candidates.length} candidates after merging`)
  if (target?.value) {
    log.debug(`Branch '${settings.branch}': ${target.value.state.kind}; base '${target.value.baseBranch}' at ${target.value.baseSha}`)
    if (target.value.state.kind !== 'absent') log.info(describeProof(target.value.proof, settings.branch))
  }
  const conventions = new Map<string, Conventions>()
  for (const post of plan.posts) {
    const found = conventionsFor(pages, post)
    // An explicit slug is a URL the maintainer asked for.
    const keys = settings.slugGiven && !found.keys.includes('url') ? [...found.keys, 'url' as const] : found.keys
    conventions.set(post.language, { ...found, keys })
    log.info(`Front matter: ${found.basis}${keys.includes('url') && !found.keys.includes('url') ? '; url from the slug input' : ''}`)
  }
  return { window, pages, collection, target, conventions, history: history?.value }
}

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise }
  } catch (error) {
    return { error }
  }
}
