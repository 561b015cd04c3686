// The Claude client made with the SDK: one structured request per call. Retries follow the SDK's own
// policy (408, 409, 429, 5xx and 529, dropped connections and timeouts; retry-after-ms and retry-after
// honoured, else 0.5 s doubling to 8 s) but wait on the run's clock, so tests never sleep and a
// cancelled run stops waiting. The key is passed explicitly, so no environment variable is read for it.
import Anthropic from '@anthropic-ai/sdk'
import { retryDelay } from '../http.js'
import { type ClaudeOptions, markApiError, MAX_RETRY_WAIT_MS, type ModelClient, readAnswer } from './claude.js'

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
          if (wait === undefined || wait > MAX_RETRY_WAIT_MS) {
            if (error instanceof Anthropic.APIError) markApiError(error)
            throw error
          }
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
