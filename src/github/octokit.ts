// The GitHub client: Octokit with the retry and throttling plugins, so GitHub's rate limits and
// transient 5xx are handled by them, not by a loop of ours. Writes keep GitHub's recommended spacing.
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck/light.js'

const PluggedOctokit = Octokit.plugin(retry, throttling)

export interface OctokitOptions {
  token: string
  baseUrl: string
  onWarning: (message: string) => void
  /** Tests shorten the retry plugin's back-off (1 s × attempt²) and turn off write spacing. */
  retryAfterBaseMs?: number
  throttle?: boolean
}

/**
 * The plugin's write group spaces the starts of writes a full second apart by default. A run makes at
 * most count + 6 content-creating requests, one at a time (publish.ts awaits each), well under GitHub's
 * 80 per minute, so the gap only adds waiting; rate-limit answers are still waited out by the plugin.
 */
const writes = new Bottleneck.Group({ id: 'hugo-paper-survey-write', maxConcurrent: 1, minTime: 0 })

export function createOctokit(options: OctokitOptions) {
  return new PluggedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'hugo-paper-survey',
    log: { debug: () => {}, info: () => {}, warn: options.onWarning, error: () => {} },
    retry: { retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
    throttle: {
      enabled: options.throttle ?? true,
      write: writes,
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        options.onWarning(`GitHub rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s`)
        return retryCount < 2
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        options.onWarning(`GitHub secondary rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s`)
        return retryCount < 1
      }
    }
  })
}

export type GitHubClient = ReturnType<typeof createOctokit>
