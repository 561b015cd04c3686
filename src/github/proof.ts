// Which commits of a branch are the action's: the ones a proof in force reaches (and that carry the
// trailer, rules.ts). Two proofs, each written with every move the action makes of its branch:
//
// - the ref refs/hugo-paper-survey/<branch> (refs.ts), moved atomically with the branch. No git habit
//   writes there, but GitHub documents refs only under heads/ and tags/, and a GitHub may refuse it or
//   keep it to itself;
// - the commit recorded in the hidden state of the pull request the action opened for the branch,
//   written through documented API only (the body, after the branch moved). An amend, a squash, a
//   fix-up or a web edit makes a new commit that neither proof reaches, so it stays a maintainer's.
//
// The ref wins where GitHub serves it (it cannot lag the branch); else the pull request's record. When
// the record lags (the branch moved but the body could not be written), the action's newest commit is
// unproven and the branch is kept as a maintainer's: the safe side.
import type { GitHubClient } from './octokit.js'
import { findRef, proofRef } from './refs.js'

export type ProofKind = 'ref' | 'pull-request' | 'none'

export interface Proof {
  /** The commit the proof names: every commit of the branch it reaches is the action's. */
  sha?: string
  by: ProofKind
  /** The pull request whose record is the proof. */
  pull?: number
}

const REF_QUERY =
  'query ProofRef($owner: String!, $name: String!, $ref: String!) { repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) { target { oid } } } }'

/**
 * Where the proof ref points, read the way it was written (GraphQL) and through REST at once; either
 * finding it is enough. A GitHub without the query answers through REST alone.
 */
export async function readProofRef(octokit: GitHubClient, owner: string, repo: string, branch: string): Promise<string | undefined> {
  const ref = proofRef(branch)
  const [byGraphql, byRest] = await Promise.all([
    octokit
      .graphql<{ repository: { ref: { target: { oid: string } } | null } | null }>(REF_QUERY, { owner, name: repo, ref: `refs/${ref}` })
      .then((d) => d.repository?.ref?.target.oid)
      .catch(() => undefined),
    findRef(octokit, owner, repo, ref)
  ])
  return byGraphql ?? byRest
}

/**
 * Who the token is (`viewer`: an installation token's app bot, such as github-actions[bot]), so a pull
 * request the action opened is told from one a person opened; undefined where GitHub does not say.
 */
export function tokenLogin(octokit: GitHubClient): Promise<string | undefined> {
  // Asked once a client: the branch's pull requests and the blog's history both need it.
  let login = logins.get(octokit)
  if (!login) {
    login = octokit
      .graphql<{ viewer: { login: string } }>('query { viewer { login } }')
      .then((d) => d.viewer.login)
      .catch(() => undefined)
    logins.set(octokit, login)
  }
  return login
}
const logins = new WeakMap<GitHubClient, Promise<string | undefined>>()

/** The proof in force: the ref where GitHub serves it, else the record of the branch's pull request. */
export function proofInForce(refSha: string | undefined, recorded: { sha?: string; pull: number } | undefined): Proof {
  if (refSha) return { sha: refSha, by: 'ref' }
  if (recorded?.sha) return { sha: recorded.sha, by: 'pull-request', pull: recorded.pull }
  return { by: 'none' }
}

/** One plain sentence for the log and the job summary: which proof tells the action's commits on this repository. */
export function describeProof(proof: Proof, branch: string): string {
  const ref = `refs/${proofRef(branch)}`
  if (proof.by === 'ref') return `The action's commits on '${branch}' are proven by the ref ${ref}, which GitHub keeps here.`
  if (proof.by === 'pull-request')
    return `The action's commits on '${branch}' are proven by the commit recorded in pull request #${proof.pull}: GitHub does not serve the ref ${ref} here.`
  return `No proof of the action's commits on '${branch}' yet: the action writes the ref ${ref} and records its commit in the pull request with each move of the branch.`
}
