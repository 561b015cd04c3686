// The action against the stand-ins: the seed post and a secret echoed back through the bundled
// action in a child process, exactly as the runner starts it; the other scenarios in-process.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSeedDataset, startStandIns, tinyPng } from '../../scripts/stand-ins.mjs'
import { readPost } from '../support/post-fields.js'
import {
  errorsOf,
  GITHUB_TOKEN,
  groupsOf,
  runAgainst,
  runBundled,
  SECRET_KEY,
  siteWorkspace,
  type StandIns,
  tempWorkspace,
  warningsOf,
  withoutMaskCommands,
  writesTo
} from './helpers.js'

const seed = loadSeedDataset()
const BUNDLE = 'content/posts/2026-03-01-llm-papers'

let s: StandIns
beforeEach(async () => {
  s = await startStandIns()
})
afterEach(async () => {
  await s.close()
})

describe('the seed date, default inputs', () => {
  it('opens a pull request whose commit holds the seed post and its images', async () => {
    const ws = siteWorkspace()
    const r = await runBundled(s, ws)
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(r.code).toBe(0)
    // Each stage is a folded group of the runner's log, in the order the run takes them.
    expect(groupsOf(r.stdout).map((g) => g.name)).toEqual([
      'Read the site',
      'Gather papers, the repository and the site’s pages',
      'Select papers',
      'Check before spending',
      'Judge relevance',
      'Summarize',
      'Render the post',
      'Write the bundle',
      'Publish',
      'Report'
    ])

    // What the GitHub stand-in received: one PR from the date's branch, with the explanation.
    expect(s.github.pulls).toHaveLength(1)
    const pr = s.github.pulls[0]!
    expect(pr).toMatchObject({ head: 'paper-survey/2026-03-01', base: 'main', title: 'Paper survey for 2026-03-01', draft: false })
    expect(pr.body).toContain(`This pull request adds \`${BUNDLE}/index.md\` with 5 papers.`)
    expect(pr.body).toContain(
      '| 1 | [MediX-R1: Open Ended Medical Reinforcement Learning](https://arxiv.org/abs/2602.23363) | huggingface | – | 50 |'
    )
    // The Code column: the repository the abstract names (no Hugging Face githubRepo in the seed data).
    expect(pr.body).toContain(
      '(https://arxiv.org/abs/2602.21760) | huggingface | [kaist-dmlab/Hybridiff](https://github.com/kaist-dmlab/Hybridiff) |'
    )
    expect(pr.body).toMatch(/Prompt hash: [0-9a-f]{12}/)

    // The commit: exactly the bundle's files on top of the base tree, message as documented.
    const files = s.github.filesOf('paper-survey/2026-03-01')!
    expect([...files.keys()].sort()).toEqual(
      ['README.md', ...[1, 2, 3, 4, 5].map((n) => `${BUNDLE}/paper_${n}.png`), `${BUNDLE}/index.md`].sort()
    )
    expect(s.github.headCommit('paper-survey/2026-03-01').message).toBe(
      'Add paper survey for 2026-03-01\n\nHugo-Paper-Survey: 2026-03-01\n'
    )
    expect(files.get(`${BUNDLE}/paper_1.png`)!.equals(tinyPng([160, 60, 40]))).toBe(true)

    // The post equals the seed post field by field.
    const committed = files.get(`${BUNDLE}/index.md`)!.toString('utf8')
    expect(committed).toBe(fs.readFileSync(path.join(ws, BUNDLE, 'index.md'), 'utf8'))
    expect(readPost(committed)).toEqual(readPost(seed.seedPost))

    // Outputs, set once at the end.
    expect(r.outputs).toMatchObject({
      'pull-request-number': '1',
      'pull-request-url': 'https://github.com/octo-blog/research-blog/pull/1',
      'pull-request-operation': 'created',
      'post-path': `${BUNDLE}/index.md`,
      'paper-count': '5'
    })
    expect(JSON.parse(r.outputs.papers!).map((p: { arxivId: string }) => p.arxivId)).toEqual([
      '2602.23363',
      '2602.21760',
      '2602.23205',
      '2602.17594',
      '2602.22594'
    ])
    expect(Number(r.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(Number(r.outputs['cost-usd'])).toBeGreaterThan(0)
    expect(r.summary).toContain('https://github.com/octo-blog/research-blog/pull/1')

    // Claude got the key in its header, never a sampling parameter; the key never reached the log.
    const claude = s.requestsTo('claude')
    expect(claude).toHaveLength(5)
    for (const req of claude) {
      // The SDK sends the key as a bearer credential.
      expect(req.headers.authorization).toBe(`Bearer ${SECRET_KEY}`)
      expect(Object.keys(JSON.parse(req.body))).not.toEqual(expect.arrayContaining(['temperature']))
      expect(JSON.parse(req.body)).not.toHaveProperty('top_p')
      expect(JSON.parse(req.body)).not.toHaveProperty('top_k')
    }
    expect(s.requestsTo('github').every((req) => req.headers.authorization === `token ${GITHUB_TOKEN}`)).toBe(true)
    expect(withoutMaskCommands(r.stdout) + r.stderr + r.summary + pr.body).not.toContain(SECRET_KEY)
    expect(r.stdout).toContain(`::add-mask::${SECRET_KEY}`)
  })

  it('is idempotent: the same date again changes nothing, a change updates the same PR, another date opens another', async () => {
    // Whatever else the workspace holds is never committed.
    const ws = tempWorkspace({ 'stray.txt': 'not ours', 'content/posts/wip/index.md': 'a draft in progress' })
    expect((await runAgainst(s, ws, { images: 'none' })).outputs['pull-request-operation']).toBe('created')
    expect([...s.github.filesOf('paper-survey/2026-03-01')!.keys()].sort()).toEqual(['README.md', `${BUNDLE}/index.md`])
    const again = await runAgainst(s, ws, { images: 'none' })
    expect(again.outputs['pull-request-operation']).toBe('none')
    const changed = await runAgainst(s, ws, { images: 'none', count: '4' })
    expect(changed.outputs['pull-request-operation']).toBe('updated')
    expect(changed.outputs['pull-request-number']).toBe('1')
    expect(s.github.pulls).toHaveLength(1)
    expect(s.github.pulls[0]!.body).toContain('with 4 papers')
    expect([...s.github.refs.keys()].filter((r) => r.startsWith('heads/paper-survey/'))).toEqual(['heads/paper-survey/2026-03-01'])

    const other = await runAgainst(s, ws, { images: 'none', date: '2026-02-28' })
    expect(other.code).toBe(0)
    expect(other.outputs).toMatchObject({ 'pull-request-operation': 'created', 'pull-request-number': '2' })
    expect(s.github.pulls.map((p) => p.head)).toEqual(['paper-survey/2026-03-01', 'paper-survey/2026-02-28'])
  })

  it('sends labels, reviewers and draft with the new pull request', async () => {
    const r = await runAgainst(s, tempWorkspace(), {
      images: 'none',
      labels: 'papers, automated',
      reviewers: 'alice, octo-blog/editors',
      draft: 'true'
    })
    expect(r.code).toBe(0)
    expect(s.github.pulls[0]).toMatchObject({ draft: true, labels: ['papers', 'automated'], reviewers: ['alice'], teams: ['editors'] })
  })

  it('runs the relevance filter with its own model and shows its scores', async () => {
    const r = await runAgainst(
      s,
      tempWorkspace(),
      { images: 'none', 'create-pr': 'false', 'github-token': '', 'relevance-filter': 'true' },
      { GITHUB_REPOSITORY: '' }
    )
    expect(r.code).toBe(0)
    const models = s.requestsTo('claude').map((q) => JSON.parse(q.body).model)
    expect(models).toEqual(['claude-haiku-5-5', ...Array(5).fill('claude-sonnet-5-5')])
    expect(r.summary).toContain('| Relevance |')
    expect(r.summary).toContain('8/10 About large language models.')
  })

  it('writes the bundle and stops when create-pr is false', async () => {
    const ws = tempWorkspace()
    const r = await runAgainst(s, ws, { 'create-pr': 'false', 'github-token': '' }, { GITHUB_REPOSITORY: '' })
    expect(r.code).toBe(0)
    expect(s.requestsTo('github')).toHaveLength(0)
    expect(r.outputs).toMatchObject({ 'pull-request-operation': 'none', 'pull-request-number': '', 'paper-count': '5' })
    expect(fs.readdirSync(path.join(ws, BUNDLE)).sort()).toEqual([
      'index.md',
      'paper_1.png',
      'paper_2.png',
      'paper_3.png',
      'paper_4.png',
      'paper_5.png'
    ])
  })

  it('leaves out papers the blog already published anywhere, but not its own bundle of the same date', async () => {
    const ws = tempWorkspace({
      'content/posts/2026-02-20-llm-papers/index.md': '- **arXiv ID**: 2602.23363v2\n',
      'content/notes/reading.md': 'See https://huggingface.co/papers/2602.21760 and [x](https://arxiv.org/pdf/2602.23205v1).',
      [`${BUNDLE}/index.md`]: '- **arXiv ID**: 2602.17594\n'
    })
    const r = await runAgainst(s, ws, { images: 'none', 'create-pr': 'false', 'update-published': 'true' })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.papers!).map((p: { arxivId: string }) => p.arxivId)).toEqual(['2602.17594', '2602.22594'])
    expect(warningsOf(r.stdout).join('\n')).toContain('Only 2 new papers for 2026-03-01 passed selection (count is 5)')
  })
})

describe('a default run', () => {
  it('asks Semantic Scholar twice for all 12 default keywords, and writes the default post in one round of calls', async () => {
    await s.close()
    s = await startStandIns({ latency: { claude: 50 } })
    const r = await runAgainst(s, tempWorkspace(), { keywords: '', images: 'none', 'create-pr': 'false' })
    expect(r.code, r.stdout).toBe(0)
    const s2 = s.requestsTo('semanticScholar').map((q) => new URL(q.url, 'http://x'))
    expect(s2.map((u) => u.pathname)).toEqual(['/graph/v1/paper/search/bulk', '/graph/v1/paper/batch'])
    expect(s2[0]!.searchParams.get('query')!.split(' | ')).toHaveLength(12)
    // max-concurrency defaults to 5: the five summaries are asked for at once.
    expect(s.maxInFlight.claude).toBe(5)
    expect(s.requestsTo('claude')).toHaveLength(5)
  })
})

describe('when a source fails', () => {
  it('warns, names the source, and goes on with the others', async () => {
    await s.close()
    s = await startStandIns({ faults: { arxiv: () => ({ status: 500, body: 'Internal Server Error', type: 'text/plain' }) } })
    const r = await runAgainst(s, tempWorkspace(), { images: 'none' })
    expect(r.code).toBe(0)
    expect(warningsOf(r.stdout).join('\n')).toMatch(/Source arxiv failed and was skipped: .*HTTP 500/)
    // The warning sits in the stage that found it; that stage's details are debug lines.
    const groups = groupsOf(r.stdout)
    const check = groups.find((g) => g.name === 'Check before spending')!
    expect(check.lines.some((l) => /^::warning::Source arxiv failed/.test(l))).toBe(true)
    const gathered = groups.find((g) => g.name.startsWith('Gather'))!.lines
    expect(gathered.filter((l) => l.startsWith('::debug::huggingface query: '))).not.toHaveLength(0)
    const selected = groups.find((g) => g.name === 'Select papers')!.lines
    expect(selected.filter((l) => /^::debug::#\d+ \S+ score \d/.test(l)).length).toBeGreaterThanOrEqual(5)
    expect(s.requestsTo('arxiv').filter((q) => q.url.startsWith('/api/query'))).toHaveLength(3) // one request and two retries
    expect(s.github.pulls[0]!.body).toMatch(/\| arxiv \| failed \| 0 \|/)
    expect(r.outputs['paper-count']).toBe('5')
  })

  it('posts nothing when there is no candidate, with a notice', async () => {
    const r = await runAgainst(s, tempWorkspace(), { date: '2026-01-10' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::notice::No new paper for 2026-01-10')
    expect(r.outputs['paper-count']).toBe('0')
    expect(writesTo(s)).toEqual([]) // read, never written
    expect(s.requestsTo('claude')).toHaveLength(0)
    const failing = await runAgainst(s, tempWorkspace(), { date: '2026-01-10', 'fail-on-empty': 'true' })
    expect(failing.code).toBe(1)
  })
})

describe('secrets and triggers', () => {
  it('never prints the key, even when a service echoes it back', async () => {
    await s.close()
    s = await startStandIns({
      claude: (req: unknown, n: number) => {
        void req
        void n
        return { status: 401, body: { type: 'error', error: { type: 'authentication_error', message: `invalid x-api-key ${SECRET_KEY}` } } }
      }
    })
    const r = await runBundled(s, tempWorkspace(), { images: 'none' })
    expect(r.code).toBe(1)
    const errors = errorsOf(r.stdout)
    expect(errors.join('\n')).toContain('HTTP 401')
    expect(errors.join('\n')).toContain('***')
    expect(withoutMaskCommands(r.stdout) + r.stderr).not.toContain(SECRET_KEY)
    expect(writesTo(s)).toEqual([]) // read, never written
  })

  it('warns on pull_request_target', async () => {
    const r = await runAgainst(s, tempWorkspace(), { images: 'none', 'create-pr': 'false' }, { GITHUB_EVENT_NAME: 'pull_request_target' })
    expect(warningsOf(r.stdout).join('\n')).toContain('pull_request_target')
  })
})
