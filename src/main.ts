// run(): reads and checks every input, then loads the survey (survey.ts, its stages and clients), or on
// issue_comment the review commands (review/), and runs it. The only place that sets outputs and fails
// the run. A bad input is told before anything heavier than the input parser has loaded: the survey's
// code is a chunk of its own in dist/.
import type { Outputs } from './run-report.js'
import { actionsRunner, Log, realClock } from './runner.js'
import { type RunDeps, startRun } from './stages/context.js'

export type { RunDeps } from './stages/context.js'

export async function run(given: Partial<RunDeps> = {}): Promise<void> {
  const deps: RunDeps = { env: process.env, clock: realClock, runner: actionsRunner, ...given }
  const log = new Log(deps.runner)
  try {
    const started = startRun(deps, log)
    // A comment on a pull request is a review command (review/); any other event runs the survey.
    const outputs: Outputs =
      deps.env.GITHUB_EVENT_NAME === 'issue_comment'
        ? await (await import('./review/index.js')).review(started)
        : await (await import('./survey.js')).survey(started)
    for (const [name, value] of Object.entries(outputs)) deps.runner.setOutput(name, log.redact(value))
  } catch (error) {
    log.fail(error instanceof Error ? error.message : String(error))
  }
}
