// The one HTTP policy for the sources and the image hosts: a timeout and a size cap on every
// request, retries on 429/5xx and dropped connections (honouring Retry-After), per-host politeness
// (requests to a paced host run one at a time, each sent at least the host's interval after the last),
// and the host rules of hosts.ts on every address asked, redirects included: they are followed here, at
// most MAX_REDIRECTS, and a credential header never follows a redirect to another origin.
// The Anthropic SDK and Octokit bring their own retry policies; they are configured in their modules.

import diagnostics from 'node:diagnostics_channel'
import type { HostPolicy } from './hosts.js'
import { visibleText } from './text.js'

export const MAX_REDIRECTS = 3
/** Headers that carry a credential for the host they were set for, and no other. */
const CREDENTIAL_HEADERS = /^(authorization|x-api-key|cookie|proxy-authorization)$/i

export class HttpError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly body?: string
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** A request the host rules do not allow: never retried, nothing was sent. */
export class RefusedError extends HttpError {}

export interface HttpResponse {
  status: number
  headers: Headers
  body: Buffer
  url: string
  text(): string
}

export interface RequestOptions {
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** Response size cap in bytes; defaults to the client's. */
  maxBytes?: number
  /** Attempts after the first one; defaults to the client's. */
  retries?: number
}

export interface HttpOptions {
  timeoutMs: number
  maxBytes?: number
  /** Attempts after the first one, for 429, 5xx and dropped connections. */
  retries?: number
  /** First back-off when a 429/5xx carries no Retry-After; doubles each attempt. */
  backoffMs?: number
  /** Longest Retry-After honoured; a longer one gives up. */
  maxRetryAfterMs?: number
  /** Hosts (`host:port` as in URL.host) that must be paced. */
  pacing?: Record<string, number>
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  fetch?: typeof fetch
  /** Which addresses may be asked (see hosts.ts); every address when not set. */
  hosts?: HostPolicy
}

export interface Http {
  request(url: string, options?: RequestOptions): Promise<HttpResponse>
  /** GET or POST that must answer 2xx with JSON. */
  json<T>(url: string, options?: RequestOptions): Promise<T>
}

const RETRYABLE = new Set([429, 500, 502, 503, 504])
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function createHttp(options: HttpOptions): Http {
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const doFetch = options.fetch ?? fetch
  const retries = options.retries ?? 2
  const backoffMs = options.backoffMs ?? 1000
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000
  const pacers = new Map<string, Pacer>()
  for (const [host, interval] of Object.entries(options.pacing ?? {})) pacers.set(host, new Pacer(host, interval, sleep, now))

  async function once(url: string, opts: RequestOptions): Promise<HttpResponse> {
    const maxBytes = opts.maxBytes ?? options.maxBytes ?? 10 * 1024 * 1024
    const signal = AbortSignal.timeout(options.timeoutMs)
    const { res, finalUrl } = await follow({ doFetch, hosts: options.hosts, timeoutMs: options.timeoutMs }, url, opts, signal)
    const declared = Number(res.headers.get('content-length') ?? '0')
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined)
      throw new HttpError(`response of ${declared} bytes is over the ${maxBytes}-byte cap`, url, res.status)
    }
    const body = await readCapped(res, maxBytes, url, options.timeoutMs)
    return { status: res.status, headers: res.headers, body, url: finalUrl, text: () => body.toString('utf8') }
  }

  async function request(url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    const pacer = pacers.get(new URL(url).host)
    for (let attempt = 0; ; attempt++) {
      let res: HttpResponse | undefined
      let failure: HttpError | undefined
      try {
        res = pacer ? await pacer.run(() => once(url, opts)) : await once(url, opts)
      } catch (error) {
        if (!(error instanceof HttpError) || !isRetryableFailure(error) || attempt >= (opts.retries ?? retries)) throw error
        failure = error
      }
      if (res && (!RETRYABLE.has(res.status) || attempt >= (opts.retries ?? retries))) return res
      const wait = res ? retryDelay(res.headers.get('retry-after'), backoffMs * 2 ** attempt, now()) : backoffMs * 2 ** attempt
      if (wait > maxRetryAfterMs) {
        if (res) return res
        throw failure as HttpError
      }
      await sleep(wait)
    }
  }

  async function json<T>(url: string, opts: RequestOptions = {}): Promise<T> {
    const res = await request(url, { ...opts, headers: { accept: 'application/json', ...opts.headers } })
    const text = res.text()
    if (res.status < 200 || res.status > 299) throw new HttpError(`HTTP ${res.status}${briefBody(text)}`, url, res.status, text)
    try {
      return JSON.parse(text) as T
    } catch {
      throw new HttpError(`the response is not JSON${briefBody(text)}`, url, res.status, text)
    }
  }

  return { request, json }
}

/**
 * The same client, calling `then` once, when its first answer (or failure) is in: by then every request
 * sent before it is on the wire, so work started there delays none of them.
 */
export function onFirstAnswer(http: Http, then: () => void): Http {
  let called = false
  const watched = <T>(answer: Promise<T>): Promise<T> => {
    answer
      .finally(() => {
        if (called) return
        called = true
        then()
      })
      .catch(() => {})
    return answer
  }
  return { request: (url, opts) => watched(http.request(url, opts)), json: (url, opts) => watched(http.json(url, opts)) }
}

/** One request and its redirects, each address checked against the host rules. */
async function follow(
  { doFetch, hosts, timeoutMs }: { doFetch: typeof fetch; hosts?: HostPolicy; timeoutMs: number },
  url: string,
  opts: RequestOptions,
  signal: AbortSignal
): Promise<{ res: Response; finalUrl: string }> {
  let current = new URL(url)
  let { method = 'GET', body, headers = {} } = opts
  for (let hop = 0; ; hop++) {
    const refused = await hosts?.refusal(current)
    if (refused) throw new RefusedError(`refused to ask ${current.origin}${hop ? ` (redirected from ${url})` : ''}: ${refused}`, url)
    let res: Response
    try {
      res = await doFetch(current.toString(), { method, headers, body, signal, redirect: 'manual' })
    } catch (error) {
      throw new HttpError(describeFetchError(error, timeoutMs), url)
    }
    const location = res.headers.get('location')
    if (![301, 302, 303, 307, 308].includes(res.status) || !location) return { res, finalUrl: current.toString() }
    await res.body?.cancel().catch(() => undefined)
    if (hop >= MAX_REDIRECTS) throw new HttpError(`more than ${MAX_REDIRECTS} redirects`, url, res.status)
    const next = new URL(location, current)
    // The credentials were meant for this origin only.
    if (next.origin !== current.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.test(k)))
    if (res.status !== 307 && res.status !== 308) [method, body] = ['GET', undefined]
    current = next
  }
}

/**
 * Serialises requests to one host and spaces their starts. A request starts when fetch sends its
 * headers (undici's `sendHeaders` event): the host check's DNS lookup and a new connection's handshake
 * come before that, and counting from the call would let the next request arrive sooner than the pace.
 */
class Pacer {
  private tail: Promise<unknown> = Promise.resolve()
  private lastStart = -Infinity

  constructor(
    private readonly host: string,
    private readonly intervalMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(async () => {
      const wait = this.lastStart + this.intervalMs - this.now()
      if (wait > 0) await this.sleep(wait)
      // The call's moment stands where no headers are seen (a fetch other than Node's).
      this.lastStart = this.now()
      // A subscriber that threw would be rethrown as an uncaught exception: read the event defensively.
      const sent = (message: unknown) => {
        const origin = (message as { request?: { origin?: unknown } } | undefined)?.request?.origin
        if (typeof origin === 'string' && URL.canParse(origin) && new URL(origin).host === this.host) this.lastStart = this.now()
      }
      diagnostics.subscribe('undici:client:sendHeaders', sent)
      try {
        return await task()
      } finally {
        diagnostics.unsubscribe('undici:client:sendHeaders', sent)
      }
    })
    this.tail = result.catch(() => undefined)
    return result
  }
}

/** Delay for a Retry-After header (seconds or an HTTP date), else the given back-off. */
export function retryDelay(header: string | null, fallbackMs: number, nowMs: number): number {
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header.trim()) * 1000
    const at = Date.parse(header)
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs)
  }
  return fallbackMs
}

function isRetryableFailure(error: HttpError): boolean {
  return !(error instanceof RefusedError) && error.status === undefined && !error.message.startsWith('no answer within')
}

async function readCapped(res: Response, maxBytes: number, url: string, timeoutMs: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength
      if (size > maxBytes) {
        await res.body.cancel().catch(() => undefined)
        throw new HttpError(`response is over the ${maxBytes}-byte cap`, url, res.status)
      }
      chunks.push(Buffer.from(chunk))
    }
  } catch (error) {
    if (error instanceof HttpError) throw error
    throw new HttpError(`the response was cut off (${describeFetchError(error, timeoutMs)})`, url, res.status)
  }
  return Buffer.concat(chunks)
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`
  const code = e?.cause?.code
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found'
  return e?.cause?.message ?? e?.message ?? String(error)
}

function briefBody(text: string): string {
  const flat = visibleText(text).replace(/\s+/g, ' ').trim()
  return flat ? `: ${flat.length > 200 ? `${flat.slice(0, 200)}…` : flat}` : ''
}
