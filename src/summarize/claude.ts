// What the run asks of Claude: one structured request per call (claude-sdk.ts makes it with the SDK),
// the answer read as untrusted text, and which errors are the API's. The SDK loads with the first call
// (`lazyClient`), or earlier when the survey asks (`warm`): a review command that calls no model never loads it.
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

/** A client that makes its real one (and loads the SDK) with the first call, or when warmed. */
export interface LazyModelClient extends ModelClient {
  /**
   * Loads the SDK now, without waiting: its chunk is the largest a survey loads (about 50 ms to read and
   * compile), better spent while the sources answer than between the last answer and the first call.
   * A failed load is reported by the first call, as without warming.
   */
  warm(): void
}

export function lazyClient(load: () => Promise<ModelClient>): LazyModelClient {
  let client: Promise<ModelClient> | undefined
  return {
    complete: async (request, signal) => (await (client ??= load())).complete(request, signal),
    warm: () => void (client ??= load()).catch(() => {})
  }
}

/** The errors the SDK threw as the API's (claude-sdk.ts marks them): known without loading the SDK. */
const apiErrors = new WeakSet<object>()
export const markApiError = (error: unknown): void => void (typeof error === 'object' && error !== null && apiErrors.add(error))
export const isApiError = (error: unknown): boolean => typeof error === 'object' && error !== null && apiErrors.has(error)

/** API errors that no retry or replacement can fix: a bad key, a bad request, an unknown model. */
export function describeApiError(error: unknown): string {
  if (isApiError(error)) {
    const { status: code, message } = error as { status?: number; message: string }
    const status = code ? `HTTP ${code}` : 'no answer'
    const hint =
      code === 401
        ? ' Check the anthropic-api-key secret.'
        : code === 404
          ? ' Check the model input.'
          : code === 429 || code === 529
            ? ' The API stayed rate-limited or overloaded through every retry; re-run later or lower max-concurrency.'
            : ''
    return `Claude API call failed (${status}): ${message}.${hint}`
  }
  return `Claude API call failed: ${(error as Error)?.message ?? String(error)}`
}
