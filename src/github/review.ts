// What a review command asks of GitHub: the pull request, the commenter's permission, reactions and
// the reply, the post's files on the branch, and one commit on top of the branch's head (never forced).
import { type GitHubClient } from './octokit.js'
import { commitsAhead, isText } from './publish.js'
import { findRef, swapRef } from './refs.js'
import { type Proof, proofInForce, readProofRef } from './proof.js'
import { markedDate } from './rules.js'

export interface Repo {
  owner: string
  repo: string
}

export interface PullFacts {
  number: number
  url: string
  state: string
  body: string
  headRef: string
  headSha: string
  /** owner/name of the repository the head branch is in (another one for a fork). */
  headRepository: string
  baseRef: string
  /** The repository's node id, for GraphQL (the base's repository is this one). */
  repositoryId: string
  /** Who opened it. */
  author: string
}

export async function readPull(octokit: GitHubClient, { owner, repo }: Repo, number: number): Promise<PullFacts> {
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number })
  return {
    number,
    url: data.html_url,
    state: data.state,
    body: data.body ?? '',
    headRef: data.head.ref,
    headSha: data.head.sha,
    headRepository: data.head.repo?.full_name ?? '',
    baseRef: data.base.ref,
    repositoryId: data.base.repo.node_id,
    author: data.user?.login ?? ''
  }
}

/** Roles that may command: GitHub's permission levels write, maintain and admin. */
export const COMMANDING_ROLES = ['admin', 'maintain', 'write']

/**
 * The commenter's role on the repository, from the collaborator permission API (author_association is
 * wrong for members of a private organisation); 'none' when GitHub knows no such collaborator.
 */
export async function roleOf(octokit: GitHubClient, { owner, repo }: Repo, login: string): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login })
    // role_name tells maintain and triage apart; permission folds them into write and read.
    return data.role_name || data.permission
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 'none'
    throw error
  }
}

export type Reaction = 'eyes' | 'rocket' | 'confused'

export async function react(octokit: GitHubClient, { owner, repo }: Repo, commentId: number, content: Reaction): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: commentId, content })
}

export async function reply(octokit: GitHubClient, { owner, repo }: Repo, number: number, body: string): Promise<string> {
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
  return data.html_url
}

export async function updateBody(octokit: GitHubClient, { owner, repo }: Repo, number: number, body: string): Promise<void> {
  await octokit.rest.pulls.update({ owner, repo, pull_number: number, body })
}

/** The branch as a command finds it: its head, its tree, whether the action made every commit, the dates it marks. */
export interface BranchFacts {
  head: string
  tree: string
  /** The proof in force (proof.ts): its commit is the head when every commit on the branch is the action's. */
  proof: Proof
  /** Dates of the action's commits on the branch (their trailer). */
  dates: string[]
}

/** The branch of a pull request, with the proof in force: its ref, else the commit its body records (`recorded`). */
export async function readBranch(
  octokit: GitHubClient,
  r: Repo,
  pull: Pick<PullFacts, 'headRef' | 'baseRef' | 'number' | 'headSha'>,
  recorded: string | undefined
): Promise<BranchFacts> {
  // Every read at once, at the head the pull request names; read again at the ref's head when a push
  // moved the branch since GitHub answered for the pull request.
  const readAt = (sha: string) =>
    Promise.all([
      octokit.rest.git.getCommit({ owner: r.owner, repo: r.repo, commit_sha: sha }),
      commitsAhead(octokit, r.owner, r.repo, pull.baseRef, sha)
    ])
  const [head, proofSha, atPull] = await Promise.all([
    findRef(octokit, r.owner, r.repo, `heads/${pull.headRef}`),
    readProofRef(octokit, r.owner, r.repo, pull.headRef),
    readAt(pull.headSha).catch(() => undefined)
  ])
  if (!head) throw new Error(`the branch '${pull.headRef}' no longer exists`)
  const [commit, ahead] = head === pull.headSha && atPull ? atPull : await readAt(head)
  const dates = [...new Set(ahead.commits.map((c) => markedDate(c.message)).filter((d): d is string => d !== undefined))]
  return { head, tree: commit.data.tree.sha, proof: proofInForce(proofSha, { sha: recorded, pull: pull.number }), dates }
}

/** A file on the branch: its blob, and its text when it was read. */
export interface BranchFile {
  path: string
  sha: string
}

/** The files directly in each folder at a commit. */
export async function listFolders(octokit: GitHubClient, { owner, repo }: Repo, folders: string[], ref: string): Promise<BranchFile[]> {
  const files: BranchFile[] = []
  for (const folder of folders) {
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: folder, ref })
      if (Array.isArray(data)) files.push(...data.filter((e) => e.type === 'file').map((e) => ({ path: e.path, sha: e.sha })))
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error
    }
  }
  return files
}

/**
 * A file's bytes at a commit through the contents API (files up to 1 MB come with their bytes): the
 * bytes, 'missing' when there is no such file, or 'unread' when GitHub would not give them this way
 * (a larger file, a refusal), for the caller to read its blob instead.
 */
export async function readFileAt(
  octokit: GitHubClient,
  { owner, repo }: Repo,
  path: string,
  ref: string
): Promise<Buffer | 'missing' | 'unread'> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file') return 'missing'
    return 'content' in data && data.encoding === 'base64' && data.content ? Buffer.from(data.content, 'base64') : 'unread'
  } catch (error) {
    return (error as { status?: number }).status === 404 ? 'missing' : 'unread'
  }
}

export async function readBlob(octokit: GitHubClient, { owner, repo }: Repo, sha: string): Promise<Buffer> {
  const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha })
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
}

/** A change of the commit: new bytes, an existing blob under a path (a rename), or a removal. */
export type TreeChange = { path: string; content: Buffer } | { path: string; sha: string } | { path: string; remove: true }

export interface CommitRequest extends Repo {
  repositoryId: string
  branch: string
  parent: BranchFacts
  changes: TreeChange[]
  message: string
}

/**
 * One commit on top of the head the command read, moved there only if the branch is still at that head
 * (compare-and-swap, refs.ts); 'stale' when someone pushed meanwhile, and nothing was written. The proof
 * ref follows only when the action made every commit so far: a maintainer's commit below stays theirs.
 * `proof` is what the body records afterwards: the new commit then, else the proof as it was.
 */
export async function commitOnTop(
  octokit: GitHubClient,
  req: CommitRequest,
  warn: (m: string) => void
): Promise<{ sha: string; proof: string | undefined } | 'stale'> {
  const { owner, repo } = req
  const tree: ({ path: string; mode: '100644'; type: 'blob' } & ({ sha: string | null } | { content: string }))[] = []
  for (const change of req.changes) {
    const entry = { path: change.path, mode: '100644' as const, type: 'blob' as const }
    // Text rides in the tree request (GitHub writes its blob); other bytes as a blob first.
    if ('content' in change && isText(change.content)) tree.push({ ...entry, content: change.content.toString('utf8') })
    else if ('content' in change)
      tree.push({
        ...entry,
        sha: (await octokit.rest.git.createBlob({ owner, repo, content: change.content.toString('base64'), encoding: 'base64' })).data.sha
      })
    else tree.push({ ...entry, sha: 'sha' in change ? change.sha : null })
  }
  const treeSha = (await octokit.rest.git.createTree({ owner, repo, base_tree: req.parent.tree, tree })).data.sha
  const commit = (await octokit.rest.git.createCommit({ owner, repo, message: req.message, tree: treeSha, parents: [req.parent.head] }))
    .data.sha
  const allOwn = req.parent.proof.sha === req.parent.head
  const move = {
    owner,
    repo,
    repositoryId: req.repositoryId,
    branch: req.branch,
    before: req.parent.head,
    // The ref's own place: undefined where GitHub does not serve it (the record is the proof then).
    proofBefore: req.parent.proof.by === 'ref' ? req.parent.proof.sha : undefined,
    after: commit,
    force: false
  }
  // Where the pull request's record is the proof, GitHub does not serve the ref: it is not asked for again.
  if ((await swapRef(octokit, move, warn, allOwn && req.parent.proof.by !== 'pull-request')) === 'stale') return 'stale'
  return { sha: commit, proof: allOwn ? commit : req.parent.proof.sha }
}
