// A taken command carried out: the post's papers resolved by number, the new papers looked up and
// summarized (as in a survey: the same checks, every language, a reserve after a twice-failed summary),
// one commit on top of the branch (read again and the edit made again when someone pushed meanwhile),
// then the pull request's body brought up to date and the reply written.
import { type BranchFacts, commitOnTop, type PullFacts, readBranch, type Repo, repositoryId, updateBody } from '../github/review.js'
import type { GitHubClient } from '../github/octokit.js'
import { commitMessage } from '../github/rules.js'
import { fetchPaperImage, type FetchedImage } from '../hugo/images.js'
import { linksIn } from '../hugo/links.js'
import type { RankedPaper } from '../paper.js'
import { outputsOf, pullRequestBody, type Outputs, type RunReport } from '../report.js'
import type { Settings } from '../settings.js'
import { scanPages } from '../site/index.js'
import { lookupArxiv } from '../sources/arxiv.js'
import { guardApi } from '../stages/clients.js'
import { RunError, type RunContext, settingsFor } from '../stages/context.js'
import { isStop, prepare } from '../stages/prepare.js'
import { type LanguageDoubt, summarizePapers } from '../summarize/index.js'
import type { Command } from './commands.js'
import { editPost, type Slot, type WrittenPaper } from './edit.js'
import { type BranchPost, partsFor, readBranchPost, type RenderContext } from './posts.js'
import { type Change, doneReply } from './reply.js'
import { ReviewError } from './sections.js'

export interface CommandRun {
  repo: Repo
  pull: PullFacts
  branch: BranchFacts
  state: RunReport
  commands: Command[]
}

/** What the commands do to the post's papers, by key, so the edit can be made again on a moved branch. */
interface Resolved {
  drop: Set<string>
  /** Papers written anew in place of (or as) the paper of the key. */
  written: Map<string, WrittenPaper & { kind: 'replaced' | 'rewritten' }>
  added: WrittenPaper[]
}

const MAX_MOVES = 3

export async function applyCommands(ctx: RunContext, octokit: GitHubClient, run: CommandRun): Promise<{ reply: string; outputs: Outputs }> {
  const { log } = ctx
  const { state, repo, pull } = run
  const settings = settingsFor(ctx, state.date)
  const prepared = prepare({ settings, log })
  if (isStop(prepared)) throw new RunError(prepared.message)
  const paths = prepared.plan.posts.map((p) => p.postPath)
  if (paths.join('\n') !== state.postPaths.join('\n'))
    throw new RunError(
      `This workflow's inputs place the post for ${state.date} at ${paths.join(', ')}, but the pull request's post is ${state.postPaths.join(', ')}: give the review workflow the same inputs (language, site-path, output-path, bundle-name) as the survey's.`
    )
  const render: RenderContext = {
    date: state.date,
    sourcesUsed: state.sources.filter((s) => s.status !== 'failed').map((s) => s.source),
    detailsStyle: state.detailsStyle,
    paperLinks: settings.paperLinks,
    templates: prepared.templates
  }
  const known = [...state.papers]
  let branch = run.branch
  let post = await log.stage('Read the post on the branch', () => readBranchPost(octokit, repo, branch, prepared.plan, render, known))
  const wanted = resolveNumbers(run.commands, post.papers)
  const pages = await scanPages(
    prepared.site.dir,
    {
      languages: prepared.site.config.languages,
      defaultLanguage: prepared.site.config.defaultLanguage,
      declared: prepared.site.config.declaresLanguages
    },
    prepared.plan.bundles.map((b) => b.sitePath)
  )
  const published = new Set(pages.flatMap((p) => p.arxivIds))
  const resolved = await log.stage('Look up and summarize', () => writePapers(ctx, settings, run, post.papers, wanted, published))
  const used = resolved
  known.push(...used.newPapers)

  const id = await repositoryId(octokit, repo)
  const message = commitMessage(state.date, `Review the paper survey for ${state.date}: ${describe(run.commands)}`)
  const commit = await log.stage('Commit on top of the branch', async () => {
    for (let attempt = 1; ; attempt++) {
      const changes = editPost({
        ...post,
        slots: slotsOf(post, resolved),
        renderSection: (language, entries, n) => partsFor(render, language, entries).blocks[n - 1] ?? ''
      })
      const made = await commitOnTop(
        octokit,
        { ...repo, repositoryId: id, branch: pull.headRef, parent: branch, changes, message },
        log.warning
      )
      if (made !== 'stale') return { sha: made, changes }
      if (attempt >= MAX_MOVES)
        throw new RunError(
          `The branch '${pull.headRef}' kept moving while the command wrote it (${MAX_MOVES} times); nothing was overwritten. Comment the command again.`
        )
      log.info(`The branch '${pull.headRef}' moved under the command (someone pushed): reading it again and making the same change on top.`)
      branch = await readBranch(octokit, repo, pull)
      post = await readBranchPost(octokit, repo, branch, prepared.plan, render, known)
      for (const key of [...resolved.drop, ...resolved.written.keys()])
        if (!post.papers.some((p) => p.key === key))
          throw new ReviewError(`a push meanwhile removed paper ${key} from the post; nothing was changed`)
    }
  })

  const papersAfter = slotsOf(post, resolved).map((s) => ('kept' in s ? (post.papers[s.kept - 1] as RankedPaper) : s.written.paper))
  const newDoubts = used.doubts
  const report: RunReport = {
    ...state,
    papers: papersAfter,
    reserves: state.reserves.filter((r) => !papersAfter.some((p) => p.key === r.key) && !used.tried.has(r.key)),
    usage: add(state.usage, ctx.clients.meter.usage),
    links: [
      ...new Set(commit.changes.flatMap((c) => ('content' in c && c.path.endsWith('.md') ? linksIn(c.content.toString('utf8')) : [])))
    ],
    doubts: [
      ...state.doubts.filter((d) => papersAfter.includes(d.paper) && !resolved.written.has(d.paper.key)),
      ...newDoubts.filter((d) => papersAfter.includes(d.paper))
    ]
  }
  await log.stage('Update the pull request', () => updateBody(octokit, repo, pull.number, log.redact(pullRequestBody(report))))
  const usage = ctx.clients.meter.usage
  const reply = doneReply(
    commit.sha,
    changesOf(post.papers, resolved, papersAfter),
    { calls: usage.calls, costUsd: settings.modelPrices[settings.model] === undefined ? undefined : usage.costUsd },
    newDoubts.map((d) => ({ number: papersAfter.indexOf(d.paper) + 1, title: d.paper.title, doubts: d.doubts }))
  )
  log.info(`Commit ${commit.sha} on '${pull.headRef}'; pull request #${pull.number} updated.`)
  const outputs = outputsOf(
    { ...report, usage, written: true },
    { operation: 'updated', number: pull.number, url: pull.url, branch: pull.headRef, commitSha: commit.sha, warnings: [] }
  )
  return { reply, outputs }
}

/** Numbers (the post's as the maintainer sees it) to the papers they name; a number out of range is the comment's fault. */
function resolveNumbers(commands: Command[], papers: RankedPaper[]) {
  const paperAt = (n: number): RankedPaper => {
    const p = papers[n - 1]
    if (!p) throw new ReviewError(`paper ${n} is out of range: the post has papers 1 to ${papers.length}`, true)
    return p
  }
  const drop = new Set<string>()
  const targets: { kind: 'replaced' | 'rewritten'; paper: RankedPaper; arxivId?: string; note?: string }[] = []
  const adds: string[] = []
  for (const c of commands) {
    if (c.verb === 'drop') for (const n of c.numbers) drop.add(paperAt(n).key)
    if (c.verb === 'replace') targets.push({ kind: 'replaced', paper: paperAt(c.number), arxivId: c.arxivId })
    if (c.verb === 'redo') targets.push({ kind: 'rewritten', paper: paperAt(c.number), note: c.note })
    if (c.verb === 'add') adds.push(c.arxivId)
  }
  if (drop.size === papers.length && targets.length === 0 && adds.length === 0)
    throw new ReviewError('that would leave the post without papers; close the pull request instead', true)
  return { drop, targets, adds }
}

interface Written extends Resolved {
  newPapers: RankedPaper[]
  doubts: { paper: RankedPaper; doubts: LanguageDoubt[] }[]
  /** Reserves taken or tried (a failed summary), which the next replace skips. */
  tried: Set<string>
}

async function writePapers(
  ctx: RunContext,
  settings: Settings,
  run: CommandRun,
  papers: RankedPaper[],
  wanted: ReturnType<typeof resolveNumbers>,
  published: Set<string>
): Promise<Written> {
  const inPost = new Set(papers.map((p) => p.key))
  const refuse = (id: string): void => {
    if (published.has(id)) throw new ReviewError(`arXiv ${id} is already published on the blog`, true)
    if (inPost.has(id)) throw new ReviewError(`arXiv ${id} is already paper ${papers.findIndex((p) => p.key === id) + 1} of the post`, true)
  }
  const given = [...wanted.targets.flatMap((t) => (t.arxivId ? [t.arxivId] : [])), ...wanted.adds]
  given.forEach(refuse)
  for (const t of wanted.targets)
    if (t.kind === 'rewritten' && !t.paper.arxivId)
      throw new ReviewError(`paper ${papers.indexOf(t.paper) + 1} has no arXiv id to read its abstract from`, true)
  const reserves = wanted.targets.some((t) => t.kind === 'replaced' && !t.arxivId)
    ? run.state.reserves.filter((r) => r.arxivId && !inPost.has(r.key) && !published.has(r.arxivId) && !given.includes(r.arxivId))
    : []
  const ids = [
    ...new Set([
      ...given,
      ...wanted.targets.flatMap((t) => (t.kind === 'rewritten' ? [t.paper.arxivId as string] : [])),
      ...reserves.map((r) => r.arxivId as string)
    ])
  ]
  const found = new Map((await lookupArxiv(ctx.clients.http, settings.urls.arxiv, ids)).map((c) => [c.arxivId, c]))
  for (const id of given) if (!found.has(id)) throw new ReviewError(`arXiv has no paper ${id}`, true)
  // The looked-up text (abstract, authors) over what the survey knew (sources, counts, code, thumbnail).
  const full = (known: RankedPaper | undefined, id: string): RankedPaper => {
    const c = found.get(id)
    if (!c) throw new RunError(`arXiv did not return ${id}, which the post's paper names; nothing was changed`)
    return {
      ...(known ?? { ...c, rank: 0, score: 0 }),
      title: c.title,
      authors: c.authors,
      abstract: c.abstract,
      published: c.published || (known?.published ?? '')
    }
  }
  let queue = reserves.map((r) => full(r, r.arxivId as string))
  const tried = new Set<string>()
  const result: Written = { drop: wanted.drop, written: new Map(), added: [], newPapers: [], doubts: [], tried }
  const summarizeFirst = async (candidates: RankedPaper[], note?: string) => {
    const outcome = await guardApi(() =>
      summarizePapers(candidates, {
        client: ctx.clients.claude,
        meter: ctx.clients.meter,
        model: settings.model,
        languages: settings.languages,
        count: 1,
        maxConcurrency: 1,
        reviewerNote: note,
        extraCheck: (summary) => (ctx.log.findSecret(summary) ? ['it contains a secret of this run (an API key or token)'] : [])
      })
    )
    for (const r of outcome.replaced) tried.add(r.paper.key)
    const done = outcome.summarized[0]
    if (!done)
      throw new RunError(
        `No new summary passed the checks twice (${outcome.replaced.map((r) => `${r.paper.key}: ${r.reasons.join('; ')}`).join(' | ') || 'no paper to summarize'}); nothing was changed.`
      )
    tried.add(done.paper.key)
    if (done.doubts.length) result.doubts.push({ paper: done.paper, doubts: done.doubts })
    return done
  }
  const image = async (paper: RankedPaper): Promise<FetchedImage | undefined> => {
    const { image: fetched, problems } = await fetchPaperImage(ctx.clients.http, paper, settings.images, settings.urls.arxivHtml)
    if (!fetched && settings.images !== 'none') ctx.log.warning(`No image for "${paper.title}" (${paper.key}): ${problems.join('; ')}`)
    return fetched
  }
  for (const t of wanted.targets) {
    if (t.kind === 'rewritten') {
      const done = await summarizeFirst([full(t.paper, t.paper.arxivId as string)], t.note)
      result.written.set(t.paper.key, {
        kind: 'rewritten',
        paper: done.paper,
        summaries: done.summaries,
        imageOf: papers.indexOf(t.paper) + 1
      })
      continue
    }
    const candidates = t.arxivId
      ? [
          full(
            run.state.reserves.find((r) => r.arxivId === t.arxivId),
            t.arxivId
          )
        ]
      : queue
    if (candidates.length === 0)
      throw new ReviewError(
        `no unused reserve is left to replace paper ${papers.indexOf(t.paper) + 1}; name an arXiv id: \`/survey replace ${papers.indexOf(t.paper) + 1} <arXiv id>\``,
        true
      )
    const done = await summarizeFirst(candidates)
    queue = queue.filter((p) => !tried.has(p.key))
    result.written.set(t.paper.key, { kind: 'replaced', paper: done.paper, summaries: done.summaries, image: await image(done.paper) })
    result.newPapers.push(done.paper)
  }
  for (const id of wanted.adds) {
    const done = await summarizeFirst([
      full(
        run.state.reserves.find((r) => r.arxivId === id),
        id
      )
    ])
    result.added.push({ paper: done.paper, summaries: done.summaries, image: await image(done.paper) })
    result.newPapers.push(done.paper)
  }
  for (const w of result.written.values()) if (w.imageOf) result.newPapers.push(w.paper)
  return result
}

/** The post's papers after the command, as slots over the post as it is now. */
function slotsOf(post: BranchPost, resolved: Resolved): Slot[] {
  const slots: Slot[] = []
  post.papers.forEach((p, i) => {
    if (resolved.drop.has(p.key)) return
    const written = resolved.written.get(p.key)
    slots.push(written ? { written: written.imageOf ? { ...written, imageOf: i + 1 } : written } : { kept: i + 1 })
  })
  return [...slots, ...resolved.added.map((written) => ({ written }))]
}

function changesOf(before: RankedPaper[], resolved: Resolved, after: RankedPaper[]): Change[] {
  const changes: Change[] = []
  before.forEach((p, i) => {
    const w = resolved.written.get(p.key)
    if (resolved.drop.has(p.key)) changes.push({ kind: 'dropped', number: i + 1, title: p.title })
    else if (w?.kind === 'replaced') changes.push({ kind: 'replaced', number: i + 1, title: p.title, by: w.paper.title })
    else if (w) changes.push({ kind: 'rewritten', number: i + 1, title: p.title })
  })
  for (const a of resolved.added) changes.push({ kind: 'added', number: after.indexOf(a.paper) + 1, title: a.paper.title })
  return changes
}

const describe = (commands: Command[]): string =>
  commands
    .map((c) =>
      'numbers' in c
        ? `drop ${c.numbers.join(', ')}`
        : 'number' in c
          ? `${c.verb} ${c.number}`
          : c.verb === 'add'
            ? `add ${c.arxivId}`
            : c.verb
    )
    .join('; ')

function add(a: RunReport['usage'], b: RunReport['usage']): RunReport['usage'] {
  return {
    calls: a.calls + b.calls,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheCreationInputTokens: a.cacheCreationInputTokens + b.cacheCreationInputTokens,
    cacheReadInputTokens: a.cacheReadInputTokens + b.cacheReadInputTokens,
    costUsd: a.costUsd + b.costUsd
  }
}
