// Faults injected at the stand-ins, through the action (in-process, virtual clock): each has its defined outcome.
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadSeedDataset, startStandIns } from '../../scripts/stand-ins.mjs'
import { errorsOf, runAgainst, type StandIns, tempWorkspace, warningsOf, writesTo } from './helpers.js'

let s: StandIns | undefined
afterEach(async () => {
  await s?.close()
  s = undefined
})
const start = async (options: Parameters<typeof startStandIns>[0]) => (s = await startStandIns(options))
const local = { 'create-pr': 'false', 'github-token': '' }
const post = (ws: string) => fs.readFileSync(path.join(ws, 'content/posts/2026-03-01-llm-papers/index.md'), 'utf8')

describe('sources', () => {
  it('a hanging source times out with a warning; the others go on', async () => {
    const st = await start({ faults: { semanticScholar: () => ({ hang: true }) } })
    const r = await runAgainst(st, tempWorkspace(), { ...local, images: 'none', 'request-timeout': '1' })
    expect(r.code).toBe(0)
    expect(warningsOf(r.stdout).join('\n')).toMatch(/Source semantic-scholar failed and was skipped: .*no answer within 1 s/)
    expect(r.outputs['paper-count']).toBe('5')
  })

  it('an HTML page where the Atom feed was expected is a warning', async () => {
    const st = await start({ arxiv: () => ({ body: '<html><body><h1>503 Service Unavailable</h1></body></html>', type: 'text/html' }) })
    const r = await runAgainst(st, tempWorkspace(), { ...local, images: 'none' })
    expect(r.code).toBe(0)
    expect(warningsOf(r.stdout).join('\n')).toMatch(/Source arxiv failed and was skipped: arXiv's answer is not an Atom feed/)
  })

  it('a truncated JSON body and a body over the size cap are warnings', async () => {
    const huge = `[${'{"paper":{"id":"2602.00001"}},'.repeat(400_000)}{}]`
    const st = await start({
      faults: {
        huggingface: (req: { url: string }) =>
          req.url.includes('2026-02-27')
            ? { body: '[{"paper": {"id": "2602.2' }
            : req.url.includes('2026-02-28')
              ? { body: huge }
              : undefined
      }
    })
    const r = await runAgainst(st, tempWorkspace(), { ...local, sources: 'huggingface', images: 'none' })
    expect(r.code).toBe(1) // the only source failed
    expect(errorsOf(r.stdout).join('\n')).toMatch(/Every source failed: huggingface: .*(not JSON|over the .*-byte cap)/)
  })

  it('a connection refused is a warning naming the source', async () => {
    const st = await start({})
    const closed = net.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as net.AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const r = await runAgainst(st, tempWorkspace(), { ...local, images: 'none', 'semantic-scholar-url': `http://127.0.0.1:${port}` })
    expect(r.code).toBe(0)
    expect(warningsOf(r.stdout).join('\n')).toMatch(/Source semantic-scholar failed and was skipped: connection refused/)
  })

  it('a 429 with Retry-After is waited out for as long as it says', async () => {
    const st = await start({
      faults: {
        huggingface: (_req: unknown, n: number) =>
          n === 1 ? { status: 429, headers: { 'retry-after': '7' }, body: { error: 'rate limited' } } : undefined
      }
    })
    const r = await runAgainst(st, tempWorkspace(), { ...local, images: 'none' })
    expect(r.code).toBe(0)
    expect(warningsOf(r.stdout)).toEqual([])
    expect(r.sleeps).toContain(7000) // the header's 7 s, which no default back-off step (1, 2, 4 s) equals
    expect(r.outputs['paper-count']).toBe('5')
  })
})

describe('images', () => {
  it('an image that cannot be had leaves its paper without one, never with a broken link', async () => {
    const st = await start({
      faults: {
        arxivHtml: () => ({ status: 404, body: 'Not Found', type: 'text/plain' }),
        images: (req: { url: string }) =>
          req.url.includes('2602.23363')
            ? { body: '<html>not an image</html>', type: 'text/html' }
            : req.url.includes('2602.21760')
              ? { body: Buffer.alloc(3 * 1024 * 1024, 0x89) }
              : undefined
      }
    })
    const ws = tempWorkspace()
    const r = await runAgainst(st, ws, local)
    expect(r.code).toBe(0)
    const w = warningsOf(r.stdout).join('\n')
    expect(w).toMatch(/No image for "MediX-R1.*not a PNG, JPEG, WebP or GIF image/)
    expect(w).toMatch(/No image for "Accelerating Diffusion.*over the 2097152-byte cap/)
    const md = post(ws)
    expect(md.match(/^!\[/gm)).toHaveLength(3)
    expect(md).not.toContain('](paper_1.')
    expect(fs.readdirSync(path.join(ws, 'content/posts/2026-03-01-llm-papers')).sort()).toEqual([
      'index.md',
      'paper_3.png',
      'paper_4.png',
      'paper_5.png'
    ])
  })
})

describe('Claude', () => {
  it('a refusal, then a good answer: the paper is kept', async () => {
    const st = await start({ claude: (_req: unknown, n: number) => (n === 1 ? { stopReason: 'refusal', summary: '' } : undefined) })
    const r = await runAgainst(st, tempWorkspace(), { ...local, images: 'none', 'max-concurrency': '1' })
    expect(r.code).toBe(0)
    expect(r.outputs['paper-count']).toBe('5')
    expect(st.requestsTo('claude')).toHaveLength(6)
  })

  it('summaries that keep failing are never replaced by the abstract: zero pass, the run fails, nothing is written', async () => {
    const st = await start({ claude: () => ({ summary: 'We introduce a method. '.repeat(10) }) })
    const ws = tempWorkspace()
    const r = await runAgainst(st, ws, { images: 'none' })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(/No summary passed the checks, nothing was published: .*not written in Japanese/)
    expect(fs.existsSync(path.join(ws, 'content/posts/2026-03-01-llm-papers'))).toBe(false)
    expect(writesTo(st)).toEqual([]) // read, never written
  })

  it('a top paper whose summary keeps an ungrounded number is published, and the pull request quotes it for the reviewer', async () => {
    const real = loadSeedDataset().summaries.ja['2602.23363'] as string
    const st = await start({
      claude: (req: { messages: { content: string }[] }) =>
        req.messages[0]!.content.includes('<title>MediX-R1') ? { summary: real.replace('5万1千', '6万1千') } : undefined
    })
    const r = await runAgainst(st, tempWorkspace(), { images: 'none' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs['paper-count']).toBe('5')
    expect(warningsOf(r.stdout).join('\n')).toMatch(/The summary of "MediX-R1.*states 6万1千, which its abstract does not/)
    expect(st.github.pulls[0]!.body).toMatch(
      /- \[ \] Paper 1, \[MediX-R1: Open Ended Medical Reinforcement Learning\]\(https:\/\/arxiv.org\/abs\/2602.23363\): the summary states \*\*6万1千\*\*, which the abstract does not: “約6万1千件/
    )
  })

  it('stops before a call over max-cost-usd, with nothing published', async () => {
    const st = await start({})
    const r = await runAgainst(st, tempWorkspace(), { images: 'none', 'max-cost-usd': '0.001' })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(/max-cost-usd \(0.001 USD\).*Nothing was published/)
    expect(st.requestsTo('claude')).toHaveLength(0)
    expect(writesTo(st)).toEqual([]) // read, never written
  })
})

describe('GitHub', () => {
  it('a missing base branch fails the run before any Claude call', async () => {
    const st = await start({})
    const r = await runAgainst(st, tempWorkspace(), { images: 'none', base: 'does-not-exist' })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(/read the base branch 'does-not-exist'.*Check the base input/)
    expect(st.requestsTo('claude')).toHaveLength(0)
  })

  it('403 "not permitted to create pull requests": the message names the setting, the branch holds the post, a re-run completes', async () => {
    const st = await start({ github: { pullsBlocked: true } })
    const ws = tempWorkspace()
    const r = await runAgainst(st, ws, { images: 'none' })
    expect(r.code).toBe(1)
    const error = errorsOf(r.stdout).join('\n')
    expect(error).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(error).toContain('re-run the workflow to open the pull request')
    expect(st.github.pulls).toHaveLength(0)
    expect(st.github.filesOf('paper-survey/2026-03-01')!.has('content/posts/2026-03-01-llm-papers/index.md')).toBe(true)
  })
})
