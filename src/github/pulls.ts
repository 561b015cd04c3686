// The branch's pull request: found with the branch (the action's own, by its token's identity, and a
// person's, left alone), opened or updated with the post's title and body, labelled and given reviewers.
import { recordedProof } from '../body-state.js'
import { errorText, isAlreadyExists, type RequestErrorLike } from './errors.js'
import type { GitHubClient } from './octokit.js'
import { tokenLogin } from './proof.js'

export type PullRequestOperation = 'created' | 'updated' | 'none'

/** What opening the pull request needs of the target the run read. */
export interface PullTarget {
  owner: string
  repo: string
  branch: string
  baseBranch: string
  /** The branch's open pull request when the branch was read (a run that opens one meanwhile is met by createPull). */
  openPull?: { number: number; html_url: string }
  /** An open pull request of the branch that a person opened: left alone, whatever its body holds. */
  foreignPull?: { number: number; html_url: string; user: { login: string } | null }
}

/** The pull request's words and people. */
export interface PullText {
  title: string
  body: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
}

/**
 * The branch's pull requests in this repository, read once: the open one, and the commit recorded by
 * the newest that holds one (open or closed: a closed one's branch is still the action's).
 */
export async function pullsOf(octokit: GitHubClient, owner: string, repo: string, branch: string) {
  // Who the token is and the branch's pull requests, asked at once.
  const [token, { data }] = await Promise.all([
    tokenLogin(octokit),
    octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'all', per_page: 10 })
  ])
  const here = data.filter((p) => fromThisRepository(p, owner, repo))
  const ours = here.filter((p) => openedBy(p, token))
  const foreign = here.find((p) => p.state === 'open' && !ours.includes(p))
  const recorded = ours
    .map((p) => ({ pull: p.number, sha: recordedProof(p.body ?? '') }))
    .filter((r) => r.sha !== undefined)
    .sort((a, b) => b.pull - a.pull)[0]
  return { open: ours.find((p) => p.state === 'open'), recorded, foreign }
}

/** Whether a pull request's head branch is in this repository (not a fork's, not a deleted one). */
export const fromThisRepository = (p: { head: { repo: { full_name?: string } | null } }, owner: string, repo: string): boolean =>
  p.head.repo?.full_name?.toLowerCase() === `${owner}/${repo}`.toLowerCase()

/** The action's own: opened by the token, where GitHub says who the token is (else every one is taken as its own). */
export const openedBy = (p: { user: { login: string } | null }, token: string | undefined): boolean => !token || p.user?.login === token

/** The branch's open pull request, updated; or a new one; or none when nothing changed. */
export async function openPullRequest(
  octokit: GitHubClient,
  target: PullTarget,
  req: PullText,
  unchanged: boolean,
  warnings: string[]
): Promise<{ operation: PullRequestOperation; pull: { number: number; html_url: string } }> {
  const { owner, repo, branch } = target
  const update = async (pullNumber: number) =>
    (await octokit.rest.pulls.update({ owner, repo, pull_number: pullNumber, title: req.title, body: req.body })).data
  // As the branch was read; a pull request opened since is met by createPull's "already exists".
  const open = target.openPull
  if (open && unchanged) return { operation: 'none', pull: open }
  if (!open && target.foreignPull) {
    warnings.push(
      `Pull request #${target.foreignPull.number} for the branch '${branch}' was opened by ${target.foreignPull.user?.login ?? 'someone else'}, not by the action: the post is on the branch, and that pull request's title and body are left alone.`
    )
    return { operation: 'none', pull: target.foreignPull }
  }
  if (open) return { operation: 'updated', pull: await update(open.number) }
  try {
    return { operation: 'created', pull: await createPull(octokit, target, req, warnings) }
  } catch (error) {
    // Another run opened it in the meantime: take the update path.
    const again = isAlreadyExists(error) ? await findOpenPull(octokit, owner, repo, branch) : undefined
    if (!again) throw error
    return { operation: 'updated', pull: await update(again.number) }
  }
}

/** Labels on a changed pull request, reviewers on a new one; a refusal is a warning, not a failure. */
export async function decoratePull(
  octokit: GitHubClient,
  { owner, repo }: Pick<PullTarget, 'owner' | 'repo'>,
  req: Pick<PullText, 'labels' | 'reviewers' | 'teamReviewers'>,
  operation: PullRequestOperation,
  pullNumber: number,
  warnings: string[]
): Promise<void> {
  if (operation !== 'none' && req.labels.length > 0) {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pullNumber, labels: req.labels }).catch((e: unknown) => {
      warnings.push(`Could not add the labels: ${errorText(e)}`)
    })
  }
  if (operation === 'created' && req.reviewers.length + req.teamReviewers.length > 0) {
    await octokit.rest.pulls
      .requestReviewers({ owner, repo, pull_number: pullNumber, reviewers: req.reviewers, team_reviewers: req.teamReviewers })
      .catch((e: unknown) => warnings.push(`Could not request the reviewers: ${errorText(e)}`))
  }
}

/** Opens the pull request; where the repository cannot have drafts, opens it ready for review with a warning. */
async function createPull(octokit: GitHubClient, target: PullTarget, req: PullText, warnings: string[]) {
  const { owner, repo, branch, baseBranch } = target
  const create = (draft: boolean) =>
    octokit.rest.pulls.create({ owner, repo, head: branch, base: baseBranch, title: req.title, body: req.body, draft })
  try {
    return (await create(req.draft)).data
  } catch (error) {
    if (!req.draft || (error as RequestErrorLike).status !== 422 || !/draft/i.test(errorText(error))) throw error
    warnings.push(
      'This repository does not support draft pull requests: the pull request was opened ready for review (draft: true was asked).'
    )
    return (await create(false)).data
  }
}

export async function findOpenPull(octokit: GitHubClient, owner: string, repo: string, branch: string) {
  const { data } = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 })
  return data[0]
}
