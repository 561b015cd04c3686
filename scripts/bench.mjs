// npm run bench [-- --n 5,20,50 --repeats 3]: the bundled action against stand-ins with injected
// latency, timed against the lower bound the latencies and politeness rules allow, and the summary
// checks measured on the real posts. A benchmark, not a test: it prints what it measured and asserts
// nothing about time. Settings that are compared run interleaved, repeat by repeat; each row shows the
// median and the spread (lowest–highest) of its repeats.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import ts from 'typescript'
import { measure as measureChecks } from './summary-twins.mjs'
import { byFeaturedDay, loadSeedDataset, startStandIns } from './stand-ins.mjs'
import { actionNode, issueCommentEnv, runAction, standInInputs } from './run-action.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const { values } = parseArgs({ options: { n: { type: 'string', default: '5,20,50' }, repeats: { type: 'string', default: '3' } } })
const sizes = values.n.split(',').map(Number)
const REPEATS = Number(values.repeats)

const SHORT_CLAUDE = 1500
const REAL_CLAUDE = 8000 // a summary with adaptive thinking at effort low takes several seconds
const LATENCY = { huggingface: 300, arxiv: 300, arxivHtml: 300, semanticScholar: 300, images: 300, github: 50 }
// The action's own default keywords (src/settings.ts reads the same file).
const DEFAULT_KEYWORDS = JSON.parse(fs.readFileSync(new URL('../src/default-keywords.json', import.meta.url), 'utf8'))
const DAYS = 3
const DEFAULT_CONCURRENCY = 5
/** USD per million tokens (input, output), as src/settings.ts has them. */
const PRICES = { 'claude-haiku-5-5': [0.1, 0.5], 'claude-sonnet-5-5': [2, 10], 'claude-opus-5-5': [4, 20] }

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
  summaries.en[id] = seed.summaries.en[seed.dailyPapers[i % 5].paper.id]
  items.push(base)
}

const s = (ms) => ms / 1000

/** The sources' path: all at once; Semantic Scholar's bulk search, then its citation lookup a second later at the earliest. */
function collectionBound() {
  const s2 = Math.max(s(LATENCY.semanticScholar), 1) + s(LATENCY.semanticScholar)
  return Math.max(s(LATENCY.huggingface), s(LATENCY.arxiv), s2)
}

/** What the latencies and rules allow: sources, then the Claude rounds, then the GitHub chain. */
function lowerBound(n, concurrency, claudeMs) {
  const sources = collectionBound()
  const claude = Math.ceil(n / concurrency) * s(claudeMs)
  // Tree (index.md inside it), commit, ref, pull request: the images' blobs can be written while Claude
  // writes, and the repository's reads (its pull requests among them) and the write probe while the
  // sources are asked, so they add nothing.
  const github = 4 * s(LATENCY.github)
  return { sources, claude, github, total: sources + claude + github }
}

async function run({ n, concurrency, claudeMs, keywords, language = 'ja' }) {
  const standIns = await startStandIns({ dailyPapers: byFeaturedDay(items), summaries, latency: { ...LATENCY, claude: claudeMs } })
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-bench-'))
  // A site that declares the post's languages (translated by file name), as the action requires for several.
  const languages = language.split(',').map((l) => l.trim())
  const table = languages.length > 1 ? languages.map((l, i) => `[languages.${l}]\nweight = ${i + 1}\n`).join('') : ''
  fs.writeFileSync(path.join(ws, 'hugo.toml'), `title = 'Bench'\ndefaultContentLanguage = '${languages[0]}'\n${table}`)
  fs.mkdirSync(path.join(ws, 'content/posts'), { recursive: true })
  try {
    const r = await runAction({
      workspace: ws,
      inputs: {
        'anthropic-api-key': 'sk-ant-bench',
        'github-token': 'ghs_bench',
        date: '2026-03-01',
        'lookback-days': String(DAYS),
        keywords: keywords.join(','),
        images: 'thumbnail',
        count: String(n),
        'max-concurrency': String(concurrency),
        language,
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
    const s2Gaps = gaps('semanticScholar')
    const firstClaude = reqs.find((q) => q.service === 'claude')?.at ?? reqs.at(-1).at
    const calls = count('claude')
    return {
      wall: r.ms / 1000,
      collection: (firstClaude - reqs[0].at) / 1000,
      requests: Object.fromEntries(['huggingface', 'arxiv', 'semanticScholar', 'claude', 'images', 'github'].map((x) => [x, count(x)])),
      maxS2Rate: s2Gaps.length ? 1000 / Math.min(...s2Gaps) : undefined,
      status429: reqs.filter((q) => q.status === 429).length,
      claudeInFlight: standIns.maxInFlight.claude ?? 0,
      // Tokens as the action received and reported them (its outputs), per call.
      inputPerCall: Number(r.outputs['input-tokens']) / calls,
      outputPerCall: Number(r.outputs['output-tokens']) / calls,
      cost: Number(r.outputs['cost-usd'])
    }
  } finally {
    await standIns.close()
    fs.rmSync(ws, { recursive: true, force: true })
  }
}

/** Runs every setting `REPEATS` times, interleaved (A B C, A B C, …), and summarises each. */
async function interleaved(settings) {
  const results = settings.map(() => [])
  for (let r = 0; r < REPEATS; r++) for (const [i, setting] of settings.entries()) results[i].push(await run(setting))
  return results.map((runs) => {
    const walls = runs.map((x) => x.wall).sort((a, b) => a - b)
    const collections = runs.map((x) => x.collection).sort((a, b) => a - b)
    return {
      ...runs[0],
      wall: walls[Math.floor(walls.length / 2)],
      spread: [walls[0], walls.at(-1)],
      collection: collections[Math.floor(collections.length / 2)]
    }
  })
}

/** Every script of dist/: index.js and the chunks it loads after the inputs are read. */
function distJsBytes() {
  const dist = path.join(ROOT, 'dist')
  return fs
    .readdirSync(dist)
    .filter((n) => n.endsWith('.js'))
    .reduce((sum, n) => sum + fs.statSync(path.join(dist, n)).size, 0)
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

/** The summary checks, from their TypeScript sources (src/summarize/checks/, which import only each other), over both corpora and their twins. */
async function checkRates() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-checks-'))
  const sources = path.join(ROOT, 'src/summarize/checks')
  for (const name of fs.readdirSync(sources).filter((n) => n.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(sources, name), 'utf8')
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
    fs.writeFileSync(path.join(dir, name.replace(/\.ts$/, '.js')), js)
  }
  const gates = await import(path.join(dir, 'index.js'))
  return measureChecks(gates.checkSummary, gates.numbersIn)
}

const f = (x, d = 2) => (x === undefined ? 'n/a' : x.toFixed(d))
const spread = (r) => (REPEATS > 1 ? ` (${f(r.spread[0])}–${f(r.spread[1])})` : '')
console.log(
  `Hugo Paper Survey benchmark: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${spawnSync(actionNode(), ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${new Date().toISOString().slice(0, 10)}`
)
console.log(
  `Injected latency: Claude ${s(SHORT_CLAUDE)} s or ${s(REAL_CLAUDE)} s per call, each source ${s(LATENCY.huggingface)} s per request, GitHub ${s(LATENCY.github)} s per request.`
)
console.log(
  `Inputs: lookback-days ${DAYS}, images thumbnail, the same 60 candidates each run; ${REPEATS} repeat(s) per row, interleaved; wall time is the median (lowest–highest).\n`
)

// The default post: count 5, default concurrency, the 12 default keywords or one, short and realistic Claude latency.
const posts = [
  {
    label: `default keywords (${DEFAULT_KEYWORDS.length}), Claude ${s(SHORT_CLAUDE)} s`,
    n: 5,
    concurrency: DEFAULT_CONCURRENCY,
    claudeMs: SHORT_CLAUDE,
    keywords: DEFAULT_KEYWORDS
  },
  {
    label: `default keywords (${DEFAULT_KEYWORDS.length}), Claude ${s(REAL_CLAUDE)} s`,
    n: 5,
    concurrency: DEFAULT_CONCURRENCY,
    claudeMs: REAL_CLAUDE,
    keywords: DEFAULT_KEYWORDS
  },
  {
    label: `one keyword, Claude ${s(REAL_CLAUDE)} s`,
    n: 5,
    concurrency: DEFAULT_CONCURRENCY,
    claudeMs: REAL_CLAUDE,
    keywords: ['large language model']
  }
]
// Starting Node and loading the bundle, which every run pays before its first request: measured here,
// shown beside each ratio as the ratio to the bound plus it.
const cold = coldStart()
const postResults = await interleaved(posts)
console.log('### The default post (5 papers, max-concurrency 5)\n')
console.log(
  '| setting | wall time | lower bound | ratio | ratio to bound + cold start | collection (bound) | requests | most Claude calls at once | sequential model N × (L + 3 s) |'
)
console.log('|---|---:|---:|---:|---:|---:|---|---:|---:|')
for (const [i, p] of posts.entries()) {
  const r = postResults[i]
  const bound = lowerBound(p.n, p.concurrency, p.claudeMs)
  const sequential = p.n * (s(p.claudeMs) + 3)
  const reqs = `HF ${r.requests.huggingface}, arXiv ${r.requests.arxiv}, S2 ${r.requests.semanticScholar}, Claude ${r.requests.claude}, GitHub ${r.requests.github}`
  console.log(
    `| ${p.label} | ${f(r.wall)} s${spread(r)} | ${f(bound.total)} s | ${f(r.wall / bound.total)} | ${f(r.wall / (bound.total + cold))} | ${f(r.collection)} s (${f(collectionBound())} s) | ${reqs} | ${r.claudeInFlight} | ${f(sequential)} s |`
  )
}
const ref = postResults[1]
console.log(
  `\nSemantic Scholar's largest rate: ${ref.maxS2Rate === undefined ? 'one request' : `${f(ref.maxS2Rate)} per s`}; 429 answers the stand-ins sent: ${postResults.reduce((a, r) => a + r.status429, 0)}.`
)
console.log(
  `Tokens per call as the action received them: ${f(ref.inputPerCall, 0)} input, ${f(ref.outputPerCall, 0)} output (the stand-in's canned summaries; real answers add thinking).`
)
console.log(
  `Cost of a 5-paper post at these tokens: ${Object.entries(PRICES)
    .map(([m, [i, o]]) => `${m} ${f((5 * (ref.inputPerCall * i + ref.outputPerCall * o)) / 1e6, 4)} USD`)
    .join(', ')}.\n`
)

// Every language of the blog in one call per paper, against one language.
const [one, two] = await interleaved([
  { n: 5, concurrency: DEFAULT_CONCURRENCY, claudeMs: SHORT_CLAUDE, keywords: ['large language model'], language: 'ja' },
  { n: 5, concurrency: DEFAULT_CONCURRENCY, claudeMs: SHORT_CLAUDE, keywords: ['large language model'], language: 'ja, en' }
])
console.log('### Languages (5 papers, one keyword)\n')
console.log('| language | Claude calls | input / output tokens per call | cost (Sonnet) | wall time |\n|---|---:|---:|---:|---:|')
for (const [label, r] of [
  ['ja', one],
  ['ja, en', two]
])
  console.log(
    `| ${label} | ${r.requests.claude} | ${f(r.inputPerCall, 0)} / ${f(r.outputPerCall, 0)} | ${f(r.cost, 4)} USD | ${f(r.wall)} s${spread(r)} |`
  )
console.log(`\n\`ja, en\` costs ${f(two.cost / one.cost)}× \`ja\` alone (two separate runs would cost 2×, and open two pull requests).\n`)

// Larger posts: the concurrency's effect.
for (const n of sizes.filter((x) => x !== 5)) {
  const [fast, slow] = await interleaved([
    { n, concurrency: DEFAULT_CONCURRENCY, claudeMs: SHORT_CLAUDE, keywords: ['large language model'] },
    { n, concurrency: 1, claudeMs: SHORT_CLAUDE, keywords: ['large language model'] }
  ])
  const bound = lowerBound(n, DEFAULT_CONCURRENCY, SHORT_CLAUDE)
  console.log(`### N = ${n} (one keyword, Claude ${s(SHORT_CLAUDE)} s)\n`)
  console.log('| measure | value |\n|---|---|')
  console.log(`| wall time, max-concurrency ${DEFAULT_CONCURRENCY} | ${f(fast.wall)} s${spread(fast)} |`)
  console.log(
    `| lower bound (sources ${f(bound.sources)} s + Claude ${f(bound.claude)} s + GitHub ${f(bound.github)} s) | ${f(bound.total)} s |`
  )
  console.log(`| ratio to the lower bound | ${f(fast.wall / bound.total)} |`)
  console.log(`| wall time, max-concurrency 1 | ${f(slow.wall)} s${spread(slow)} |`)
  console.log(`| speed-up over max-concurrency 1 | ${f(slow.wall / fast.wall)}× |`)
  console.log(`| most Claude calls at once | ${fast.claudeInFlight} |\n`)
}

// Review commands: a survey of 3 papers (2 reserves) on the seed's data, then one command a run.
// The lower bound is the command's chain of GitHub round trips that depend on each other: the pull
// request and the commenter's permission at once; the branch's ref, commit, proof and compare at once;
// the post's folder (👀 meanwhile); its blob; then the writes, one at a time as GitHub asks: tree (the
// post inside it), commit, ref move, body, reply, 🚀. Plus arXiv's lookup, the Claude call, and the new
// paper's image and its blob where the command needs them.
// Each command's chain of GitHub round trips that depend on one another: the pull request (with the
// commenter's role and the token's identity); the branch's ref, proof, commit and compare with the
// post's folder and text at the pull request's head; then the tree, the commit, the ref move, the body,
// and the reply with 🚀. replace and add upload the new paper's image as a blob before the tree.
const REVIEW = {
  drop: { body: '/survey drop 1', github: 7, arxiv: 0, claude: 0, images: 0 },
  replace: { body: '/survey replace 1', github: 8, arxiv: 1, claude: 1, images: 1 },
  redo: { body: '/survey redo 1 shorter', github: 7, arxiv: 1, claude: 1, images: 0 },
  add: { body: '/survey add 2602.22594', github: 8, arxiv: 1, claude: 1, images: 1 }
}

async function reviewRun(name) {
  const standIns = await startStandIns({ latency: { ...LATENCY, claude: SHORT_CLAUDE } })
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-bench-review-'))
  fs.writeFileSync(path.join(ws, 'hugo.toml'), "title = 'Bench'\n")
  fs.mkdirSync(path.join(ws, 'content/posts'), { recursive: true })
  const options = (env = {}) => ({
    workspace: ws,
    inputs: {
      'anthropic-api-key': 'sk-ant-bench',
      'github-token': 'ghs_bench',
      date: '2026-03-01',
      count: '3',
      ...standInInputs(standIns.urls)
    },
    env: { GITHUB_REPOSITORY: 'octo-blog/research-blog', GITHUB_API_URL: standIns.urls.github, ...env }
  })
  try {
    const survey = await runAction(options())
    if (survey.code !== 0) throw new Error(`the survey failed:\n${survey.stdout}`)
    const before = standIns.requests.length
    const r = await runAction(options(issueCommentEnv(REVIEW[name].body, { login: 'octo-blog' })))
    if (r.code !== 0) throw new Error(`the ${name} command failed:\n${r.stdout}`)
    const mine = standIns.requests.slice(before)
    const count = (service) => mine.filter((q) => q.service === service).length
    return { wall: r.ms / 1000, github: count('github'), claude: count('claude'), arxiv: count('arxiv') }
  } finally {
    await standIns.close()
    fs.rmSync(ws, { recursive: true, force: true })
  }
}

console.log(`### Review commands (GitHub ${LATENCY.github} ms, arXiv ${LATENCY.arxiv} ms, Claude ${s(SHORT_CLAUDE)} s a request)\n`)
console.log(
  '| command | wall time | lower bound | ratio | ratio to bound + cold start | GitHub requests | Claude calls | arXiv requests |\n|---|---:|---:|---:|---:|---:|---:|---:|'
)
for (const name of Object.keys(REVIEW)) {
  const want = REVIEW[name]
  const r = await reviewRun(name)
  const bound =
    want.github * s(LATENCY.github) + want.arxiv * s(LATENCY.arxiv) + want.claude * s(SHORT_CLAUDE) + want.images * s(LATENCY.images)
  console.log(
    `| \`${want.body}\` | ${f(r.wall)} s | ${f(bound)} s | ${f(r.wall / bound)} | ${f(r.wall / (bound + cold))} | ${r.github} | ${r.claude} | ${r.arxiv} |`
  )
}
console.log('')

const checks = await checkRates()
console.log('### Summary checks on real summaries (the seed blog and other writers)\n')
console.log('| set | count | outcome |\n|---|---:|---|')
for (const [writer, g] of Object.entries(checks.good))
  console.log(
    `| good: ${writer} | ${g.total} | ${g.total - g.rejected} published as written (${g.rejected} rejected, ${g.flagged} flagged) |`
  )
for (const [kind, k] of Object.entries(checks.kinds))
  console.log(
    `| ${kind.startsWith('real') ? '' : 'twin: '}${kind} | ${k.total} | ${k.caught} ${k.expect === 'flag' ? 'flagged for the reviewer' : 'rejected'} |`
  )
console.log('')
console.log(
  `dist/index.js: ${(fs.statSync(path.join(ROOT, 'dist/index.js')).size / 1e6).toFixed(2)} MB, with the survey's chunks ${(distJsBytes() / 1e6).toFixed(2)} MB; cold start to the first input error: ${f(cold, 3)} s (median of 7)`
)
