// The post as the branch holds it, for a review command: each language's file read and cut into its
// papers' sections by the shape of its template, and each section matched to a paper of the survey.
import type { GitHubClient } from '../github/octokit.js'
import { type BranchFile, listFolders, readBlob, readFileAt, type Repo } from '../github/review.js'
import type { PostPlan } from '../hugo/place.js'
import { type PostTemplate, renderParts, type RenderedParts } from '../hugo/template.js'
import { builtInTemplate } from '../hugo/post.js'
import { type PostEntry, postVariables } from '../hugo/variables.js'
import type { RankedPaper, SourceName } from '../paper.js'
import type { DetailsStyle, PaperLinkKind } from '../settings.js'
import type { PostFile } from './edit.js'
import { NUMBER_PROBE, ReviewError, shapeOf, splitPost } from './sections.js'

export interface RenderContext {
  date: string
  sourcesUsed: SourceName[]
  detailsStyle: DetailsStyle
  paperLinks: PaperLinkKind[]
  templates?: Map<string, PostTemplate>
}

export interface BranchPost {
  posts: PostFile[]
  folders: { folder: string; files: BranchFile[] }[]
  /** The post's papers in its order now. */
  papers: RankedPaper[]
}

const templateFor = (ctx: RenderContext, language: string): PostTemplate => ctx.templates?.get(language) ?? builtInTemplate()

/** The template rendered part by part for these entries; refused when the template has no loop the commands can cut. */
export function partsFor(ctx: RenderContext, language: string, entries: PostEntry[]): RenderedParts {
  const template = templateFor(ctx, language)
  const variables = postVariables(entries, { ...ctx, language, title: '' })
  const parts = renderParts(template, variables)
  if (!parts)
    throw new ReviewError(
      `${template.file} cannot be cut into one part per paper: the review commands need one {% for paper in papers %} loop at the template's top level, without limit, offset or counters across papers.`
    )
  return parts
}

/** A stand-in paper for learning the template's shape. */
const sample = (title: string, key: string): PostEntry => ({
  paper: { key, title, authors: ['A'], abstract: 'x', published: '', sources: ['arxiv'], rank: 0, score: 0 },
  summary: 'x'
})

function shapeFor(ctx: RenderContext, language: string) {
  const entries = [sample('Alpha', 'a'), sample('Beta', 'b')]
  const parts = partsFor(ctx, language, entries)
  const variables = postVariables(entries, { ...ctx, language, title: '' })
  const probe = renderParts(templateFor(ctx, language), {
    ...variables,
    papers: [{ ...variables.papers[0]!, number: NUMBER_PROBE }, variables.papers[1]!]
  })
  const shape = shapeOf(parts, probe?.blocks[0] ?? '')
  if ('unsupported' in shape)
    throw new ReviewError(`${templateFor(ctx, language).file}: ${shape.unsupported}; the review commands cannot find its papers.`)
  return shape
}

export async function readBranchPost(
  octokit: GitHubClient,
  repo: Repo,
  head: string,
  plan: PostPlan,
  ctx: RenderContext,
  known: RankedPaper[]
): Promise<BranchPost> {
  // The folders' listings and the posts' text at once: each post's path is known.
  const reads = Promise.all([
    listFolders(
      octokit,
      repo,
      plan.bundles.map((b) => b.repoPath),
      head
    ),
    Promise.all(plan.posts.map((post) => readFileAt(octokit, repo, post.postPath, head)))
  ])
  // The template's shape needs no text: learned while the reads are on the wire (a layout the commands
  // cannot cut fails here, and the reads' outcome no longer matters).
  let shapes: Map<string, ReturnType<typeof shapeFor>>
  try {
    shapes = new Map(plan.posts.map((post) => [post.language, shapeFor(ctx, post.language)]))
  } catch (error) {
    reads.catch(() => undefined)
    throw error
  }
  const [files, texts] = await reads
  const posts: PostFile[] = []
  for (const [i, post] of plan.posts.entries()) {
    const listed = files.find((f) => f.path === post.postPath)
    if (texts[i] === 'missing' || !listed) throw new ReviewError(`The post ${post.postPath} is not on the branch: nothing to change.`)
    // A post the contents API would not give (over 1 MB, or refused) is read as the blob the listing names.
    const text = texts[i] === 'unread' ? await readBlob(octokit, repo, listed.sha) : (texts[i] as Buffer)
    const shape = shapes.get(post.language)!
    posts.push({ language: post.language, path: post.postPath, shape, sections: splitPost(text.toString('utf8'), shape, post.postPath) })
  }
  const counts = posts.map((p) => p.sections.sections.length)
  if (counts.some((n) => n !== counts[0]))
    throw new ReviewError(
      `The posts hold different numbers of papers (${posts.map((p, i) => `${p.path}: ${counts[i]}`).join(', ')}): bring them in line by hand first.`
    )
  const folders = plan.bundles.map((b) => ({ folder: b.repoPath, files: files.filter((f) => f.path.startsWith(`${b.repoPath}/`)) }))
  return { posts, folders, papers: papersOf(posts[0]?.sections.sections ?? [], known) }
}

/**
 * Which paper each section is: the one whose arXiv id it names, so a maintainer's reordering is
 * followed; by position when the sections name no id (a template without them) and the counts agree.
 */
export function papersOf(sections: string[], known: RankedPaper[]): RankedPaper[] {
  const byId = sections.map((text) =>
    known.find((p) => p.arxivId && new RegExp(`(?<![\\d.])${p.arxivId.replace(/\./g, '\\.')}(?![\\d])`).test(text))
  )
  const found = byId.filter((p): p is RankedPaper => p !== undefined)
  // A paper found twice stays twice: `drop` can take one copy out.
  if (found.length === sections.length) return found
  if (sections.length === known.length && found.length === 0) return [...known]
  throw new ReviewError(
    `The post has ${sections.length} paper sections, and ${found.length} of them could be matched to the papers of this pull request by their arXiv ids: edit the post by hand, or run the survey again.`
  )
}
