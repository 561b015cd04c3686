// Publishes the bundle: blobs → tree → one commit → branch → pull request, through the Git Data API
// (with GITHUB_TOKEN, GitHub signs the commit). Before any summary is paid for, readTarget reads the
// base, the branch and the bundle folder and decides, with rules.ts, what may be written: the branch
// is force-moved only over the action's own commits; a branch with a maintainer's commits is left as
// it is (or gets a commit on top, when asked); only the action's own files of the folder are removed.
import type { GitHubClient } from './octokit.js'
import { explain, ForeignBranchError, PublishError, type RequestErrorLike } from './errors.js'
import { decoratePull, findOpenPull, openPullRequest, type PullRequestOperation, pullsOf } from './pulls.js'
import type { OnEditedBranch } from '../settings.js'
import { findBranch, swapRef } from './refs.js'
import { type Proof, proofInForce, readProofRef } from './proof.js'
import type { EarlyBlobs } from './early-blobs.js'
import { type BranchState, classifyBranch, commitMessage, folderChanges, isPostFile } from './rules.js'

export interface RepoFile {
  /** Path inside the repository. */
  path: string
  content: Buffer
}

export interface TargetRequest {
  owner: string
  repo: string
  base?: string
  branch: string
  date: string
  /** The bundle folders (one, or one per language). */
  folders: string[]
  onEditedBranch: OnEditedBranch
  updatePublished: boolean
}

/** Why nothing is published this run; no paid call follows. */
export interface TargetStop {
  kind: 'published' | 'edited'
  message: string
}

/** What the commit builds on, read before any summary is paid for. */
export interface PublishTarget extends TargetRequest {
  /** The repository's node id, for GraphQL. */
  repositoryId: string
  baseBranch: string
  baseSha: string
  state: BranchState
  /** The branch's head when it exists. */
  branchSha?: string
  /** Where the action's proof ref for the branch points, when GitHub serves it (refs.ts). */
  proofSha?: string
  /** The proof in force: the ref, or the record in the branch's pull request (proof.ts). */
  proof: Proof
  /** The branch's open pull request when the branch was read (a run that opens one meanwhile is met by createPull). */
  openPull?: { number: number; html_url: string; body?: string | null }
  /** An open pull request of the branch that a person opened: left alone, whatever its body holds. */
  foreignPull?: { number: number; html_url: string; user: { login: string } | null }
  branchTree?: string
  /** The commit and tree the new commit goes on top of: the base, or the branch head (never forced). */
  parentSha: string
  parentTree: string
  force: boolean
  /** Files directly in the bundle folders of the parent tree. */
  folderFiles: string[]
  /** Other files of the folder, which stay. */
  keptFiles: string[]
  /** Set when this run must stop before any paid call. */
  stop?: TargetStop
}

export interface PublishRequest {
  files: RepoFile[]
  title: string
  /** The pull request's body, recording the proof the run leaves: the new commit, or the one in force when nothing moved. */
  body: (proof: string | undefined) => string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
  /** Images sent while the summaries were written (early-blobs.ts). */
  early?: EarlyBlobs
}

export type { PullRequestOperation } from './pulls.js'

export interface PublishResult {
  operation: PullRequestOperation
  /** Set when the branch moved under the run and was kept: why, and that the post was not pushed. */
  kept?: string
  number: number
  url: string
  branch: string
  commitSha: string
  warnings: string[]
}

export async function readTarget(octokit: GitHubClient, req: TargetRequest): Promise<PublishTarget> {
  const { owner, repo } = req
  let stage = 'read the repository'
  try {
    const repository = (await octokit.rest.repos.get({ owner, repo })).data
    const baseBranch = req.base ?? repository.default_branch
    stage = `read the base branch '${baseBranch}'`
    const baseSha = await readBaseRef(octokit, owner, repo, baseBranch)
    const baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha })).data.tree.sha
    const baseFolder = await filesInAll(octokit, owner, repo, req.folders, baseSha)
    stage = `read the branch '${req.branch}'`
    const { branchSha, proofSha, proof, openPull, foreignPull, head, state } = await readBranch(octokit, req, baseBranch, baseSha)
    if (state.kind === 'foreign') {
      throw new ForeignBranchError(
        `The branch '${req.branch}' is not the action's to write: ${state.reason}. Nothing was changed and no summary was paid for. Set the branch input to a branch of the action's own, such as paper-survey/{date}.`
      )
    }
    const onTop = state.kind === 'own-with-other-dates' || state.kind === 'edited'
    const parentSha = onTop && branchSha ? branchSha : baseSha
    const parentTree = onTop && head ? head.tree.sha : baseTree
    const folderFiles = onTop ? await filesInAll(octokit, owner, repo, req.folders, parentSha) : baseFolder
    const target: PublishTarget = {
      ...requestOf(req),
      repositoryId: repository.node_id,
      baseBranch,
      baseSha,
      state,
      branchSha,
      proofSha,
      proof,
      openPull,
      foreignPull,
      branchTree: head?.tree.sha,
      parentSha,
      parentTree,
      force: !onTop,
      folderFiles,
      keptFiles: folderChanges(folderFiles, []).keep
    }
    target.stop = stopFor(req, baseBranch, baseFolder, state)
    if (!target.stop) {
      stage = 'check that the token can write (a test blob)'
      await octokit.rest.git.createBlob({ owner, repo, content: '', encoding: 'utf-8' })
    }
    return target
  } catch (error) {
    if (error instanceof PublishError) throw error
    throw new PublishError(explain(error, stage, req.branch, false))
  }
}

/** The branch's head and whose commits it holds beyond the base. */
async function readBranch(octokit: GitHubClient, req: TargetRequest, baseBranch: string, baseSha: string) {
  const { owner, repo } = req
  const [branchSha, proofSha, pulls] = await Promise.all([
    req.branch === baseBranch ? baseSha : findBranch(octokit, owner, repo, req.branch),
    readProofRef(octokit, owner, repo, req.branch),
    pullsOf(octokit, owner, repo, req.branch)
  ])
  const proof = proofInForce(proofSha, pulls.recorded)
  const head = branchSha ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: branchSha })).data : undefined
  const ahead =
    branchSha && req.branch !== baseBranch ? await commitsAhead(octokit, owner, repo, baseSha, branchSha) : { commits: [], complete: true }
  // The branch's commits that the proof in force does not reach are not the action's.
  const unproven =
    branchSha && proof.sha && ahead.commits.length > 0
      ? (await commitsAhead(octokit, owner, repo, proof.sha, branchSha)).commits
      : ahead.commits
  const unprovenShas = new Set(unproven.map((c) => c.sha))
  const proven = new Set(proof.sha ? ahead.commits.map((c) => c.sha).filter((sha) => !unprovenShas.has(sha)) : [])
  const state = classifyBranch(
    {
      branch: req.branch,
      baseBranch,
      head: head && branchSha ? { sha: branchSha, message: head.message } : undefined,
      ahead: ahead.commits,
      aheadComplete: ahead.complete,
      proven
    },
    req.date
  )
  return { branchSha, proofSha, proof, openPull: pulls.open, foreignPull: pulls.foreign, head, state }
}

/**
 * The base branch's head. A repository without a commit answers 409 "Git Repository is empty.", which
 * no retry changes: it fails at once, saying what to do (the retry plugin would repeat it for ~15 s).
 */
async function readBaseRef(octokit: GitHubClient, owner: string, repo: string, base: string): Promise<string> {
  const read = (retries?: number) =>
    octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}`, ...(retries === undefined ? {} : { request: { retries } }) })
  try {
    return (await read(0)).data.object.sha
  } catch (error) {
    if ((error as RequestErrorLike).status === 409) {
      throw new PublishError(
        `The repository ${owner}/${repo} has no commit yet (GitHub: "Git Repository is empty."), so there is no base branch '${base}' to open a pull request against. Push a first commit to '${base}' (the Hugo site), then run the workflow again. Nothing was paid for.`
      )
    }
    if (((error as RequestErrorLike).status ?? 0) < 500) throw error
    return (await read()).data.object.sha
  }
}

/** Why this run must stop before any paid call: the date is published on the base, or the branch is a maintainer's. */
function stopFor(req: TargetRequest, baseBranch: string, baseFolder: string[], state: BranchState): TargetStop | undefined {
  const publishedIndex = baseFolder.find(isPostFile)
  if (publishedIndex && !req.updatePublished) {
    return {
      kind: 'published',
      message: `The post for ${req.date} is already on '${baseBranch}' (${publishedIndex}): nothing to do, no branch, no pull request, no summary paid for. Set update-published: true to write it again and review the difference in a pull request.`
    }
  }
  if (state.kind === 'edited' && state.unread && req.onEditedBranch === 'keep') {
    return {
      kind: 'edited',
      message: `The branch '${req.branch}' holds more than ${COMPARE_LIMIT} commits beyond the base, more than the action reads (${COMPARE_PAGE} a page), so it cannot tell that they are all its own: it and its pull request were left as they are, and no summary was paid for. Merge its pull request, or set the branch input to a branch per date (paper-survey/{date}), or set on-edited-branch: add-commit to add the new post on top.`
    }
  }
  if (state.kind === 'edited' && req.onEditedBranch === 'keep') {
    return {
      kind: 'edited',
      message: `The branch '${req.branch}' holds ${state.foreign.length || 'some'} commit(s) the action did not make (${state.foreign.map((s) => s.slice(0, 7)).join(', ') || 'more than GitHub lists'}): it and its pull request were left as they are, and no summary was paid for. Merge or close that pull request, or set on-edited-branch: add-commit to add the new post as a commit on top.`
    }
  }
  return undefined
}

/** A branch read once more moves this many times at most before the run gives up. */
const MAX_MOVES = 3

export async function publishPost(octokit: GitHubClient, target: PublishTarget, req: PublishRequest): Promise<PublishResult> {
  const progress: Progress = { stage: '', branchWritten: false }
  const warnings: string[] = []
  try {
    let current = target
    for (let attempt = 1; ; attempt++) {
      const { commitSha, unchanged } = await commitFiles(octokit, current, req, progress)
      if (!unchanged) {
        progress.stage = `update the branch '${current.branch}'`
        const move = { ...current, before: current.branchSha, proofBefore: current.proofSha, after: commitSha, force: current.force }
        // Where the pull request's record is the proof, GitHub does not serve the ref: it is not asked for again.
        const withRef = current.proof.by !== 'pull-request'
        if ((await swapRef(octokit, move, (m) => warnings.push(m), withRef)) === 'stale') {
          // Someone moved the branch since it was read: read it again and follow the rules for what is there now.
          progress.stage = `read the branch '${current.branch}' again`
          const now = await rereadTarget(octokit, current)
          if ('kept' in now) return { ...now.kept, warnings }
          if (attempt >= MAX_MOVES)
            throw new PublishError(
              `The branch '${current.branch}' kept moving while this run wrote it (${MAX_MOVES} times); nothing was overwritten. Re-run the workflow.`
            )
          warnings.push(movedWarning(current, now.target))
          current = now.target
          continue
        }
        progress.branchWritten = true
      }
      progress.stage = 'open the pull request'
      // The branch moved with the proof ref asked for: the new commit is the proof (refs.ts falls back
      // to moving the branch alone, and then this record is the only proof).
      const body = req.body(unchanged ? current.proof.sha : commitSha)
      const { operation, pull } = await openPullRequest(octokit, current, { ...req, body }, unchanged, warnings)
      await decoratePull(octokit, current, req, operation, pull.number, warnings)
      return { operation, number: pull.number, url: pull.html_url, branch: current.branch, commitSha, warnings }
    }
  } catch (error) {
    if (error instanceof PublishError) throw error
    throw new PublishError(explain(error, progress.stage, target.branch, progress.branchWritten))
  }
}

/** What a run saw when its branch moved under it and it went on: a push (the commits now on top) or a deletion. */
function movedWarning(was: PublishTarget, now: PublishTarget): string {
  const short = (sha: string | undefined) => sha?.slice(0, 7) ?? 'no commit'
  if (!now.branchSha)
    return `The branch '${was.branch}' was deleted while this run wrote the post (it was at ${short(was.branchSha)}): it is created again from '${now.baseBranch}' with the post.`
  const theirs = now.state.kind === 'edited' ? now.state.foreign.map(short).join(', ') : ''
  return `The branch '${was.branch}' moved while this run wrote the post (it was at ${short(was.branchSha)}, it is now at ${short(now.branchSha)}${theirs ? `, with ${theirs} the action did not make` : ''}): the post goes on top of it${theirs ? ', keeping those commits' : ''}.`
}

/** The request a target was read for, to read it again. */
const requestOf = (t: TargetRequest): TargetRequest => ({
  owner: t.owner,
  repo: t.repo,
  base: t.base,
  branch: t.branch,
  date: t.date,
  folders: t.folders,
  onEditedBranch: t.onEditedBranch,
  updatePublished: t.updatePublished
})

/**
 * The branch as it is now, after it moved under the run. Where the rules let the post go on (the action's
 * own commits; a maintainer's with add-commit; the branch deleted) the run goes on with it; otherwise the
 * branch is kept and the result says why, and the post stays in the workspace and the job summary.
 */
async function rereadTarget(
  octokit: GitHubClient,
  was: PublishTarget
): Promise<{ target: PublishTarget } | { kept: Omit<PublishResult, 'warnings'> }> {
  const keep = async (why: string) => {
    const head = await findBranch(octokit, was.owner, was.repo, was.branch)
    const open = await findOpenPull(octokit, was.owner, was.repo, was.branch)
    return {
      kept: {
        operation: 'none' as const,
        number: open?.number ?? 0,
        url: open?.html_url ?? '',
        branch: was.branch,
        commitSha: head ?? '',
        kept: `The branch '${was.branch}' moved while this run wrote the post (it was at ${was.branchSha?.slice(0, 7) ?? 'no commit'}, it is now at ${head?.slice(0, 7) ?? 'no commit'}): ${why}. Nothing was overwritten, and the post was not pushed: it is in the workspace and in this run's job summary, for a maintainer to take.`
      }
    }
  }
  try {
    const target = await readTarget(octokit, requestOf(was))
    if (!target.stop) return { target }
    return keep(
      target.stop.kind === 'edited'
        ? `it now holds a commit the action did not make (${target.state.kind === 'edited' ? target.state.foreign.map((s) => s.slice(0, 7)).join(', ') : ''}); set on-edited-branch: add-commit to add the post on top of such commits`
        : `the post for ${was.date} is now on the base branch`
    )
  } catch (error) {
    if (error instanceof ForeignBranchError) return keep('a branch of that name now holds only commits the action did not make')
    throw error
  }
}

/** How far publishing got, for the message when GitHub refuses a step. */
interface Progress {
  stage: string
  branchWritten: boolean
}

/** Blobs → tree → commit, on the target's parent. A tree equal to the branch's own is no new commit. */
async function commitFiles(
  octokit: GitHubClient,
  target: PublishTarget,
  { files, early }: Pick<PublishRequest, 'files' | 'early'>,
  progress: Progress
) {
  const { owner, repo } = target
  progress.stage = 'write the files (blobs)'
  // Text goes into the tree request itself (GitHub writes its blob); binary files as blobs, one at a
  // time, as GitHub asks of content-creating requests.
  const blobs: TreeEntry[] = []
  for (const f of files) {
    if (isText(f.content)) {
      blobs.push({ path: f.path, mode: '100644', type: 'blob', content: f.content.toString('utf8') })
      continue
    }
    const sha =
      (await early?.shaOf(f.content)) ??
      (await octokit.rest.git.createBlob({ owner, repo, content: f.content.toString('base64'), encoding: 'base64' })).data.sha
    blobs.push({ path: f.path, mode: '100644', type: 'blob', sha })
  }
  progress.stage = 'create the tree'
  const { remove } = folderChanges(
    target.folderFiles,
    files.map((f) => f.path)
  )
  const removals = remove.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null }))
  const tree = (await octokit.rest.git.createTree({ owner, repo, base_tree: target.parentTree, tree: [...blobs, ...removals] })).data.sha
  if (target.branchTree === tree && target.branchSha) return { commitSha: target.branchSha, unchanged: true }
  progress.stage = 'create the commit'
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: commitMessage(target.date),
    tree,
    parents: [target.parentSha]
  })
  return { commitSha: commit.data.sha, unchanged: false }
}

type TreeEntry = { path: string; mode: '100644'; type: 'blob' } & ({ sha: string } | { content: string })

/** Bytes that are UTF-8 text without NUL, which the tree request can carry as they are. */
export function isText(bytes: Buffer): boolean {
  const text = bytes.toString('utf8')
  return !text.includes('\uFFFD') && !text.includes('\0') && Buffer.byteLength(text) === bytes.length
}

/** How many commits beyond the base the action reads (GitHub's compare lists 100 a page); a branch further ahead counts as edited. */
export const COMPARE_LIMIT = 300
const COMPARE_PAGE = 100

/**
 * The commits of `head` that `base` lacks, oldest first, through GitHub's compare API, a page of 100 at
 * a time up to COMPARE_LIMIT. Compared by commit, so a branch name with slashes needs no escaping.
 */
export async function commitsAhead(octokit: GitHubClient, owner: string, repo: string, base: string, head: string) {
  const commits: { sha: string; message: string }[] = []
  let aheadBy = 0
  for (let page = 1; commits.length < COMPARE_LIMIT; page++) {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${head}`,
      per_page: COMPARE_PAGE,
      page
    })
    aheadBy = data.ahead_by
    commits.push(...data.commits.map((c) => ({ sha: c.sha, message: c.commit.message })))
    if (data.commits.length < COMPARE_PAGE || commits.length >= aheadBy) break
  }
  return { commits, complete: commits.length >= aheadBy }
}

/** Paths of the files directly in each folder at a commit, one folder after the other. */
async function filesInAll(octokit: GitHubClient, owner: string, repo: string, folders: string[], ref: string): Promise<string[]> {
  const files: string[] = []
  for (const folder of folders) files.push(...(await filesIn(octokit, owner, repo, folder, ref)))
  return files
}

/** Paths of the files directly in a folder at a commit; none when the folder does not exist. */
async function filesIn(octokit: GitHubClient, owner: string, repo: string, folder: string, ref: string): Promise<string[]> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: folder, ref })
    return Array.isArray(data) ? data.filter((e) => e.type === 'file').map((e) => e.path) : []
  } catch (error) {
    if ((error as RequestErrorLike).status === 404) return []
    throw error
  }
}
