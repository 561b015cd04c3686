// GitHub's refusals while publishing, in words: which limit held, what permission is missing, what
// the run had already written. Pure, beside the publishing that throws them.
import { MAX_RATE_LIMIT_WAIT_S } from './octokit.js'

export class PublishError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishError'
  }
}

/** The branch holds only commits the action did not make (or is the base): never the action's to write. */
export class ForeignBranchError extends PublishError {}

export interface RequestErrorLike {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: { message?: string; errors?: ({ message?: string } | string)[] } }
}

const PERMISSIONS_HINT =
  'The job needs `permissions: contents: write` and `pull-requests: write` for github-token. On a pull request from a fork, GITHUB_TOKEN is read-only and cannot push: run the action on schedule or workflow_dispatch in the repository itself.'

const detailsOf = (e: RequestErrorLike): string[] =>
  (e.response?.data?.errors ?? []).map((x) => (typeof x === 'string' ? x : (x.message ?? ''))).filter(Boolean)

export function isAlreadyExists(error: unknown): boolean {
  const e = error as RequestErrorLike
  return e.status === 422 && detailsOf(e).some((m) => /pull request already exists/i.test(m))
}

/** GitHub's rate limits answer 403 or 429: primary with x-ratelimit-remaining 0, secondary by message. */
function isRateLimit(error: unknown): boolean {
  const e = error as RequestErrorLike
  return (
    e.status === 429 ||
    (e.status === 403 && (e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(errorText(error))))
  )
}

/** Which of GitHub's rate limits held, and when it resets, from the headers GitHub sent with it. */
export function rateLimitAdvice(error: unknown): string {
  const headers = (error as RequestErrorLike).response?.headers ?? {}
  const reset = Number(headers['x-ratelimit-reset'])
  const retryAfter = Number(headers['retry-after'])
  const which =
    headers['x-ratelimit-remaining'] === '0'
      ? `GitHub's primary rate limit (${headers['x-ratelimit-limit'] ?? 'its'} requests an hour for this token) is used up${reset ? `; it resets at ${new Date(reset * 1000).toISOString()}` : ''}`
      : `GitHub's secondary rate limit held${retryAfter ? `; GitHub asked to wait ${retryAfter} s before the next request` : ''}${reset ? ` (reset at ${new Date(reset * 1000).toISOString()})` : ''}`
  return `${which}. This is not a permissions problem. The action waits out a limit only when GitHub's wait is at most ${MAX_RATE_LIMIT_WAIT_S} s, and never asks again sooner than GitHub says; re-run the workflow after the reset. Other workflows using the same token share the limit.`
}

export function errorText(error: unknown): string {
  const e = error as RequestErrorLike
  const details = detailsOf(e)
  const message = e.response?.data?.message ?? e.message ?? String(error)
  return [e.status ? `HTTP ${e.status}` : '', message, ...details].filter(Boolean).join(': ')
}

/** A message that says what happened and what to do. */
export function explain(error: unknown, stage: string, branch: string, branchWritten: boolean): string {
  const e = error as RequestErrorLike
  const text = errorText(error)
  let advice = ''
  if (isRateLimit(error)) {
    advice = rateLimitAdvice(error)
  } else if (e.status === 403 && /not permitted to create or approve pull requests/i.test(text)) {
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
