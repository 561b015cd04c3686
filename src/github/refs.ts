// Moving a branch. REST has no compare-and-swap for refs: a PATCH with force overwrites whatever a
// reviewer pushed a second earlier. So the branch moves by GitHub's GraphQL `updateRefs`, which names
// the value the ref must still have (beforeOid; all zeros: it must not exist) and applies atomically.
// When the ref is elsewhere nothing is written and the caller reads the branch again. GitHub Enterprise
// Server releases without the mutation fall back to REST (read the ref, then write it), with a warning.
//
// The same update moves a second ref, refs/hugo-paper-survey/<branch>, to the commit: the proof of which
// commits are the action's. No person writes there by habit (git push and the web UI touch branches and
// tags), so a commit of the branch that this ref does not reach (an amend, a squash, a fix-up, even one
// that carries the trailer) is a maintainer's.
import type { GitHubClient } from './octokit.js'

export const ZERO_OID = '0'.repeat(40)

/** The ref, under refs/, that reaches every commit the action made on `branch`. */
export const proofRef = (branch: string): string => `hugo-paper-survey/${branch}`

const UPDATE_REFS = 'mutation MoveBranch($input: UpdateRefsInput!) { updateRefs(input: $input) { clientMutationId } }'

export interface RefMove {
  owner: string
  repo: string
  repositoryId: string
  branch: string
  /** Where the branch must be now (undefined: it must not exist). */
  before?: string
  /** Where the proof ref is now (undefined: it does not exist yet). */
  proofBefore?: string
  after: string
  /** Allow a move that is not a fast forward (only over the action's own commits). */
  force: boolean
}

interface GraphqlErrorLike {
  errors?: { message?: string; extensions?: { code?: string } }[]
}

/** Moves the branch if it is still where the run read it: 'moved', or 'stale' when it is not (nothing written). */
export async function swapRef(
  octokit: GitHubClient,
  move: RefMove,
  warn: (m: string) => void,
  withProof = true
): Promise<'moved' | 'stale'> {
  const before = move.before ?? ZERO_OID
  const branchUpdate = { name: `refs/heads/${move.branch}`, beforeOid: before, afterOid: move.after, force: move.force }
  const proofUpdate = { name: `refs/${proofRef(move.branch)}`, beforeOid: move.proofBefore ?? ZERO_OID, afterOid: move.after, force: true }
  try {
    await octokit.graphql(UPDATE_REFS, {
      input: { repositoryId: move.repositoryId, refUpdates: withProof ? [branchUpdate, proofUpdate] : [branchUpdate] }
    })
    return 'moved'
  } catch (error) {
    // A move that landed but whose answer was lost (a 502 after GitHub forwarded it, or a retry of it
    // that GitHub then refused as stale) is a move: read the branch before saying anything else.
    const read = await findBranch(octokit, move.owner, move.repo, move.branch).then(
      (sha) => ({ sha }),
      () => undefined
    )
    if (read?.sha === move.after) return 'moved'
    const errors = (error as GraphqlErrorLike).errors
    if (!errors) throw error
    if (
      errors.some(
        (e) => e.extensions?.code === 'undefinedField' || (/updateRefs/.test(e.message ?? '') && /doesn't exist/.test(e.message ?? ''))
      )
    ) {
      warn(
        'This GitHub has no GraphQL updateRefs mutation (GitHub Enterprise Server before it): the branch is moved through REST, which cannot check that nobody pushed to it in the last moment. Upgrade the server to close that gap.'
      )
      return moveWithoutSwap(octokit, move, withProof, warn)
    }
    // Refused: say stale only when a ref is truly elsewhere; anything else is GitHub's error.
    const [branchNow, proofNow] = await Promise.all([
      read ? read.sha : findBranch(octokit, move.owner, move.repo, move.branch),
      findRef(octokit, move.owner, move.repo, proofRef(move.branch))
    ])
    if ((branchNow ?? ZERO_OID) !== before || (withProof && proofNow !== move.proofBefore)) return 'stale'
    if (withProof) {
      // A GitHub that refuses refs outside heads and tags: the branch still moves by compare-and-swap,
      // and without the proof the next run sees the commit as a maintainer's and keeps the branch.
      warn(
        `GitHub refused the proof ref refs/${proofRef(move.branch)} (${errors.map((e) => e.message).join('; ')}): the branch was moved without it, and the commit recorded in the pull request's body proves the action's commits instead (github/proof.ts).`
      )
      return swapRef(octokit, move, warn, false)
    }
    throw new Error(`GitHub's updateRefs refused the move: ${errors.map((e) => e.message).join('; ')}`, { cause: error })
  }
}

/** The REST path: checks the ref right before writing it, which narrows the race but cannot close it. */
async function moveWithoutSwap(
  octokit: GitHubClient,
  move: RefMove,
  withProof: boolean,
  warn: (m: string) => void
): Promise<'moved' | 'stale'> {
  const { owner, repo, branch, after } = move
  const now = await findBranch(octokit, owner, repo, branch)
  if (now !== move.before) return 'stale'
  if (now) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: after, force: move.force })
  else {
    try {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: after })
    } catch (error) {
      if ((error as { status?: number }).status === 422) return 'stale' // created a moment ago by someone else
      throw error
    }
  }
  if (!withProof) return 'moved'
  const proof = proofRef(branch)
  try {
    if (move.proofBefore) await octokit.rest.git.updateRef({ owner, repo, ref: proof, sha: after, force: true })
    else await octokit.rest.git.createRef({ owner, repo, ref: `refs/${proof}`, sha: after })
  } catch (error) {
    // The branch has moved: a refused proof ref leaves the pull request's record as the proof (proof.ts).
    if ((error as { status?: number }).status !== 422) throw error
    warn(`GitHub refused the proof ref refs/${proof}: the commit recorded in the pull request's body proves the action's commits instead.`)
  }
  return 'moved'
}

export const findBranch = (octokit: GitHubClient, owner: string, repo: string, branch: string): Promise<string | undefined> =>
  findRef(octokit, owner, repo, `heads/${branch}`)

/** The commit a ref (under refs/) points at; undefined when there is no such ref. */
export async function findRef(octokit: GitHubClient, owner: string, repo: string, ref: string): Promise<string | undefined> {
  try {
    return (await octokit.rest.git.getRef({ owner, repo, ref })).data.object.sha
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}
