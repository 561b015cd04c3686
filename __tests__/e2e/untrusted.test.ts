// Untrusted text and hosts through the bundled action: hostile papers, a failing source's words, an
// oversized paper, an image bomb and a redirect that would carry the Semantic Scholar key elsewhere.
// Nothing reaches a person (no live mention, reference or closing keyword in anything GitHub shows), a
// host (no key after a redirect) or a file (no invisible character, no bomb committed); the run publishes.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFixture, startStandIns, tinyPng } from '../../scripts/stand-ins.mjs'
import { PR_BODY_LIMIT } from '../../src/report.js'
import { hasInvisible } from '../../src/text.js'
import { liveReferences } from '../support/github-links.js'
import { asDailyPapers, type HostilePaper } from '../support/hostile.js'
import { errorsOf, runBundled, type StandIns, tempWorkspace, warningsOf } from './helpers.js'

const hostile: HostilePaper[] = JSON.parse(readFixture('hostile-github.json').toString('utf8'))
const urls = Array.from({ length: 2000 }, (_, i) => `https://example.org/dataset/${i}`).join(' ')
const oversized: HostilePaper = {
  id: '2603.00103',
  title: `A large language model with a 1 MB title ${'and more words '.repeat(70_000)}`,
  authors: Array.from({ length: 10_000 }, (_, i) => `Author ${i}`),
  abstract: `We release a large language model benchmark with many links. ${urls}`
}
const plain = (n: number): HostilePaper => ({
  id: `2603.0011${n}`,
  title: `A plain large language model paper ${n}`,
  authors: ['A. Author'],
  abstract:
    `This paper studies large language models on ${n} tasks and reports accuracy gains over strong baselines on public benchmarks. `.repeat(
      3
    )
})
const papers = [...hostile, oversized, plain(1), plain(2)]

/** A PNG header declaring 50,000 × 50,000 pixels: 45 bytes that would need gigabytes to resize. */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(25)
  ihdr.writeUInt32BE(13, 0)
  ihdr.write('IHDR', 4, 'latin1')
  ihdr.writeUInt32BE(50_000, 8)
  ihdr.writeUInt32BE(50_000, 12)
  ihdr.set([8, 6, 0, 0, 0], 16)
  return Buffer.concat([tinyPng().subarray(0, 8), ihdr, Buffer.alloc(12)])
}

const items = asDailyPapers(papers)

// A Japanese summary; the first paper's states a number its abstract does not, quoting a mention and a
// closing keyword, so the pull request quotes that sentence for the reviewer.
const SUMMARY =
  'この論文は大規模言語モデルのエージェントを対象に、入力に含まれる記号をそのまま文字として扱う方法を論じ、公開ベンチマークで強力なベースラインと比較して手法の有効性を検証している。提案手法は入力のあらゆる文字を平文として保持し、頑健性と可読性の両立を示している。'
const DOUBTFUL = `${SUMMARY}著者は@octocatに向けてFixes #12と書き、精度が42%向上したと述べている。`

const errorFeed = readFixture('recorded/arxiv/api_error_400_incorrect_id_format.atom.xml')
  .toString('utf8')
  .replace(/<summary>[^<]*<\/summary>/, '<summary>Fixes #12 @someone, see https://github.com/octo-blog/research-blog/issues/9</summary>')

let s: StandIns
let elsewhere: http.Server
const elsewhereHeaders: http.IncomingHttpHeaders[] = []
beforeAll(async () => {
  elsewhere = http.createServer((req, res) => {
    elsewhereHeaders.push(req.headers)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ total: 0, token: null, data: [] }))
  })
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
  const away = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/graph/v1/paper/search/bulk`
  s = await startStandIns({
    dailyPapers: { '2026-03-01': items },
    images: { '/social-thumbnails/papers/2603.00102.png': pngBomb() },
    claude: (req: { messages: { content: string }[] }) => ({
      summary: req.messages[0]!.content.includes('ping @octocat') ? DOUBTFUL : SUMMARY
    }),
    faults: {
      // arXiv's recorded error feed, its message rewritten to mention, close and cross-reference.
      arxiv: () => ({ status: 400, type: 'application/atom+xml', body: errorFeed }),
      // Semantic Scholar's search answers with a redirect to another host: the key must stay behind.
      semanticScholar: (req: { url: string }) =>
        req.url.includes('/search/bulk') ? { status: 302, headers: { location: away }, body: '' } : undefined
    }
  })
})
afterAll(async () => {
  await s.close()
  await new Promise((resolve) => elsewhere.close(resolve))
})

describe('untrusted text and hosts through the bundled action', () => {
  it('publishes, and nothing a stranger wrote reaches a person, a host or a file', async () => {
    const r = await runBundled(s, tempWorkspace(), { images: 'thumbnail', 'semantic-scholar-api-key': 's2-key-0123456789abcdef' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['paper-count']).toBe('5')

    // Nothing GitHub shows mentions, references, closes or cross-references.
    const pr = s.github.pulls[0]!
    expect(liveReferences(pr.body)).toEqual([])
    expect(liveReferences(pr.title)).toEqual([])
    expect(liveReferences(s.github.headCommit('paper-survey/2026-03-01').message)).toEqual([])
    expect(liveReferences(r.summary).filter((f) => !f.includes('/pull/'))).toEqual([])
    // …while the reviewer still reads the doubt, the failing source's words and the paper's own text.
    expect(pr.body).toMatch(/summary states \*\*42\*\*, which the abstract does not: “著者は@\u200Doctocatに向けてFixes #\u200D12と書き/)
    expect(pr.body).toContain('Fixes #\u200D12 @\u200Dsomeone, see `https://github.com/octo-blog/research-blog/issues/9`')
    expect(pr.body.length).toBeLessThanOrEqual(PR_BODY_LIMIT)

    // The oversized paper was cut where it entered, with a warning naming it; the prompt stayed small.
    const warnings = warningsOf(r.stdout).join('\n')
    expect(warnings).toMatch(
      /Paper "A large language model with a 1 MB title and more words .*…" \(2603\.00103\): title of 1,050,0\d\d characters cut to 1,000; 10000 authors cut to the first 100/
    )
    const prompts = s.requestsTo('claude').map((q) => q.body)
    expect(Math.max(...prompts.map((p) => p.length))).toBeLessThan(40_000)

    // No invisible character anywhere: prompt, post, pull request, job summary, outputs, log.
    const post = s.github.filesOf('paper-survey/2026-03-01')!.get('content/posts/2026-03-01-llm-papers/index.md')!.toString('utf8')
    for (const [where, text] of Object.entries({
      post,
      body: pr.body,
      summary: r.summary,
      papers: r.outputs.papers!,
      log: r.stdout,
      prompts: prompts.join('\n')
    }))
      expect(hasInvisible(text.replace(/\u200D/g, '')), where).toBe(false)
    expect(post).toContain('Invisible text in a large language model title')

    // The image bomb is refused and never committed; its paper has no image.
    expect(warnings).toMatch(/No image for "Invisible text.*declares 50000 × 50000 pixels, over the limit/)
    const images = [...s.github.filesOf('paper-survey/2026-03-01')!.entries()].filter(([p]) => p.endsWith('.png'))
    expect(images).toHaveLength(4)
    for (const [, bytes] of images) expect(bytes.equals(pngBomb())).toBe(false)

    // The redirect was followed to the other host without the key.
    expect(elsewhereHeaders.length).toBeGreaterThan(0)
    for (const h of elsewhereHeaders) expect(h['x-api-key']).toBeUndefined()
    expect(s.requestsTo('semanticScholar').some((q) => q.headers['x-api-key'] === 's2-key-0123456789abcdef')).toBe(true)
  })
})
