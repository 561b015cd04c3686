// A taken command carried out: the post's papers resolved by number, the new papers looked up and
// summarized (as in a survey: the same checks, every language, a reserve after a twice-failed summary),
// one commit on top of the branch (read again and the edit made again when someone pushed meanwhile),
// then the pull request's body brought up to date and the reply written.
import { type BranchFacts, commitOnTop, type PullFacts, readBranch, type Repo, type TreeChange, updateBody } from '../github/review.js'
import type { GitHubClient } from '../github/octokit.js'
import { commitMessage } from '../github/rules.js'
import { paperTerms } from '../history/terms.js'
import { linksIn } from '../hugo/links.js'
import type { RankedPaper } from '../paper.js'
import { pullRequestBody } from '../report.js'
import { DECISIONS_KEPT, outputsOf, type Outputs, type RunReport } from '../run-report.js'
import type { Settings } from '../settings.js'
import { scanPages } from '../site/index.js'
import { RunError, type RunContext, settingsFor } from '../stages/context.js'
import { isStop, type Prepared, prepare } from '../stages/prepare.js'
import type { PostEntry } from '../hugo/variables.js'
import type { Command } from './commands.js'
import { editPost, type Slot } from './edit.js'
import { type BranchPost, partsFor, readBranchPost, type RenderContext } from './posts.js'
import { type Change, changeLine, doneReply, syncedReply } from './reply.js'
import { LandedError, ReviewError } from './sections.js'
import { decisionsOf, type Resolved, resolveNumbers, slotKey, type Written, writePapers } from './papers.js'

export interface CommandRun {
  repo: Repo
  pull: PullFacts
  branch: BranchFacts
  state: RunReport
  commands: Command[]
  /** The post as read at the pull request's head while the branch was read (used when the branch is still there), and the site's setup it was read with. */
  early?: { head: string; post: BranchPost; setup: ReturnType<typeof setUp> }
}

const MAX_MOVES = 3

export async function applyCommands(ctx: RunContext, octokit: GitHubClient, run: CommandRun): Promise<{ reply: string; outputs: Outputs }> {
  const { log } = ctx
  const { settings, prepared, render } = run.early?.setup ?? setUp(ctx, run.state)
  // The reserves too: a replace whose commit landed while its body update failed put one in the post.
  const known = [...run.state.papers, ...run.state.reserves]
  const read = (branch: BranchFacts) => readBranchPost(octokit, run.repo, branch.head, prepared.plan, render, known)
  // The site's published papers are read from the checkout while the post is read from GitHub.
  const publishedRead = publishedIds(prepared)
  publishedRead.catch(() => {})
  const post = await log.stage('Read the post on the branch', async () =>
    run.early?.head === run.branch.head ? run.early.post : read(run.branch)
  )
  if (post.papers.map((p) => p.key).join('\n') !== run.state.papers.map((p) => p.key).join('\n'))
    return log.stage('Update the pull request', () => syncBody(ctx, octokit, run, post.papers))
  const wanted = resolveNumbers(run.commands, post.papers)
  const published = await publishedRead
  const resolved = await log.stage('Look up and summarize', () =>
    writePapers(ctx, settings, run.state.reserves, post.papers, wanted, published)
  )
  known.push(...resolved.newPapers)
  const commit = await log.stage('Commit on top of the branch', () => commitChange(ctx, octokit, run, { post, resolved, render, read }))
  return log.stage('Update the pull request', () => finishCommand(ctx, octokit, run, settings, resolved, commit))
}

/**
 * The post at a commit, read while the branch's ref and proof are read (the pull request names its head):
 * undefined when it cannot be read, and then it is read again at the branch's head, as without it.
 */
export async function readEarly(ctx: RunContext, octokit: GitHubClient, repo: Repo, state: RunReport, head: string) {
  try {
    const setup = setUp(ctx, state)
    const post = await readBranchPost(octokit, repo, head, setup.prepared.plan, setup.render, [...state.papers, ...state.reserves])
    return { head, post, setup }
  } catch {
    return undefined
  }
}

/** The settings for the pull request's date, the site and its templates; refused when the inputs place the post elsewhere. */
function setUp(ctx: RunContext, state: RunReport) {
  const settings = settingsFor(ctx, state.date)
  const prepared = prepare({ settings, log: ctx.log })
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
  return { settings, prepared, render }
}

/** arXiv ids the blog has published: a paper added or put in place must not be one of them. */
async function publishedIds({ site, plan }: Prepared): Promise<Set<string>> {
  const languages = {
    languages: site.config.languages,
    defaultLanguage: site.config.defaultLanguage,
    declared: site.config.declaresLanguages
  }
  const pages = await scanPages(
    site.dir,
    languages,
    plan.bundles.map((b) => b.sitePath)
  )
  return new Set(pages.flatMap((p) => p.arxivIds))
}

interface Committed {
  sha: string
  /** The proof the body records after the commit (github/review.ts commitOnTop). */
  proof: string | undefined
  changes: TreeChange[]
  /** The post the commit was made on (read again when the branch moved). */
  post: BranchPost
}

/** The edit as one commit on the branch's head; when someone pushed meanwhile, the same edit on top of their push. */
async function commitChange(
  { log }: RunContext,
  octokit: GitHubClient,
  run: CommandRun,
  edit: { post: BranchPost; resolved: Resolved; render: RenderContext; read: (b: BranchFacts) => Promise<BranchPost> }
): Promise<Committed> {
  const { repo, pull, state } = run
  const message = commitMessage(state.date, `Review the paper survey for ${state.date}: ${describe(run.commands)}`)
  const renderSection = (language: string, entries: PostEntry[], n: number) => partsFor(edit.render, language, entries).blocks[n - 1] ?? ''
  let { post } = edit
  let branch = run.branch
  for (let attempt = 1; ; attempt++) {
    const changes = editPost({ ...post, slots: slotsOf(post, edit.resolved), renderSection })
    const made = await commitOnTop(
      octokit,
      { ...repo, repositoryId: pull.repositoryId, branch: pull.headRef, parent: branch, changes, message },
      log.warning
    )
    if (made !== 'stale') return { ...made, changes, post }
    if (attempt >= MAX_MOVES)
      throw new RunError(
        `The branch '${pull.headRef}' kept moving while the command wrote it (${MAX_MOVES} times); nothing was overwritten. Comment the command again.`
      )
    log.info(`The branch '${pull.headRef}' moved under the command (someone pushed): reading it again and making the same change on top.`)
    branch = await readBranch(octokit, repo, pull, state.proof)
    post = await edit.read(branch)
    for (const slot of edit.resolved.drop)
      if (!post.papers.some((_, i) => slotKey(post.papers, i) === slot))
        throw new ReviewError(`a push meanwhile removed paper ${slot.replace(/#\d+$/, '')} from the post; nothing was changed`)
    for (const key of edit.resolved.written.keys())
      if (!post.papers.some((p) => p.key === key))
        throw new ReviewError(`a push meanwhile removed paper ${key} from the post; nothing was changed`)
    // One paper, once: a command or push meanwhile may have put in the very paper this one puts in.
    const incoming = [
      ...edit.resolved.added.map((w) => w.paper),
      ...[...edit.resolved.written.values()].filter((w) => w.kind === 'replaced').map((w) => w.paper)
    ]
    for (const paper of incoming)
      if (post.papers.some((p) => p.key === paper.key))
        throw new ReviewError(`paper ${paper.key} was put in the post meanwhile (by another command or a push); nothing was changed`)
  }
}

/** The body's report brought up to date (papers, reserves, doubts, links, cost), the reply, and the outputs. */
async function finishCommand(
  ctx: RunContext,
  octokit: GitHubClient,
  { state, repo, pull }: CommandRun,
  settings: Settings,
  resolved: Written,
  commit: Committed
): Promise<{ reply: string; outputs: Outputs }> {
  const { post } = commit
  // A paper put in brings its terms (from its abstract, looked up now) for the history to learn from;
  // the same object, which the doubts and changes below find by identity.
  for (const w of [...resolved.written.values(), ...resolved.added]) w.paper.terms ??= paperTerms(w.paper)
  const papersAfter = slotsOf(post, resolved).map((s) => ('kept' in s ? (post.papers[s.kept - 1] as RankedPaper) : s.written.paper))
  const usage = ctx.clients.meter.usage
  const report: RunReport = {
    ...state,
    proof: commit.proof,
    papers: papersAfter,
    reserves: state.reserves.filter((r) => !papersAfter.some((p) => p.key === r.key) && !resolved.tried.has(r.key)),
    usage: add(state.usage, usage),
    links: [
      ...new Set(commit.changes.flatMap((c) => ('content' in c && c.path.endsWith('.md') ? linksIn(c.content.toString('utf8')) : [])))
    ],
    doubts: [
      ...state.doubts.filter((d) => papersAfter.includes(d.paper) && !resolved.written.has(d.paper.key)),
      ...resolved.doubts.filter((d) => papersAfter.includes(d.paper))
    ]
  }
  const changes = changesOf(post.papers, resolved, papersAfter)
  report.decisions = [...state.decisions, ...decisionsOf(post.papers, resolved)].slice(-DECISIONS_KEPT)
  try {
    await updateBody(octokit, repo, pull.number, ctx.log.redact(pullRequestBody(report)))
  } catch (error) {
    throw new LandedError(`GitHub refused to update the pull request's body: ${(error as Error).message}`, {
      commit: commit.sha,
      changes: changes.map(changeLine),
      behind:
        'its table, reserves and hidden state still show the post before the command. Do not repeat the command: the change is on the branch. The next command brings the body up to date first (or comment `/survey help`, which changes nothing else).'
    })
  }
  const reply = doneReply(
    commit.sha,
    changes,
    { calls: usage.calls, costUsd: settings.modelPrices[settings.model] === undefined ? undefined : usage.costUsd },
    resolved.doubts.map((d) => ({ number: papersAfter.indexOf(d.paper) + 1, title: d.paper.title, doubts: d.doubts }))
  )
  for (const change of changes) ctx.log.info(changeLine(change))
  ctx.log.info(`Commit ${commit.sha} on '${pull.headRef}'; pull request #${pull.number} updated.`)
  const pr = {
    operation: 'updated' as const,
    number: pull.number,
    url: pull.url,
    branch: pull.headRef,
    commitSha: commit.sha,
    warnings: []
  }
  return { reply, outputs: outputsOf({ ...report, usage, written: true }, pr) }
}

/**
 * The body brought in line with the post on the branch, and nothing else: its numbers are what the
 * maintainer reads, so a command is never applied to numbers the body shows wrongly (a repeated
 * `/survey drop 2` after a drop whose body update failed would drop a second paper).
 */
async function syncBody(ctx: RunContext, octokit: GitHubClient, run: CommandRun, papers: RankedPaper[]) {
  const { state, repo, pull } = run
  const report: RunReport = {
    ...state,
    papers,
    reserves: state.reserves.filter((r) => !papers.some((p) => p.key === r.key)),
    doubts: state.doubts.filter((d) => papers.some((p) => p.key === d.paper.key))
  }
  await updateBody(octokit, repo, pull.number, ctx.log.redact(pullRequestBody(report)))
  ctx.log.info(
    `The body listed ${state.papers.length} papers, the branch holds ${papers.length}: the body is brought up to date; the command was not applied.`
  )
  const pr = { operation: 'updated' as const, number: pull.number, url: pull.url }
  return {
    reply: syncedReply(
      state.papers.length,
      papers.map((p) => p.title)
    ),
    outputs: outputsOf({ ...report, written: true }, pr)
  }
}

/** The post's papers after the command, as slots over the post as it is now. */
function slotsOf(post: BranchPost, resolved: Resolved): Slot[] {
  const slots: Slot[] = []
  post.papers.forEach((p, i) => {
    if (resolved.drop.has(slotKey(post.papers, i))) return
    const written = resolved.written.get(p.key)
    slots.push(written ? { written: written.imageOf ? { ...written, imageOf: i + 1 } : written } : { kept: i + 1 })
  })
  return [...slots, ...resolved.added.map((written) => ({ written }))]
}

function changesOf(before: RankedPaper[], resolved: Resolved, after: RankedPaper[]): Change[] {
  const changes: Change[] = []
  before.forEach((p, i) => {
    const w = resolved.written.get(p.key)
    if (resolved.drop.has(slotKey(before, i))) changes.push({ kind: 'dropped', number: i + 1, title: p.title })
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
