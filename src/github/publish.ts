// Publishes the bundle: blobs → tree on the base tree → one commit → branch → pull request.
// Made through the Git Data API with GITHUB_TOKEN, the commit is signed by GitHub. Re-runs are
// idempotent: the branch is force-updated, the open PR of the branch is updated, and a branch that
// already holds exactly this tree is left alone.
import type { GitHubClient } from './octokit.js'

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
  /** The bundle folder: files in it on the base branch that the new bundle lacks are removed. */
  folder: string
}

/** What the commit builds on, read before any summary is paid for: a missing permission fails fast. */
export interface PublishTarget extends TargetRequest {
  baseBranch: string
  baseSha: string
  baseTree: string
  /** The branch's commit when it exists already. */
  branchSha?: string
  /** Files directly in the bundle folder on the base branch. */
  folderFiles: string[]
}

export interface PublishRequest {
  commitMessage: string
  files: RepoFile[]
  title: string
  body: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
}

export type PullRequestOperation = 'created' | 'updated' | 'none'

export interface PublishResult {
  operation: PullRequestOperation
  number: number
  url: string
  branch: string
  commitSha: string
  warnings: string[]
}

export class PublishError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishError'
  }
}

interface RequestErrorLike {
  status?: number
  message?: string
  response?: { data?: { message?: string; errors?: { message?: string }[] } }
}

const PERMISSIONS_HINT =
  'The job needs `permissions: contents: write` and `pull-requests: write` for github-token. On a pull request from a fork, GITHUB_TOKEN is read-only and cannot push: run the action on schedule or workflow_dispatch in the repository itself.'

export async function readTarget(octokit: GitHubClient, req: TargetRequest): Promise<PublishTarget> {
  const { owner, repo } = req
  let stage = 'read the repository'
  try {
    const baseBranch = req.base ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch
    stage = `read the base branch '${baseBranch}'`
    const baseSha = (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${baseBranch}` })).data.object.sha
    const baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha })).data.tree.sha
    const folderFiles = await filesIn(octokit, owner, repo, req.folder, baseSha)
    stage = `read the branch '${req.branch}'`
    const branchSha = await findBranch(octokit, owner, repo, req.branch)
    return { ...req, baseBranch, baseSha, baseTree, branchSha, folderFiles }
  } catch (error) {
    throw new PublishError(explain(error, stage, req.branch, false))
  }
}

export async function publishPost(octokit: GitHubClient, target: PublishTarget, req: PublishRequest): Promise<PublishResult> {
  const { owner, repo, baseBranch, baseSha, baseTree, branchSha } = target
  const branch = target.branch
  const warnings: string[] = []
  let branchWritten = false
  let stage = ''
  try {
    stage = 'write the files (blobs)'
    // One at a time, as GitHub asks of content-creating requests.
    const blobs: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = []
    for (const f of req.files) {
      const { data } = await octokit.rest.git.createBlob({ owner, repo, content: f.content.toString('base64'), encoding: 'base64' })
      blobs.push({ path: f.path, mode: '100644', type: 'blob', sha: data.sha })
    }
    stage = 'create the tree'
    const stale = target.folderFiles.filter((path) => !req.files.some((f) => f.path === path))
    const removals = stale.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null }))
    const tree = (await octokit.rest.git.createTree({ owner, repo, base_tree: baseTree, tree: [...blobs, ...removals] })).data.sha

    let commitSha = branchSha
    let unchanged = false
    if (branchSha) {
      stage = `read the branch '${branch}'`
      unchanged = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: branchSha })).data.tree.sha === tree
    }
    if (!unchanged) {
      stage = 'create the commit'
      commitSha = (await octokit.rest.git.createCommit({ owner, repo, message: req.commitMessage, tree, parents: [baseSha] })).data.sha
      stage = `update the branch '${branch}'`
      if (branchSha) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commitSha as string, force: true })
      else await createOrMoveBranch(octokit, owner, repo, branch, commitSha as string)
      branchWritten = true
    }

    stage = 'open the pull request'
    const open = await findOpenPull(octokit, owner, repo, branch)
    let operation: PullRequestOperation
    let pull: { number: number; html_url: string }
    if (open && unchanged) {
      operation = 'none'
      pull = open
    } else if (open) {
      pull = (await octokit.rest.pulls.update({ owner, repo, pull_number: open.number, title: req.title, body: req.body })).data
      operation = 'updated'
    } else {
      try {
        pull = (await octokit.rest.pulls.create({ owner, repo, head: branch, base: baseBranch, title: req.title, body: req.body, draft: req.draft })).data
        operation = 'created'
      } catch (error) {
        // Another run opened it in the meantime: take the update path.
        const again = isAlreadyExists(error) ? await findOpenPull(octokit, owner, repo, branch) : undefined
        if (!again) throw error
        pull = (await octokit.rest.pulls.update({ owner, repo, pull_number: again.number, title: req.title, body: req.body })).data
        operation = 'updated'
      }
    }

    if (operation !== 'none' && req.labels.length > 0) {
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: req.labels }).catch((e: unknown) => {
        warnings.push(`Could not add the labels: ${errorText(e)}`)
      })
    }
    if (operation === 'created' && req.reviewers.length + req.teamReviewers.length > 0) {
      await octokit.rest.pulls
        .requestReviewers({ owner, repo, pull_number: pull.number, reviewers: req.reviewers, team_reviewers: req.teamReviewers })
        .catch((e: unknown) => warnings.push(`Could not request the reviewers: ${errorText(e)}`))
    }
    return { operation, number: pull.number, url: pull.html_url, branch: branch, commitSha: commitSha as string, warnings }
  } catch (error) {
    throw new PublishError(explain(error, stage, branch, branchWritten))
  }
}

/** Creates the branch; if another run created it in the meantime (422), moves it to this commit. */
async function createOrMoveBranch(octokit: GitHubClient, owner: string, repo: string, branch: string, sha: string): Promise<void> {
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha })
  } catch (error) {
    if ((error as RequestErrorLike).status !== 422) throw error
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true })
  }
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

async function findBranch(octokit: GitHubClient, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha
  } catch (error) {
    if ((error as RequestErrorLike).status === 404) return undefined
    throw error
  }
}

async function findOpenPull(octokit: GitHubClient, owner: string, repo: string, branch: string) {
  const { data } = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 })
  return data[0]
}

function isAlreadyExists(error: unknown): boolean {
  const e = error as RequestErrorLike
  return e.status === 422 && (e.response?.data?.errors ?? []).some((x) => /pull request already exists/i.test(x.message ?? ''))
}

function errorText(error: unknown): string {
  const e = error as RequestErrorLike
  const details = (e.response?.data?.errors ?? []).map((x) => x.message).filter(Boolean)
  const message = e.response?.data?.message ?? e.message ?? String(error)
  return [e.status ? `HTTP ${e.status}` : '', message, ...details].filter(Boolean).join(': ')
}

/** A message that says what happened and what to do. */
export function explain(error: unknown, stage: string, branch: string, branchWritten: boolean): string {
  const e = error as RequestErrorLike
  const text = errorText(error)
  let advice = ''
  if (e.status === 403 && /not permitted to create or approve pull requests/i.test(text)) {
    advice =
      'Allow it in the repository: Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (in an organisation, first allow it in the organisation\'s Actions settings).'
  } else if (e.status === 404 && stage.startsWith('read the base branch')) {
    advice = 'Check the base input: the branch does not exist.'
  } else if (e.status === 403 || e.status === 404) {
    advice = PERMISSIONS_HINT
  }
  const partial = branchWritten ? ` The branch '${branch}' already holds the post; re-run the workflow to open the pull request.` : ''
  return `GitHub refused to ${stage} (${text}).${advice ? ` ${advice}` : ''}${partial}`
}
