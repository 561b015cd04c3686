// The GitHub client: Octokit with the retry and throttling plugins, so GitHub's rate limits and
// transient 5xx are handled by them, not by a loop of ours. Rate limits (403 or 429, primary or
// secondary) belong to the throttling plugin alone, which waits as long as GitHub's headers say
// (retry-after, x-ratelimit-reset) and at most MAX_RATE_LIMIT_WAIT_S; the retry plugin, which would
// repeat a 429 after 1, 4 and 9 s whatever GitHub said, leaves them alone. Writes run one at a time,
// without a fixed gap (see `writes`).
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck/light.js'

const PluggedOctokit = Octokit.plugin(retry, throttling)

/**
 * Bottleneck's in-memory store yields to the event loop between its steps with setTimeout(0), which
 * Node floors at 1 ms: about a dozen per request through the plugin's limiters, 12 ms of idle before
 * every GitHub request (a review command's 17 requests one after another wait 0.2 s for nothing).
 * setImmediate yields the same way without the floor; waits of their own length stay timers.
 */
const store = Object.getPrototypeOf((new Bottleneck() as unknown as { _store: object })._store) as {
  yieldLoop: (ms?: number) => Promise<void>
}
store.yieldLoop = (ms = 0) => new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)))

export interface OctokitOptions {
  token: string
  baseUrl: string
  onWarning: (message: string) => void
  /** The unit of both plugins' waits (1 s): tests shorten it so rate limits are waited out at once. */
  retryAfterBaseMs?: number
  throttle?: boolean
  /** Spacing of requests that notify people (pull request, labels, reviewers): GitHub's 3 s unless a test shortens it. */
  notificationGapMs?: number
}

/**
 * The plugin's write group spaces the starts of writes a full second apart by default. A run makes at
 * most count + 6 content-creating requests, one at a time (publish.ts awaits each), well under GitHub's
 * 80 per minute, so the gap only adds waiting; rate-limit answers are still waited out by the plugin.
 */
const writes = new Bottleneck.Group({ id: 'hugo-paper-survey-write', maxConcurrent: 1, minTime: 0 })

/** Longest rate-limit wait the action sits through; a longer one fails with a rate-limit message. */
export const MAX_RATE_LIMIT_WAIT_S = 60

export function createOctokit(options: OctokitOptions) {
  const base = options.retryAfterBaseMs ?? 1000
  const handler =
    (kind: string, attempts: number) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retry = retryCount < attempts && retryAfter <= MAX_RATE_LIMIT_WAIT_S
      options.onWarning(
        `GitHub ${kind} rate limit hit for ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return retry
    }
  return new PluggedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'hugo-paper-survey',
    log: { debug: () => {}, info: () => {}, warn: options.onWarning, error: () => {} },
    // The retry plugin's own list, and 429: a rate limit is never repeated before GitHub says.
    retry: { retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      enabled: options.throttle ?? true,
      write: writes,
      // One client per run, so the group is the run's own.
      notifications: new Bottleneck.Group({ id: 'hugo-paper-survey-notify', maxConcurrent: 1, minTime: options.notificationGapMs ?? 3000 }),
      retryAfterBaseValue: base,
      onRateLimit: handler('primary', 2),
      onSecondaryRateLimit: handler('secondary', 1)
    }
  })
}

export type GitHubClient = ReturnType<typeof createOctokit>
