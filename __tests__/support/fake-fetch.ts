// A fetch that answers from a routing function, and a virtual clock, so the HTTP policy and the
// sources can be tested against recorded bodies without sockets or real waiting.
import fs from 'node:fs'

export const recorded = (rel: string): string => fs.readFileSync(new URL(`../../__fixtures__/recorded/${rel}`, import.meta.url), 'utf8')

export interface Sent {
  url: string
  method: string
  body?: string
  headers: Record<string, string>
  at: number
}

export type Route = (url: URL, init: RequestInit) => Response | Promise<Response>

export function fakeFetch(route: Route, clock?: VirtualClock) {
  const sent: Sent[] = []
  let inFlight = 0
  let maxInFlight = 0
  const fetch = (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    sent.push({
      url: url.toString(),
      method: init.method ?? 'GET',
      body: init.body as string | undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
      at: clock?.now() ?? Date.now()
    })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      return await route(url, init)
    } finally {
      inFlight--
    }
  }) as typeof globalThis.fetch
  return { fetch, sent, maxInFlight: () => maxInFlight }
}

/** Time that moves only when something sleeps. */
export class VirtualClock {
  readonly sleeps: number[] = []
  constructor(private t = 1_000_000) {}
  now = (): number => this.t
  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms)
    this.t += ms
    // Let I/O callbacks run, as a real wait would.
    await new Promise((resolve) => setImmediate(resolve))
  }
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers }
  })
export const xml = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/atom+xml' } })
