// Stages 7 and 8: the post's files for every language, rendered (pure, then redacted), and written into
// the workspace's bundle folders.
import { renderPosts, type PlacedFile } from '../hugo/place.js'
import { linksIn } from '../hugo/links.js'
import { writeBundle } from '../hugo/write-bundle.js'
import type { RunContext } from './context.js'
import type { Gathered } from './gather.js'
import type { Prepared } from './prepare.js'
import type { Summarized } from './summarize.js'

export interface Rendered {
  files: PlacedFile[]
  /** Every external link in the posts, for the reviewer. */
  links: string[]
}

export function render(
  { settings, log }: Pick<RunContext, 'settings' | 'log'>,
  { plan, detailsStyle, templates }: Prepared,
  { summarized, images }: Pick<Summarized, 'summarized' | 'images'>,
  { collection, conventions }: Pick<Gathered, 'collection' | 'conventions'>
): Rendered {
  const files = renderPosts(plan, summarized, images, {
    date: settings.date,
    // The introduction names the sources that were asked and answered (a failed one is left out).
    sourcesUsed: collection.reports.filter((r) => r.status !== 'failed').map((r) => r.source),
    title: settings.title,
    slug: settings.slug,
    tags: settings.tags,
    categories: settings.categories,
    draft: settings.postDraft,
    frontMatter: settings.frontMatter,
    detailsStyle,
    fields: settings.frontMatterFields,
    paperLinks: settings.paperLinks,
    templates,
    conventions
  }).map((f) => (isPost(f) ? { ...f, content: Buffer.from(log.redact(f.content.toString('utf8')), 'utf8') } : f))
  const links = [...new Set(files.filter(isPost).flatMap((f) => linksIn(f.content.toString('utf8'))))]
  return { files, links }
}

const isPost = (f: PlacedFile): boolean => f.name.endsWith('.md')

/** Writes every bundle; returns the files of the bundle folders that the action did not write and kept. */
export function write(
  { settings, log }: Pick<RunContext, 'settings' | 'log'>,
  { plan }: Prepared,
  { files }: Rendered,
  papers: number
): string[] {
  const kept = plan.bundles.flatMap((b) =>
    writeBundle(
      settings.workspace,
      b.dir,
      files.filter((f) => f.bundle === b)
    ).map((name) => `${b.repoPath}/${name}`)
  )
  for (const f of files) log.debug(`Wrote ${f.bundle.repoPath}/${f.name} (${f.content.length} bytes)`)
  log.info(`Wrote ${plan.posts.map((p) => p.postPath).join(', ')} with ${papers} papers`)
  return kept
}
