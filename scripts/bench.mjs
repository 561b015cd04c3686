// npm run bench [-- --n 5,20,50]: the bundled action against stand-ins with injected latency, timed
// against the lower bound the latencies and politeness rules allow. A benchmark, not a test: it
// prints what it measured and asserts nothing about time.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { approxTokens, byFeaturedDay, loadSeedDataset, startStandIns } from './stand-ins.mjs'
import { actionNode, runAction, standInInputs } from './run-action.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const { values } = parseArgs({ options: { n: { type: 'string', default: '5,20,50' } } })
const sizes = values.n.split(',').map(Number)

const LATENCY = { claude: 1500, huggingface: 300, arxiv: 300, arxivHtml: 300, semanticScholar: 300, images: 300, github: 50 }
const KEYWORDS = ['large language model']
const DAYS = 3

// The same 60 candidates every time: the seed's five papers, each under twelve ids and titles.
const seed = loadSeedDataset()
const items = []
const summaries = { ja: {}, en: {} }
for (let i = 0; i < 60; i++) {
  const base = structuredClone(seed.dailyPapers[i % 5])
  const id = `2603.${String(10000 + i)}`
  base.paper.id = id
  base.paper.title = `${base.paper.title} (${i + 1})`
  base.title = base.paper.title
  base.paper.upvotes = 1000 - i
  base.paper.submittedOnDailyAt = '2026-03-01T03:00:00.000Z'
  base.thumbnail = `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`
  summaries.ja[id] = seed.summaries.ja[seed.dailyPapers[i % 5].paper.id]
  items.push(base)
}

/** What the latencies and rules allow: sources, then the Claude rounds, then the GitHub chain. */
function lowerBound(n, concurrency) {
  const s = (ms) => ms / 1000
  const hf = s(LATENCY.huggingface) // the window's days are asked for at once
  const arxiv = s(LATENCY.arxiv) // one page
  const lastSearchStart = (KEYWORDS.length - 1) * 1 // Semantic Scholar: 1 request per second
  const searchesEnd = lastSearchStart + s(LATENCY.semanticScholar)
  const batchStart = Math.max(hf, arxiv, searchesEnd, lastSearchStart + 1)
  const sources = batchStart + s(LATENCY.semanticScholar)
  const claude = Math.ceil(n / concurrency) * s(LATENCY.claude)
  // n image blobs + index.md, tree, commit, ref; list and create the PR. The five reads of the
  // repository happen while the sources are asked, so they add nothing.
  const github = ((n + 1) + 3 + 2) * s(LATENCY.github)
  return { sources, claude, github, total: sources + claude + github }
}

async function measure(n, concurrency) {
  const standIns = await startStandIns({ dailyPapers: byFeaturedDay(items), summaries, latency: LATENCY })
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-bench-'))
  try {
    const r = await runAction({
      workspace: ws,
      inputs: {
        'anthropic-api-key': 'sk-ant-bench',
        'github-token': 'ghs_bench',
        date: '2026-03-01',
        'lookback-days': String(DAYS),
        keywords: KEYWORDS.join(','),
        images: 'thumbnail',
        count: String(n),
        'max-concurrency': String(concurrency),
        ...standInInputs(standIns.urls)
      },
      env: { GITHUB_REPOSITORY: 'octo-blog/research-blog', GITHUB_API_URL: standIns.urls.github },
      timeoutMs: 10 * 60_000
    })
    if (r.code !== 0) throw new Error(`the action failed:\n${r.stdout}\n${r.stderr}`)
    const reqs = standIns.requests
    const count = (service) => reqs.filter((q) => q.service === service).length
    const gaps = (service, filter = () => true) => {
      const at = reqs.filter((q) => q.service === service && filter(q)).map((q) => q.at)
      return at.slice(1).map((t, i) => t - at[i])
    }
    const arxivGaps = gaps('arxiv', (q) => q.url.startsWith('/api/query'))
    const s2Gaps = gaps('semanticScholar')
    const claude = reqs.filter((q) => q.service === 'claude').map((q) => JSON.parse(q.body))
    const paperTokens = claude.map((b) => {
      const user = b.messages[0].content
      const data = ['title', 'authors', 'abstract'].map((tag) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(user)?.[1] ?? '').join('')
      return { input: approxTokens(b.system + user), overhead: approxTokens(b.system + user) - approxTokens(data) }
    })
    return {
      wall: r.ms / 1000,
      requests: Object.fromEntries(['huggingface', 'arxiv', 'arxivHtml', 'semanticScholar', 'claude', 'images', 'github'].map((s) => [s, count(s)])),
      minArxivGap: arxivGaps.length ? Math.min(...arxivGaps) / 1000 : undefined,
      maxS2Rate: s2Gaps.length ? 1000 / Math.min(...s2Gaps) : undefined,
      status429: reqs.filter((q) => q.status === 429).length,
      inputPerPaper: Number(r.outputs['input-tokens']) / claude.length,
      outputPerPaper: Number(r.outputs['output-tokens']) / claude.length,
      overheadPerPaper: Math.max(...paperTokens.map((t) => t.overhead))
    }
  } finally {
    await standIns.close()
    fs.rmSync(ws, { recursive: true, force: true })
  }
}

function coldStart(runs = 7) {
  const times = []
  const env = { PATH: process.env.PATH, GITHUB_OUTPUT: '', INPUT_COUNT: 'abc', 'INPUT_ANTHROPIC-API-KEY': 'x' }
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    spawnSync(actionNode(), [path.join(ROOT, 'dist/index.js')], { env, encoding: 'utf8' })
    times.push(Number(process.hrtime.bigint() - t) / 1e9)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

const f = (x, d = 2) => (x === undefined ? 'n/a' : x.toFixed(d))
console.log(`Hugo Paper Survey benchmark: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${spawnSync(actionNode(), ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${new Date().toISOString().slice(0, 10)}`)
console.log(`Injected latency: Claude ${LATENCY.claude / 1000} s per call, each source ${LATENCY.huggingface / 1000} s per request, GitHub ${LATENCY.github / 1000} s per request.`)
console.log(`Inputs: keywords "${KEYWORDS.join(', ')}", lookback-days ${DAYS}, images thumbnail, the same 60 candidates each run.\n`)
for (const n of sizes) {
  const fast = await measure(n, 4)
  const slow = await measure(n, 1)
  const bound = lowerBound(n, 4)
  console.log(`### N = ${n}\n`)
  console.log('| measure | value |\n|---|---|')
  console.log(`| wall time, max-concurrency 4 | ${f(fast.wall)} s |`)
  console.log(`| lower bound (sources ${f(bound.sources)} s + Claude ${f(bound.claude)} s + GitHub ${f(bound.github)} s) | ${f(bound.total)} s |`)
  console.log(`| ratio to the lower bound | ${f(fast.wall / bound.total)} |`)
  console.log(`| wall time, max-concurrency 1 | ${f(slow.wall)} s |`)
  console.log(`| speed-up of concurrency 4 over 1 | ${f(slow.wall / fast.wall)}× |`)
  console.log(`| requests | ${Object.entries(fast.requests).map(([k, v]) => `${k} ${v}`).join(', ')} |`)
  console.log(`| smallest gap between two arXiv API requests | ${fast.minArxivGap === undefined ? 'one request' : `${f(fast.minArxivGap)} s`} |`)
  console.log(`| largest Semantic Scholar rate | ${fast.maxS2Rate === undefined ? 'one request' : `${f(fast.maxS2Rate)} per s`} |`)
  console.log(`| 429 answers the stand-ins sent | ${fast.status429 + slow.status429} |`)
  console.log(`| input / output tokens per paper | ${f(fast.inputPerPaper, 0)} / ${f(fast.outputPerPaper, 0)} |`)
  console.log(`| prompt overhead (input tokens beyond title, authors, abstract) | ${f(fast.overheadPerPaper, 0)} per paper |\n`)
}
console.log(`dist/index.js: ${(fs.statSync(path.join(ROOT, 'dist/index.js')).size / 1e6).toFixed(2)} MB; cold start to the first input error: ${f(coldStart(), 3)} s (median of 7)`)
