import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttp, HttpError, onFirstAnswer, retryDelay } from '../src/http.js'
import { fakeFetch, json, VirtualClock } from './support/fake-fetch.js'

describe('retries', () => {
  it('retries 429 and 5xx, honouring Retry-After, then gives the answer', async () => {
    const clock = new VirtualClock()
    let n = 0
    const f = fakeFetch(
      () =>
        ++n === 1 ? json({ message: 'Too Many Requests' }, 429, { 'retry-after': '7' }) : n === 2 ? json({}, 503) : json({ ok: true }),
      clock
    )
    const client = createHttp({ timeoutMs: 1000, fetch: f.fetch, sleep: clock.sleep, now: clock.now })
    expect(await client.json('https://api.example.org/x')).toEqual({ ok: true })
    expect(clock.sleeps).toEqual([7000, 2000]) // Retry-After, then the second back-off step
  })

  it('backs off from a 429 without Retry-After (Semantic Scholar’s shared pool) and succeeds', async () => {
    const clock = new VirtualClock()
    let n = 0
    const f = fakeFetch(
      () => (++n === 1 ? json(JSON.parse('{"message": "Too Many Requests.", "code": "429"}'), 429) : json({ total: 0, offset: 0 })),
      clock
    )
    const client = createHttp({ timeoutMs: 1000, fetch: f.fetch, sleep: clock.sleep, now: clock.now })
    expect(await client.json('https://api.semanticscholar.org/graph/v1/paper/search')).toEqual({ total: 0, offset: 0 })
    expect(clock.sleeps).toEqual([1000])
  })

  it('gives up after two retries with the last status, and never retries a 404', async () => {
    const clock = new VirtualClock()
    const always500 = fakeFetch(() => json({}, 500), clock)
    await expect(createHttp({ timeoutMs: 1000, fetch: always500.fetch, sleep: clock.sleep }).json('https://a.example/x')).rejects.toThrow(
      /HTTP 500/
    )
    expect(always500.sent).toHaveLength(3)
    const notFound = fakeFetch(() => json({}, 404), clock)
    await expect(createHttp({ timeoutMs: 1000, fetch: notFound.fetch, sleep: clock.sleep }).json('https://a.example/x')).rejects.toThrow(
      /HTTP 404/
    )
    expect(notFound.sent).toHaveLength(1)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryDelay('3', 1, 0)).toBe(3000)
    expect(retryDelay(new Date(10_000).toUTCString(), 1, 4000)).toBe(6000)
    expect(retryDelay(null, 1500, 0)).toBe(1500)
  })
})

describe('pacing', () => {
  it('spaces requests to a paced host at least the interval apart, one at a time, with no real waiting', async () => {
    const clock = new VirtualClock()
    const f = fakeFetch(() => json({}), clock)
    const client = createHttp({ timeoutMs: 1000, fetch: f.fetch, sleep: clock.sleep, now: clock.now, pacing: { 'export.arxiv.org': 3000 } })
    await Promise.all([1, 2, 3, 4, 5].map((i) => client.json(`https://export.arxiv.org/api/query?start=${i}`)))
    const times = f.sent.map((s) => s.at)
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(3000)
    expect(f.maxInFlight()).toBe(1)
    // Other hosts are not paced.
    const before = clock.sleeps.length
    await Promise.all([1, 2, 3].map(() => client.json('https://huggingface.co/api/daily_papers')))
    expect(clock.sleeps.length).toBe(before)
  })
})

describe('onFirstAnswer', () => {
  it('calls back once, when the first answer is in, not when the requests are asked', async () => {
    const clock = new VirtualClock()
    const f = fakeFetch(() => json({}), clock)
    let calls = 0
    const client = onFirstAnswer(createHttp({ timeoutMs: 1000, fetch: f.fetch, sleep: clock.sleep, now: clock.now }), () => calls++)
    const asked = [client.json('https://huggingface.co/a'), client.request('https://huggingface.co/b')]
    expect(calls).toBe(0)
    await Promise.all(asked)
    await client.json('https://huggingface.co/c')
    expect(calls).toBe(1)
  })
})

describe('against a loopback server', () => {
  let server: http.Server
  let base: string
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/hang') return
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(Buffer.alloc(5000, 32))
        return
      }
      if (req.url === '/truncated') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"data": [')
        setTimeout(() => res.destroy(), 20)
        return
      }
      if (req.url === '/html') {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html><body>Service Unavailable</body></html>')
        return
      }
      res.end('{}')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  it('paces from the moment a request is sent, not from the call: a slow host check does not shorten the gap', async () => {
    const clock = new VirtualClock()
    const arrivals: number[] = []
    const paced = http.createServer((req, res) => {
      arrivals.push(clock.now())
      res.end('{}')
    })
    await new Promise<void>((r) => paced.listen(0, '127.0.0.1', r))
    const host = `127.0.0.1:${(paced.address() as AddressInfo).port}`
    // The first request's host check takes 400 ms (a DNS lookup); the second's is instant.
    let checks = 0
    const hosts = {
      refusal: async (): Promise<string | undefined> => {
        if (checks++ === 0) await clock.sleep(400)
        return undefined
      }
    }
    const client = createHttp({ timeoutMs: 5000, sleep: clock.sleep, now: clock.now, hosts, pacing: { [host]: 1000 } })
    await Promise.all([client.json(`http://${host}/a`), client.json(`http://${host}/b`)])
    paced.closeAllConnections()
    paced.close()
    expect(arrivals).toHaveLength(2)
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(1000)
  })

  it('times out a request that hangs', async () => {
    const client = createHttp({ timeoutMs: 200, retries: 0 })
    await expect(client.json(`${base}/hang`)).rejects.toThrow(/no answer within 0.2 s/)
  })
  it('caps the size of a body', async () => {
    const client = createHttp({ timeoutMs: 1000, maxBytes: 1000 })
    await expect(client.json(`${base}/big`)).rejects.toThrow(/over the 1000-byte cap/)
  })
  it('reports a body cut off mid-way', async () => {
    const client = createHttp({ timeoutMs: 1000, retries: 0 })
    await expect(client.json(`${base}/truncated`)).rejects.toThrow(HttpError)
  })
  it('says when HTML came where JSON was expected', async () => {
    await expect(createHttp({ timeoutMs: 1000 }).json(`${base}/html`)).rejects.toThrow(/not JSON: <html><body>Service Unavailable/)
  })
  it('names a refused connection', async () => {
    const closed = http.createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise((r) => closed.close(r))
    const clock = new VirtualClock()
    await expect(createHttp({ timeoutMs: 1000, sleep: clock.sleep }).json(`http://127.0.0.1:${port}/`)).rejects.toThrow(
      /connection refused/
    )
    expect(clock.sleeps).toEqual([1000, 2000])
  })
})
