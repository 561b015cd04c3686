// The host rules of the one HTTP policy: redirects followed by the policy itself, credentials kept to
// their host, strangers' URLs kept off private addresses and plain http, image headers held to a size.
import { describe, expect, it } from 'vitest'
import { hostPolicy, isPrivateAddress } from '../src/hosts.js'
import { createHttp, HttpError } from '../src/http.js'
import { IMAGE_MAX_PIXELS, imageSizeProblem } from '../src/hugo/images.js'
import { fakeFetch, json } from './support/fake-fetch.js'

const redirect = (location: string, status = 302) => new Response(null, { status, headers: { location } })
const PUBLIC_BASES = ['https://api.semanticscholar.org', 'https://huggingface.co', 'https://export.arxiv.org']
const resolveTo = (address: string) => () => Promise.resolve([address])

describe('redirects', () => {
  it('are followed by the policy, and a credential never follows one that leaves its host', async () => {
    const f = fakeFetch((url) =>
      url.host === 'api.semanticscholar.org' && url.pathname === '/a'
        ? redirect('/b')
        : url.pathname === '/b'
          ? redirect('https://mirror.example.org/c')
          : json({ ok: true })
    )
    const http = createHttp({ timeoutMs: 1000, fetch: f.fetch, hosts: hostPolicy(PUBLIC_BASES, resolveTo('93.184.215.14')) })
    const headers = { 'x-api-key': 'key-123', Authorization: 'Bearer t', accept: 'application/json' }
    expect(await http.json('https://api.semanticscholar.org/a', { headers })).toEqual({ ok: true })
    expect(f.sent.map((s) => s.url)).toEqual([
      'https://api.semanticscholar.org/a',
      'https://api.semanticscholar.org/b',
      'https://mirror.example.org/c'
    ])
    expect(f.sent[1]!.headers['x-api-key']).toBe('key-123') // same host: kept
    expect(f.sent[2]!.headers).toEqual({ accept: 'application/json' }) // another host: no credential
  })

  it('stop after three, and a POST becomes a GET unless the redirect is 307 or 308', async () => {
    const loop = fakeFetch((url) => redirect(`/r${Number(url.pathname.slice(2) || 0) + 1}`))
    const http = createHttp({ timeoutMs: 1000, fetch: loop.fetch, retries: 0 })
    await expect(http.request('https://api.example.org/r0')).rejects.toThrow(/more than 3 redirects/)
    expect(loop.sent).toHaveLength(4)

    const post = fakeFetch((url) => (url.pathname === '/p' ? redirect('/q', 303) : url.pathname === '/q' ? redirect('/s', 307) : json({})))
    await createHttp({ timeoutMs: 1000, fetch: post.fetch }).request('https://api.example.org/p', { method: 'POST', body: '{}' })
    expect(post.sent.map((s) => s.method)).toEqual(['POST', 'GET', 'GET'])
  })

  it('to a private address or plain http are refused, naming the address, with nothing sent there', async () => {
    for (const target of [
      'http://mirror.example.org/x',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.5/',
      'https://[::1]/'
    ]) {
      const f = fakeFetch((url) => (url.host === 'huggingface.co' ? redirect(target) : json({})))
      const http = createHttp({ timeoutMs: 1000, fetch: f.fetch, hosts: hostPolicy(PUBLIC_BASES, resolveTo('93.184.215.14')) })
      const error = await http.request('https://huggingface.co/api/x').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HttpError)
      expect((error as Error).message).toMatch(/refused to ask .* \(redirected from https:\/\/huggingface\.co\/api\/x\): /)
      expect(f.sent).toHaveLength(1)
    }
  })
})

describe('the host rules', () => {
  it('trust the configured services and hold every other address to https and public addresses', async () => {
    const policy = hostPolicy(PUBLIC_BASES, (host) => Promise.resolve(host === 'rebound.example' ? ['127.0.0.1'] : ['93.184.215.14']))
    expect(await policy.refusal(new URL('https://huggingface.co/api'))).toBeUndefined()
    expect(await policy.refusal(new URL('https://cdn-thumbnails.huggingface.co/p.png'))).toBeUndefined()
    expect(await policy.refusal(new URL('http://cdn.example/p.png'))).toMatch(/http is not allowed/)
    expect(await policy.refusal(new URL('https://192.168.1.1/p.png'))).toMatch(/private/)
    expect(await policy.refusal(new URL('https://localhost:8080/'))).toMatch(/private/)
    expect(await policy.refusal(new URL('https://rebound.example/p.png'))).toMatch(/resolves to 127\.0\.0\.1/)
  })

  it('allow loopback and http when a configured service is itself there (the stand-ins, a local mirror)', async () => {
    const policy = hostPolicy(['http://127.0.0.1:4000', 'https://api.anthropic.com'], resolveTo('127.0.0.1'))
    expect(await policy.refusal(new URL('http://127.0.0.1:4001/image.png'))).toBeUndefined()
  })

  it('open only the configured private host name, never another private address and never a link-local one', async () => {
    const policy = hostPolicy(['http://10.0.0.5:8080', 'https://api.anthropic.com'], resolveTo('93.184.215.14'))
    expect(await policy.refusal(new URL('http://10.0.0.5:8080/api'))).toBeUndefined()
    expect(await policy.refusal(new URL('http://10.0.0.5:9000/image.png'))).toBeUndefined()
    for (const stranger of ['http://10.0.0.6/', 'http://192.168.1.1/', 'http://127.0.0.1/', 'http://localhost:8080/'])
      expect(await policy.refusal(new URL(stranger)), stranger).toMatch(/private/)
    for (const metadata of ['http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/', 'http://[::ffff:169.254.169.254]/'])
      expect(await policy.refusal(new URL(metadata)), metadata).toMatch(/link-local/)
    // Even beside a configured service that is itself link-local, only that exact host is reached.
    const onLinkLocal = hostPolicy(['http://169.254.10.10:80'], resolveTo('93.184.215.14'))
    expect(await onLinkLocal.refusal(new URL('http://169.254.10.10/'))).toBeUndefined()
    expect(await onLinkLocal.refusal(new URL('http://169.254.169.254/'))).toMatch(/link-local/)
  })

  it('know the private, loopback and link-local ranges of both families', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:10.0.0.1'
    ])
      expect(isPrivateAddress(a), a).toBe(true)
    for (const a of ['93.184.215.14', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) expect(isPrivateAddress(a), a).toBe(false)
  })
})

/** Headers of each type declaring 50,000 × 50,000 pixels, followed by nothing: a few bytes that would need gigabytes. */
function bomb(type: 'png' | 'gif' | 'jpg' | 'webp', width = 50_000, height = 50_000): Buffer {
  if (type === 'png') {
    const ihdr = Buffer.alloc(25)
    ihdr.writeUInt32BE(13, 0)
    ihdr.write('IHDR', 4, 'latin1')
    ihdr.writeUInt32BE(width, 8)
    ihdr.writeUInt32BE(height, 12)
    ihdr.set([8, 6, 0, 0, 0], 16)
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr])
  }
  if (type === 'gif') {
    const b = Buffer.alloc(13)
    b.write('GIF89a', 0, 'latin1')
    b.writeUInt16LE(Math.min(width, 65535), 6)
    b.writeUInt16LE(Math.min(height, 65535), 8)
    return b
  }
  if (type === 'jpg') {
    const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    sof.writeUInt16BE(height, 5)
    sof.writeUInt16BE(width, 7)
    return Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'),
      sof
    ])
  }
  const vp8x = Buffer.alloc(30)
  vp8x.write('RIFF', 0, 'latin1')
  vp8x.writeUInt32LE(22, 4)
  vp8x.write('WEBPVP8X', 8, 'latin1')
  vp8x.writeUInt32LE(10, 16)
  vp8x.writeUIntLE(width - 1, 24, 3)
  vp8x.writeUIntLE(height - 1, 27, 3)
  return vp8x
}

describe('images', () => {
  it.each(['png', 'gif', 'jpg', 'webp'] as const)('a %s header declaring 50,000 × 50,000 pixels is refused', (type) => {
    expect(imageSizeProblem(bomb(type))).toMatch(/declares 50000 × 50000 pixels, over the limit of 40 megapixels and 12,000 pixels a side/)
    expect(imageSizeProblem(bomb(type, 1200, 800))).toBeUndefined()
  })

  it('limits the area as well as each side, and refuses a header that does not say its size', () => {
    expect(imageSizeProblem(bomb('png', 11_000, 11_000))).toMatch(/declares 11000 × 11000/)
    expect(11_000 * 11_000).toBeGreaterThan(IMAGE_MAX_PIXELS)
    expect(imageSizeProblem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('its header does not say its size')
  })
})
