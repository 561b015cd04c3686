// Behaviours the README promises, each tested so that breaking it fails the test.
import { describe, expect, it } from 'vitest'
import { startStandIns } from '../scripts/stand-ins.mjs'
import { createHttp } from '../src/http.js'
import { firstFigureUrl } from '../src/hugo/images.js'
import { Log, type Runner } from '../src/runner.js'
import { inertText } from '../src/github/inert.js'
import { DEFAULT_PRICES } from '../src/settings.js'
import { CostCapError, CostMeter } from '../src/summarize/cost.js'
import { runAgainst, tempWorkspace } from './e2e/helpers.js'
import { fakeFetch, json, VirtualClock } from './support/fake-fetch.js'
import { memoryRunner } from './support/in-process.js'

describe('the HTTP policy', () => {
  it('gives up at once on a Retry-After longer than it waits, answering with the 429', async () => {
    const clock = new VirtualClock()
    const f = fakeFetch(() => json({ error: 'slow down' }, 429, { 'retry-after': '3600' }))
    const client = createHttp({ timeoutMs: 1000, fetch: f.fetch, sleep: clock.sleep, now: clock.now })
    await expect(client.json('https://a.example/x')).rejects.toThrow(/HTTP 429/)
    expect(f.sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('never retries a timeout: one request, then the error', async () => {
    const clock = new VirtualClock()
    const f = fakeFetch(
      (_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    )
    const client = createHttp({ timeoutMs: 50, fetch: f.fetch, sleep: clock.sleep, now: clock.now })
    await expect(client.json('https://a.example/hang')).rejects.toThrow(/no answer within 0.05 s/)
    expect(f.sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })
})

describe('the first figure', () => {
  it('is found relative to the page’s <base href>, not to the page address', () => {
    const html = '<html><head><base href="/html/2602.23363v2/"></head><body><figure><img src="x1.png"></figure></body></html>'
    expect(firstFigureUrl(html, 'https://arxiv.org/html/2602.23363')).toBe('https://arxiv.org/html/2602.23363v2/x1.png')
    expect(firstFigureUrl('<figure><img src="x1.png"></figure>', 'https://arxiv.org/html/2602.23363')).toBe(
      'https://arxiv.org/html/2602.23363/x1.png'
    )
  })
})

describe('the cost meter', () => {
  it('counts the worst case of every call in flight against the cap, and frees it with the real usage', () => {
    // Each call may cost up to 1000 input + 1000 output tokens on Sonnet: 0.002 + 0.01 = 0.012 USD.
    const meter = new CostMeter(DEFAULT_PRICES, 0.03)
    const first = meter.reserve('claude-sonnet-5-5', 1000, 1000)
    const second = meter.reserve('claude-sonnet-5-5', 1000, 1000)
    expect(() => meter.reserve('claude-sonnet-5-5', 1000, 1000)).toThrow(CostCapError) // 3 × 0.012 > 0.03
    first({ input_tokens: 100, output_tokens: 100 })
    const third = meter.reserve('claude-sonnet-5-5', 1000, 1000) // 0.0012 spent + 2 × 0.012 reserved
    second(undefined)
    third({ input_tokens: 100, output_tokens: 100 })
    expect(meter.usage.calls).toBe(2)
    expect(meter.usage.costUsd).toBeCloseTo(2 * (100 * 2e-6 + 100 * 10e-6), 12)
  })
})

describe('the log', () => {
  it('keeps a line break in a message from starting a workflow command, and redacts pieces of secrets', () => {
    const { runner, result } = memoryRunner()
    const log = new Log(runner as Runner)
    log.addSecret('sk-ant-0123456789abcdefghij')
    log.info('Wrote content/posts\n::set-output name=x::y and 23456789abcdef')
    log.warning('title\r\n::error::fake')
    const lines = result([]).stdout.split('\n')
    expect(lines.filter((l) => /^::(set-output|error)/.test(l))).toEqual([])
    expect(lines.some((l) => l.startsWith('Wrote content/posts ⏎ ::set-output name=x::y and ') && l.includes('***'))).toBe(true)
    expect(lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toMatch(/23456789abcd|3456789abcde|456789abcdef/)
  })
})

describe('redaction', () => {
  it('finds a secret in text escaped for GitHub or Markdown before it was redacted', () => {
    const { runner, result } = memoryRunner()
    const log = new Log(runner as Runner)
    const key = 'sk-ant-api03-gh-5_0123456789abcdef'
    log.addSecret(key)
    const shown = [
      inertText(`the key ${key} was echoed`),
      `a_b ${key.replace(/_/g, '\\_').replace(/-/g, '\\-')} c`,
      inertText(`a_b ${key.replace(/_/g, '\\_').replace(/-/g, '\\-')} c`)
    ]
    for (const text of shown) expect(log.redact(text), text).toMatch(/^(the key \*\*\* was echoed|a_b \*\*\* c)$/)
    // A text without a secret comes back as it was, escapes and all.
    const plain = inertText('see @octo and GH-1 in a\\_b')
    expect(log.redact(plain)).toBe(plain)
    log.info(shown[0]!)
    const shownLines = result([])
      .stdout.split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
    expect(shownLines.join('\n')).not.toContain('0123456789ab')
  })
})

describe('reports of a run', () => {
  it('the job summary of an empty run is redacted like every other text', async () => {
    const key = 's2-secret-key-0123456789'
    const s = await startStandIns({ faults: { semanticScholar: () => ({ status: 403, body: { message: `Forbidden for key ${key}` } }) } })
    try {
      const r = await runAgainst(s, tempWorkspace(), { date: '2026-01-10', 'semantic-scholar-api-key': key })
      expect(r.code).toBe(0)
      expect(r.summary).toContain('No post was written: no new paper for 2026-01-10')
      expect(r.summary).toContain('Forbidden for key ***')
      expect(r.summary).not.toContain(key)
    } finally {
      await s.close()
    }
  })

  it('a model without a known price publishes with the cost said to be unknown, never a made-up number', async () => {
    const s = await startStandIns()
    try {
      const r = await runAgainst(s, tempWorkspace(), { images: 'none', 'create-pr': 'false', model: 'claude-sonnet-9-9' })
      expect(r.code, r.stdout).toBe(0)
      expect(r.outputs['cost-usd']).toBe('')
      expect(Number(r.outputs['output-tokens'])).toBeGreaterThan(0)
      expect(r.summary).toContain('cost unknown (no price for the model; see model-prices)')
    } finally {
      await s.close()
    }
  })

  it('a runner without a job summary never fails a run that already published', async () => {
    const s = await startStandIns()
    try {
      const r = await runAgainst(s, tempWorkspace(), { images: 'none' }, {}, { summary: false })
      expect(r.code, r.stdout).toBe(0)
      expect(s.github.pulls).toHaveLength(1)
      expect(r.stdout).toContain('::warning::Could not write the job summary')
    } finally {
      await s.close()
    }
  })
})
