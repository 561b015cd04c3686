// Stage 4: the checks that end a run before anything is paid for. The post is published already, or the
// branch is a maintainer's (a stop); the post would take an existing page's URL or path, every source
// failed, or the repository cannot be written (an error).
import type { Selection } from '../select.js'
import { collision } from '../site/index.js'
import { normalizeUrlPath } from '../site/pages.js'
import { RunError, type RunContext } from './context.js'
import type { Gathered } from './gather.js'
import type { Prepared, Stop } from './prepare.js'

export function checkBeforeSpending(
  { settings, log }: Pick<RunContext, 'settings' | 'log'>,
  { site, plan }: Prepared,
  { pages, collection, target, conventions }: Gathered,
  selection: Selection
): Stop | undefined {
  const stop = target?.value?.stop
  if (stop) return { message: stop.message, warn: stop.kind === 'edited' }
  for (const post of plan.posts) {
    // Without url the post's URL follows its page path (and the section's permalinks), checked as the path.
    const writesUrl = conventions.get(post.language)?.keys.includes('url') ?? true
    const clash = collision(pages, {
      pagePath: post.pagePath,
      url: writesUrl ? settings.slug : post.pagePath,
      language: site.config.declaresLanguages ? post.language : undefined
    })
    if (clash) {
      const what = clash.on === 'url' ? `URL /${normalizeUrlPath(settings.slug)}/` : `path ${post.pagePath}`
      throw new RunError(
        `The new post would take the ${what} of the existing page ${clash.page.file}, and Hugo would build only one of them ("Duplicate target paths"). Change the ${clash.on === 'url' ? 'slug' : 'bundle-name'} input. Nothing was paid for.`
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
  // A repository problem matters only when there is something to publish.
  if (target?.error && selection.ranked.length > 0) throw target.error
  return undefined
}
