// What every stage of a run shares: what the run was given (its host, its settings) and how it speaks,
// and the clients it talks through. Creating a client sends nothing; the stages decide when to ask.
// Only types of the clients here: this module starts every run, and the clients load after the inputs are read.
import type { GitHubClient } from '../github/octokit.js'
import type { Http } from '../http.js'
import { type Clock, type Env, inputFromEnv, type Log, type Runner } from '../runner.js'
import { readSettings, type Settings } from '../settings.js'
import { withSiteLanguage } from './languages.js'
import type { LazyModelClient } from '../summarize/claude.js'
import type { CostMeter } from '../summarize/cost.js'

/** A run that cannot go on, with the message the maintainer reads; nothing wrong was published. */
export class RunError extends Error {}

/** Everything a run takes from its host. The runner's defaults; tests pass a virtual clock and a recording runner. */
export interface RunDeps {
  env: Env
  clock: Clock
  runner: Runner
  /** Octokit's own waits (its retry back-off base, its throttling), shortened or turned off in tests. */
  octokit?: { retryAfterBaseMs?: number; throttle?: boolean; notificationGapMs?: number }
}

/** The clients of one run. `octokit` only when the run opens a pull request. */
export interface Clients {
  http: Http
  octokit?: GitHubClient
  claude: LazyModelClient
  meter: CostMeter
}

/** A run whose inputs are read and checked: what it was given and how it speaks. */
export interface StartedRun extends RunDeps {
  log: Log
  settings: Settings
  owner: string
  repo: string
}

/** The context of one run: what it was given, how it speaks, what it talks through. */
export interface RunContext extends StartedRun {
  clients: Clients
}

/** The settings of a run for another date than the input's: a review command's, whose date is its pull request's. */
export function settingsFor(run: Pick<StartedRun, 'env' | 'clock' | 'log'>, date: string): Settings {
  const input = inputFromEnv(run.env)
  const given = readSettings((name) => (name === 'date' ? date : input(name)), {
    workspace: run.env.GITHUB_WORKSPACE || process.cwd(),
    now: new Date(run.clock.now())
  })
  return withSiteLanguage(given, { info: () => undefined, warning: run.log.warning })
}

/** Reads and checks every input, before any request; the run's secrets are masked from here on. */
export function startRun(deps: RunDeps, log: Log): StartedRun {
  const { env } = deps
  const given = readSettings(inputFromEnv(env), { workspace: env.GITHUB_WORKSPACE || process.cwd(), now: new Date(deps.clock.now()) })
  for (const secret of [given.anthropicApiKey, given.githubToken, given.semanticScholarApiKey]) log.addSecret(secret)
  const settings = withSiteLanguage(given, log)
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (settings.createPr && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new RunError('GITHUB_REPOSITORY is not set to owner/repo: run the action in a workflow, or set create-pr: false.')
  }
  if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
    log.warning('This workflow runs on pull_request_target: never let it check out or run code from the pull request, which is untrusted.')
  }
  const [owner = '', repo = ''] = repository.split('/')
  return { ...deps, log, settings, owner, repo }
}
