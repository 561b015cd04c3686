// The review commands' run, on issue_comment: the comment read, who wrote it checked, the post on the
// pull request's branch changed by one commit on top, the body and a reply brought up to date. Each
// step is a log group, as in the survey; what decides is in the pure modules beside this one.
import { COMMANDING_ROLES, readBranch, readPull, type Reaction, react, reply, roleOf } from '../github/review.js'
import type { GitHubClient } from '../github/octokit.js'
import { outputsOf, type Outputs } from '../run-report.js'
import { withClients } from '../stages/clients.js'
import { RunError, type RunContext, type StartedRun } from '../stages/context.js'
import { isCommandComment, parseCommands } from './commands.js'
import { readCommentEvent } from './event.js'
import { applyCommands, type CommandRun, readEarly } from './apply.js'
import { badCommandReply, failedReply, helpReply, landedReply, refusedReply } from './reply.js'
import { LandedError, ReviewError } from './sections.js'
import { tokenLogin } from '../github/proof.js'
import { writeSummary } from '../stages/report.js'
import { readState } from '../body-state.js'

export async function review(started: StartedRun): Promise<Outputs> {
  const ctx = withClients(started)
  const { log, clients } = ctx
  const octokit = clients.octokit
  if (!octokit) throw new RunError('The review commands answer on the pull request: set create-pr: true (the default) and github-token.')
  const event = readCommentEvent(ctx.env)
  const ignore = (why: string): Outputs => {
    log.notice(`Comment ${event.commentId} on #${event.number} ignored: ${why}. No Claude call, nothing changed.`)
    return outputsOf(undefined, undefined)
  }
  if (event.action !== 'created') return ignore(`the comment was ${event.action || 'not created'}; only new comments are commands`)
  if (!event.onPullRequest) return ignore('it is on an issue, not a pull request')
  if (!isCommandComment(event.body)) return ignore('its first line does not start with /survey')

  const repo = { owner: ctx.owner, repo: ctx.repo }
  // The commenter's role is read beside the pull request (both reads): asked only of a survey's pull request below.
  const [pull, role, token] = await log.stage('Read the pull request', () =>
    Promise.all([readPull(octokit, repo, event.number), roleOf(octokit, repo, event.login), tokenLogin(octokit)])
  )
  if (pull.headRepository.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase())
    return ignore(`pull request #${pull.number} comes from another repository (${pull.headRepository || 'a deleted fork'})`)
  if (pull.state !== 'open') return ignore(`pull request #${pull.number} is ${pull.state}`)
  // Only the pull request the action opened: a person's, whatever its body holds, is left alone.
  if (token && pull.author !== token)
    return ignore(
      `pull request #${pull.number} was opened by ${pull.author}, not by this token (${token}); if the survey runs with another github-token, give the review commands the same one`
    )
  const state = readState(pull.body)
  if (!state) return ignore(`pull request #${pull.number} is not a survey's (its body holds no survey state)`)
  // The post is read at the pull request's head while the branch's ref and proof are read.
  const [branch, early] = await Promise.all([
    readBranch(octokit, repo, pull, state.proof),
    readEarly(ctx, octokit, repo, state, pull.headSha)
  ])
  if (!branch.proof.sha || !branch.dates.includes(state.date))
    return ignore(`the branch '${pull.headRef}' is not the action's own for ${state.date}`)

  if (!COMMANDING_ROLES.includes(role)) {
    await reply(octokit, repo, pull.number, refusedReply(event.login, role))
    log.notice(`${event.login} has ${role} permission; the review commands take write, maintain or admin. Nothing changed.`)
    return outputsOf(undefined, undefined)
  }
  // 👀 goes out while the command reads the post; every later answer follows it.
  const eyes = reactSafely(ctx, octokit, repo, event.commentId, 'eyes')
  const answer = async (content: Reaction) => {
    await eyes
    await reactSafely(ctx, octokit, repo, event.commentId, content)
  }
  const parsed = parseCommands(event.body)
  if ('error' in parsed) return refuse(ctx, octokit, repo, pull.number, parsed.error, answer)
  if (parsed.commands[0]?.verb === 'help') {
    await reply(octokit, repo, pull.number, helpReply())
    await answer('rocket')
    return outputsOf(undefined, undefined)
  }
  return carryOut(ctx, octokit, { repo, pull, branch, state, commands: parsed.commands, early }, answer)
}

/**
 * The command carried out and answered. The reply tells what is on the branch: nothing, when the commit
 * never landed; the change and what is behind, when a later step failed (LandedError). A reply GitHub
 * refuses leaves the step failed; the job summary holds the answer either way.
 */
async function carryOut(
  ctx: RunContext,
  octokit: GitHubClient,
  run: CommandRun,
  answer: (content: Reaction) => Promise<void>
): Promise<Outputs> {
  const { log } = ctx
  const { repo, pull } = run
  const summary = (text: string) => writeSummary(ctx, `## Review command on pull request #${pull.number}\n\n${text}`)
  let done: Awaited<ReturnType<typeof applyCommands>>
  try {
    done = await applyCommands(ctx, octokit, run)
  } catch (error) {
    if (error instanceof ReviewError && error.badCommand) return refuse(ctx, octokit, repo, pull.number, error.message, answer)
    // Nothing visible changed unless the commit landed (LandedError): the reply says which.
    const message = error instanceof Error ? error.message : String(error)
    const text =
      error instanceof LandedError
        ? landedReply(error.landed.commit, error.landed.changes, message, error.landed.behind)
        : failedReply(message)
    const posted = await reply(octokit, repo, pull.number, log.redact(text)).then(
      () => true,
      () => false
    )
    await summary(`${text}${posted ? '' : '\nGitHub refused this reply on the pull request too.\n'}`)
    await answer('confused')
    throw error
  }
  // The change is made: 🚀 goes out with the reply, not after it.
  const rocket = answer('rocket')
  try {
    await reply(octokit, repo, pull.number, log.redact(done.reply))
  } catch (error) {
    // The change is on the branch and in the body; only the answer is missing: the step fails, saying so.
    const message = `The command's change is made (see the job summary), but GitHub refused the reply on pull request #${pull.number}: ${(error as Error).message}`
    await summary(`${done.reply}\n${message}\n`)
    await rocket
    await answer('confused')
    throw new Error(message, { cause: error })
  }
  await Promise.all([summary(done.reply), rocket])
  return done.outputs
}

async function refuse(
  { log }: RunContext,
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  number: number,
  problem: string,
  answer: (content: Reaction) => Promise<void>
): Promise<Outputs> {
  await reply(octokit, repo, number, log.redact(badCommandReply(problem)))
  await answer('confused')
  log.notice(`The command was not taken: ${problem}. Nothing changed.`)
  return outputsOf(undefined, undefined)
}

/** A reaction is a courtesy: one GitHub refuses is a warning, never the run's failure. */
async function reactSafely(ctx: RunContext, octokit: GitHubClient, repo: { owner: string; repo: string }, id: number, content: Reaction) {
  await react(octokit, repo, id, content).catch((e: unknown) =>
    ctx.log.warning(`Could not add the ${content} reaction: ${(e as Error).message}`)
  )
}
