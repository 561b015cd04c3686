// The Claude client: one structured request per call. Retries follow the SDK's own policy (408, 409,
// 429, 5xx and 529, dropped connections and timeouts; retry-after-ms and retry-after honoured, else
// 0.5 s doubling to 8 s) but wait on the run's clock, so tests never sleep and a cancelled run stops
// waiting. The key is passed explicitly, so no environment variable is read for it.
import Anthropic from '@anthropic-ai/sdk'
import { retryDelay } from '../http.js'
import type { CallUsage } from './cost.js'
import { visibleText } from '../text.js'

export interface StructuredRequest {
  model: string
  system: string
  user: string
  schema: Record<string, unknown>
  maxTokens: number
}

export interface StructuredAnswer {
  /** The parsed JSON object, or undefined with `problem` set. */
  value?: Record<string, unknown>
  problem?: string
  usage?: CallUsage
}

export interface ModelClient {
  /** One call; `signal` cancels it (and its retries). */
  complete(request: StructuredRequest, signal?: AbortSignal): Promise<StructuredAnswer>
}

export interface ClaudeOptions {
  apiKey: string
  baseURL: string
  timeoutMs: number
  maxRetries?: number
  sleep: (ms: number) => Promise<void>
}

/** Longest wait a retry-after may ask for; a longer one ends the run instead of stalling it. */
export const MAX_RETRY_WAIT_MS = 60_000

export function createClaude(options: ClaudeOptions): ModelClient {
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: 0,
    logLevel: 'off'
  })
  const maxRetries = options.maxRetries ?? 4
  return {
    async complete(request, signal) {
      for (let attempt = 0; ; attempt++) {
        try {
          // No temperature, top_p or top_k: the API version this SDK sends rejects them. The 5.5 models
          // think adaptively by default and thinking counts against max_tokens; summarizing an abstract
          // needs little of it, so effort is low (Opus 5.5 cannot turn thinking off, every model takes effort).
          const message = await client.messages.create(
            {
              model: request.model,
              max_tokens: request.maxTokens,
              system: request.system,
              messages: [{ role: 'user', content: request.user }],
              output_config: { format: { type: 'json_schema', schema: request.schema }, effort: 'low' }
            },
            { signal }
          )
          return readAnswer(message)
        } catch (error) {
          const wait = attempt < maxRetries && !signal?.aborted ? retryWait(error, attempt) : undefined
          if (wait === undefined || wait > MAX_RETRY_WAIT_MS) throw error
          await options.sleep(wait)
          if (signal?.aborted) throw error
        }
      }
    }
  }
}

/** How long to wait before retrying after `error`, or undefined when it is not worth a retry. */
export function retryWait(error: unknown, attempt: number): number | undefined {
  if (error instanceof Anthropic.APIUserAbortError) return undefined
  const fallback = Math.min(500 * 2 ** attempt, 8000)
  if (error instanceof Anthropic.APIConnectionError) return fallback
  if (!(error instanceof Anthropic.APIError) || error.status === undefined) return undefined
  const headers = error.headers
  const told = headers?.get('x-should-retry')
  if (told === 'false') return undefined
  if (told !== 'true' && ![408, 409, 429].includes(error.status) && error.status < 500) return undefined
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '')
  if (ms > 0) return ms
  const wait = retryDelay(headers?.get('retry-after') ?? null, fallback, Date.now())
  return wait > 0 ? wait : fallback
}

interface MessageLike {
  stop_reason?: string | null
  content?: { type: string; text?: string }[]
  usage?: CallUsage
}

export function readAnswer(message: MessageLike): StructuredAnswer {
  const usage = message.usage
  if (message.stop_reason === 'refusal') return { problem: 'the model declined to answer', usage }
  if (message.stop_reason === 'max_tokens') return { problem: 'the answer was cut off at max_tokens', usage }
  const text = (message.content ?? [])
    .filter((b) => b.type === 'text')
    .map((b) => b.text ?? '')
    .join('')
    .trim()
  if (text === '') return { problem: 'the answer was empty', usage }
  try {
    const value = JSON.parse(text) as unknown
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object')
    // The model's words are untrusted text: made visible once, here, where they enter the run.
    return { value: visibleValues(value) as Record<string, unknown>, usage }
  } catch {
    return { problem: 'the answer was not the JSON object asked for', usage }
  }
}

/** Every string of a parsed JSON value made visible (see ../text.ts). */
function visibleValues(value: unknown): unknown {
  if (typeof value === 'string') return visibleText(value)
  if (Array.isArray(value)) return value.map(visibleValues)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visibleValues(v)]))
  return value
}

export const isApiError = (error: unknown): boolean => error instanceof Anthropic.APIError

/** API errors that no retry or replacement can fix: a bad key, a bad request, an unknown model. */
export function describeApiError(error: unknown): string {
  if (error instanceof Anthropic.APIError) {
    const status = error.status ? `HTTP ${error.status}` : 'no answer'
    const hint =
      error.status === 401
        ? ' Check the anthropic-api-key secret.'
        : error.status === 404
          ? ' Check the model input.'
          : error.status === 429 || error.status === 529
            ? ' The API stayed rate-limited or overloaded through every retry; re-run later or lower max-concurrency.'
            : ''
    return `Claude API call failed (${status}): ${error.message}.${hint}`
  }
  return `Claude API call failed: ${(error as Error)?.message ?? String(error)}`
}
