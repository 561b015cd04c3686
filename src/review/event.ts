// The issue_comment event the runner hands over in GITHUB_EVENT_PATH: which comment, on what, by whom.
import fs from 'node:fs'
import type { Env } from '../runner.js'
import { RunError } from '../stages/context.js'

export interface CommentEvent {
  action: string
  /** The issue's or pull request's number. */
  number: number
  /** Whether the comment is on a pull request (issue.pull_request is set). */
  onPullRequest: boolean
  commentId: number
  body: string
  login: string
}

export function readCommentEvent(env: Env): CommentEvent {
  const file = env.GITHUB_EVENT_PATH
  if (!file) throw new RunError('GITHUB_EVENT_PATH is not set: the review commands run in a workflow on issue_comment.')
  let event: {
    action?: unknown
    issue?: { number?: unknown; pull_request?: unknown }
    comment?: { id?: unknown; body?: unknown; user?: { login?: unknown } }
  }
  try {
    event = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new RunError(`The event file ${file} could not be read as JSON: ${(error as Error).message}`)
  }
  const number = event.issue?.number
  const commentId = event.comment?.id
  const login = event.comment?.user?.login
  if (typeof number !== 'number' || typeof commentId !== 'number' || typeof login !== 'string')
    throw new RunError(`The event file ${file} is not an issue_comment event (no issue.number, comment.id or comment.user.login).`)
  return {
    action: String(event.action ?? ''),
    number,
    onPullRequest: Boolean(event.issue?.pull_request),
    commentId,
    body: typeof event.comment?.body === 'string' ? event.comment.body : '',
    login
  }
}
