// The clients of a run: the HTTP policy for the sources, Octokit, the Claude client and the cost meter.
// Creating a client sends nothing; the stages decide when to ask.
import { createOctokit } from '../github/octokit.js'
import { hostPolicy } from '../hosts.js'
import { createHttp } from '../http.js'
import type { Settings } from '../settings.js'
import { describeApiError, lazyClient } from '../summarize/claude.js'
import { CostCapError, CostMeter } from '../summarize/cost.js'
import { type Clients, type RunContext, RunError, type StartedRun } from './context.js'

export function withClients(run: StartedRun): RunContext {
  return { ...run, clients: createClients(run) }
}

function createClients({ settings, log, ...deps }: StartedRun): Clients {
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
    claude: lazyClient(async () =>
      (await import('../summarize/claude-sdk.js')).createClaude({
        apiKey: settings.anthropicApiKey,
        baseURL: settings.urls.anthropic,
        timeoutMs: settings.requestTimeoutMs,
        sleep: deps.clock.sleep
      })
    ),
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
