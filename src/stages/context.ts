// What every stage of a run shares: what the run was given (its host, its settings) and how it speaks,
// and the clients it talks through. Creating a client sends nothing; the stages decide when to ask.
import { createOctokit, type GitHubClient } from '../github/octokit.js'
import { hostPolicy } from '../hosts.js'
import { createHttp, type Http } from '../http.js'
import { type Clock, type Env, inputFromEnv, type Log, type Runner } from '../runner.js'
import { readSettings, type Settings } from '../settings.js'
import { createClaude, describeApiError, type ModelClient } from '../summarize/claude.js'
import { CostCapError, CostMeter } from '../summarize/cost.js'

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
  claude: ModelClient
  meter: CostMeter
}

/** The context of one run: what it was given, how it speaks, what it talks through. */
export interface RunContext extends RunDeps {
  log: Log
  settings: Settings
  owner: string
  repo: string
  clients: Clients
}

/** Reads and checks every input, before any request; the run's secrets are masked from here on. */
export function startRun(deps: RunDeps, log: Log): RunContext {
  const { env } = deps
  const settings = readSettings(inputFromEnv(env), { workspace: env.GITHUB_WORKSPACE || process.cwd(), now: new Date(deps.clock.now()) })
  for (const secret of [settings.anthropicApiKey, settings.githubToken, settings.semanticScholarApiKey]) log.addSecret(secret)
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (settings.createPr && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new RunError('GITHUB_REPOSITORY is not set to owner/repo: run the action in a workflow, or set create-pr: false.')
  }
  if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
    log.warning('This workflow runs on pull_request_target: never let it check out or run code from the pull request, which is untrusted.')
  }
  const [owner = '', repo = ''] = repository.split('/')
  return { ...deps, log, settings, owner, repo, clients: createClients(deps, settings, log) }
}

function createClients(deps: RunDeps, settings: Settings, log: Log): Clients {
  return {
    http: createHttp({
      timeoutMs: settings.requestTimeoutMs,
      pacing: pacingFor(settings),
      sleep: deps.clock.sleep,
      now: deps.clock.now,
      hosts: hostPolicy(Object.values(settings.urls))
    }),
    octokit: settings.createPr
      ? createOctokit({
          token: settings.githubToken,
          baseUrl: deps.env.GITHUB_API_URL || 'https://api.github.com',
          onWarning: (m) => log.warning(m),
          ...deps.octokit
        })
      : undefined,
    claude: createClaude({
      apiKey: settings.anthropicApiKey,
      baseURL: settings.urls.anthropic,
      timeoutMs: settings.requestTimeoutMs,
      sleep: deps.clock.sleep
    }),
    meter: new CostMeter(settings.modelPrices, settings.maxCostUsd)
  }
}

/**
 * arXiv asks for one request every 3 s; Semantic Scholar's keyed rate is 1 per second; arXiv's HTML
 * pages are read one at a time, 4 a second at most. Where two services share a host, the slower pace wins.
 */
export function pacingFor(settings: Pick<Settings, 'urls'>): Record<string, number> {
  const pacing: Record<string, number> = {}
  const pace = (url: string, ms: number): void => {
    const host = new URL(url).host
    pacing[host] = Math.max(pacing[host] ?? 0, ms)
  }
  pace(settings.urls.arxiv, 3000)
  pace(settings.urls.semanticScholar, 1000)
  pace(settings.urls.arxivHtml, 250)
  return pacing
}

/** Claude API errors (bad key, unknown model, overload past every retry) stop the run with advice. */
export async function guardApi<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  } catch (error) {
    if (error instanceof CostCapError || error instanceof RunError) throw error
    throw new RunError(`${describeApiError(error)} Nothing was published.`)
  }
}
