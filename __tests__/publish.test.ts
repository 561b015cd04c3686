// Publishing through Octokit (with its plugins) against the stateful GitHub stand-in.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startStandIns } from '../scripts/stand-ins.mjs'
import { EarlyBlobs } from '../src/github/early-blobs.js'
import { createOctokit } from '../src/github/octokit.js'
import { type GitHubClient } from '../src/github/octokit.js'
import { isText, publishPost, type PublishRequest, readTarget, type TargetRequest } from '../src/github/publish.js'
import { commitMessage } from '../src/github/rules.js'
import { isGitHubWrite } from './e2e/helpers.js'

let s: Awaited<ReturnType<typeof startStandIns>> | undefined
afterEach(async () => {
  await s?.close()
  s = undefined
})

async function setup(options: Parameters<typeof startStandIns>[0] = {}) {
  s = await startStandIns(options)
  const warnings: string[] = []
  const octokit = createOctokit({
    token: 'ghs_x',
    baseUrl: s.urls.github,
    onWarning: (m) => warnings.push(m),
    retryAfterBaseMs: 10,
    throttle: false
  })
  return { s, octokit, warnings }
}

/** The error a publish fails with (a publish that succeeds fails the test). */
const failure = (p: Promise<unknown>): Promise<Error> =>
  p
    .then(
      () => Promise.reject(new Error('expected publishPost to fail')),
      (e: Error) => e
    )
    .catch((e: Error) => e)

/** Reads the target, then publishes: what run() does, in two steps. */
async function publish(octokit: GitHubClient, over: Partial<PublishRequest & TargetRequest> = {}) {
  const r = request(over)
  return publishPost(octokit, await readTarget(octokit, r), r)
}

const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 1, 254, 128])
const request = (over: Partial<PublishRequest & TargetRequest> = {}): PublishRequest & TargetRequest => ({
  owner: 'octo-blog',
  repo: 'research-blog',
  branch: 'paper-survey/2026-03-01',
  date: '2026-03-01',
  onEditedBranch: 'keep',
  updatePublished: true,
  folders: ['content/posts/2026-03-01-llm-papers'],
  files: [
    { path: 'content/posts/2026-03-01-llm-papers/index.md', content: Buffer.from('# post\n') },
    { path: 'content/posts/2026-03-01-llm-papers/paper_1.png', content: image }
  ],
  title: 'Paper survey for 2026-03-01',
  body: () => 'body',
  labels: [],
  reviewers: [],
  teamReviewers: [],
  draft: false,
  ...over
})

describe('publishPost', () => {
  it('creates the branch from the default branch with one commit holding exactly the bundle, then the PR', async () => {
    const { s, octokit } = await setup({ github: { files: { 'content/posts/old/index.md': 'old post' } } })
    const result = await publish(octokit)
    expect(result).toMatchObject({ operation: 'created', number: 1, url: 'https://github.com/octo-blog/research-blog/pull/1' })
    const files = s.github.filesOf('paper-survey/2026-03-01')!
    expect([...files.keys()].sort()).toEqual([
      'README.md',
      'content/posts/2026-03-01-llm-papers/index.md',
      'content/posts/2026-03-01-llm-papers/paper_1.png',
      'content/posts/old/index.md'
    ])
    expect(files.get('content/posts/2026-03-01-llm-papers/paper_1.png')!.equals(image)).toBe(true)
    expect(files.get('content/posts/old/index.md')!.toString()).toBe('old post')
    const head = s.github.headCommit('paper-survey/2026-03-01')
    expect(head.message).toBe('Add paper survey for 2026-03-01\n\nHugo-Paper-Survey: 2026-03-01\n')
    expect(head.parents).toEqual([s.github.refs.get('heads/main')])
    // Git Data API order: blobs, tree, commit, then the ref, created by GraphQL's compare-and-swap. The
    // image is a blob; index.md, text, rides in the tree request.
    const writes = s
      .requestsTo('github')
      .filter(isGitHubWrite)
      .map((r) => `${r.method} ${r.url.replace(/^\/repos\/octo-blog\/research-blog/, '').replace(/\?.*/, '')}`)
    // The first blob is the write probe, sent before any summary is paid for.
    expect(writes).toEqual(['POST /git/blobs', 'POST /git/blobs', 'POST /git/trees', 'POST /git/commits', 'POST /graphql', 'POST /pulls'])
    const swap = JSON.parse(s.requestsTo('github').find((r) => r.url === '/graphql' && isGitHubWrite(r))!.body)
    expect(swap.variables.input).toEqual({
      repositoryId: 'R_kgDOStandIn',
      refUpdates: [
        {
          name: 'refs/heads/paper-survey/2026-03-01',
          beforeOid: '0'.repeat(40),
          afterOid: s.github.refs.get('heads/paper-survey/2026-03-01'),
          force: true
        },
        // The proof of the action's commits moves with the branch, in the same atomic update.
        {
          name: 'refs/hugo-paper-survey/paper-survey/2026-03-01',
          beforeOid: '0'.repeat(40),
          afterOid: s.github.refs.get('heads/paper-survey/2026-03-01'),
          force: true
        }
      ]
    })
  })

  it('removes files of the bundle folder that the new bundle no longer has, and nothing else', async () => {
    const { s, octokit } = await setup({
      github: {
        files: {
          'content/posts/2026-03-01-llm-papers/index.md': 'merged earlier',
          'content/posts/2026-03-01-llm-papers/paper_6.png': 'old image',
          'content/posts/2026-03-01-llm-papers/notes/keep.md': 'a subfolder is not the bundle’s',
          'content/posts/other/index.md': 'another post'
        }
      }
    })
    await publish(octokit)
    expect([...s.github.filesOf('paper-survey/2026-03-01')!.keys()].sort()).toEqual([
      'README.md',
      'content/posts/2026-03-01-llm-papers/index.md',
      'content/posts/2026-03-01-llm-papers/notes/keep.md',
      'content/posts/2026-03-01-llm-papers/paper_1.png',
      'content/posts/other/index.md'
    ])
  })

  it('is idempotent: none when the branch holds this tree, updated when it changes, a new PR for a new branch', async () => {
    const { s, octokit } = await setup()
    await publish(octokit)
    const head = s.github.refs.get('heads/paper-survey/2026-03-01')
    expect(await publish(octokit, { body: () => 'other body' })).toMatchObject({ operation: 'none', number: 1 })
    expect(s.github.refs.get('heads/paper-survey/2026-03-01')).toBe(head)
    expect(s.github.pulls[0]!.body).toBe('body')

    const changed = {
      body: () => 'new body',
      files: [{ path: 'content/posts/2026-03-01-llm-papers/index.md', content: Buffer.from('# post v2\n') }]
    }
    expect(await publish(octokit, changed)).toMatchObject({ operation: 'updated', number: 1 })
    expect(s.github.pulls).toHaveLength(1)
    expect(s.github.pulls[0]!.body).toBe('new body')
    expect(s.github.headCommit('paper-survey/2026-03-01').parents).toEqual([s.github.refs.get('heads/main')]) // force-updated, not stacked
    expect(s.github.filesOf('paper-survey/2026-03-01')!.get('content/posts/2026-03-01-llm-papers/index.md')!.toString()).toBe('# post v2\n')

    expect(await publish(octokit, { branch: 'paper-survey/2026-02-28' })).toMatchObject({ operation: 'created', number: 2 })
  })

  it('sends labels, user and team reviewers, and draft', async () => {
    const { s, octokit } = await setup()
    await publish(octokit, { labels: ['papers'], reviewers: ['alice'], teamReviewers: ['editors'], draft: true, base: 'main' })
    expect(s.github.pulls[0]).toMatchObject({ draft: true, labels: ['papers'], reviewers: ['alice'], teams: ['editors'], base: 'main' })
  })

  it('names the repository setting when Actions may not create pull requests, and says the branch holds the post', async () => {
    const { octokit, s } = await setup({ github: { pullsBlocked: true } })
    const error = await failure(publish(octokit))
    expect(error.message).toContain('GitHub Actions is not permitted to create or approve pull requests')
    expect(error.message).toContain(
      'Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"'
    )
    expect(error.message).toContain(
      "The branch 'paper-survey/2026-03-01' already holds the post; re-run the workflow to open the pull request."
    )
    expect(s.github.filesOf('paper-survey/2026-03-01')!.has('content/posts/2026-03-01-llm-papers/index.md')).toBe(true)
  })

  it('names the permissions the job needs on a 403 or 404 while writing', async () => {
    const { octokit } = await setup({
      faults: {
        github: (req: { method: string; url: string }) =>
          req.method === 'POST' && req.url.endsWith('/git/blobs')
            ? { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } }
            : undefined
      }
    })
    const error = await failure(publish(octokit))
    expect(error.message).toMatch(
      /GitHub refused to check that the token can write \(a test blob\) \(HTTP 403: Resource not accessible by integration\)/
    )
    expect(error.message).toContain('`permissions: contents: write` and `pull-requests: write`')
    expect(error.message).toContain('fork')
    expect(error.message).not.toContain('already holds the post')
  })

  it('says which base branch does not exist', async () => {
    const { octokit } = await setup()
    const error = await failure(publish(octokit, { base: 'nope' }))
    expect(error.message).toMatch(/read the base branch 'nope'.*Check the base input/)
  })

  it('takes the update path when the PR appears between the list and the create (422)', async () => {
    const { octokit, s } = await setup()
    await publish(octokit)
    let listed = 0
    // The next run's list comes back empty, as if the PR were opened a moment later.
    const hide = (req: { method: string; url: string }) =>
      req.method === 'GET' && req.url.includes('/pulls?') && listed++ === 0 ? { body: [] } : undefined
    const original = s.github.handle
    s.github.handle = (method: string, url: string, body: unknown) =>
      (hide({ method, url }) ?? original(method, url, body)) as ReturnType<typeof original>
    const result = await publish(octokit, {
      body: () => 'race',
      files: [{ path: 'content/posts/2026-03-01-llm-papers/index.md', content: Buffer.from('v3') }]
    })
    expect(result).toMatchObject({ operation: 'updated', number: 1 })
    expect(s.github.pulls).toHaveLength(1)
  })

  it('retries a 5xx in the middle of the write chain and completes', async () => {
    let failed = false
    const { octokit, s } = await setup({
      faults: {
        github: (req: { method: string; url: string }) =>
          req.url.endsWith('/git/trees') && !failed ? ((failed = true), { status: 502, body: { message: 'Server Error' } }) : undefined
      }
    })
    expect((await publish(octokit)).operation).toBe('created')
    expect(s.requestsTo('github').filter((r) => r.url.endsWith('/git/trees'))).toHaveLength(2)
  })

  it('on a GitHub without updateRefs, moves by REST with a warning, and fails on a ref update that keeps answering 409', async () => {
    const { octokit, s } = await setup({ github: { noUpdateRefs: true } })
    const first = await publish(octokit)
    expect(first.operation).toBe('created')
    expect(first.warnings.join('\n')).toContain('This GitHub has no GraphQL updateRefs mutation')
    const before = s.github.refs.get('heads/paper-survey/2026-03-01')
    const original = s.github.handle
    s.github.handle = (method: string, url: string, body: unknown) =>
      (method === 'PATCH' && url.includes('/git/refs/')
        ? { status: 409, body: { message: 'Reference update conflict', status: '409' } }
        : original(method, url, body)) as ReturnType<typeof original>
    const error = await failure(
      publish(octokit, { files: [{ path: 'content/posts/2026-03-01-llm-papers/index.md', content: Buffer.from('v2') }] })
    )
    expect(error.message).toMatch(/refused to update the branch 'paper-survey\/2026-03-01' \(HTTP 409: Reference update conflict\)/)
    expect(s.github.refs.get('heads/paper-survey/2026-03-01')).toBe(before)
  })

  it('on a GitHub without updateRefs that refuses refs outside heads and tags, moves the branch by REST and warns of the proof ref', async () => {
    const { octokit, s } = await setup({ github: { noUpdateRefs: true, refuseCustomRefs: true } })
    const result = await publish(octokit)
    expect(result.operation).toBe('created')
    expect(s.github.refs.get('heads/paper-survey/2026-03-01')).toBe(result.commitSha)
    expect(result.warnings.join('\n')).toContain('GitHub refused the proof ref refs/hugo-paper-survey/paper-survey/2026-03-01')
  })

  it('moves the branch without its proof ref, with a warning, where GitHub refuses refs outside heads and tags', async () => {
    const { octokit, s } = await setup({ github: { refuseCustomRefs: true } })
    const result = await publish(octokit)
    expect(result.operation).toBe('created')
    expect(result.warnings.join('\n')).toContain('GitHub refused the proof ref refs/hugo-paper-survey/paper-survey/2026-03-01')
    expect(s.github.refs.get('heads/paper-survey/2026-03-01')).toBe(result.commitSha)
    expect(s.github.refs.has('hugo-paper-survey/paper-survey/2026-03-01')).toBe(false)
  })

  it('moves the branch when another run of the action created it between the check and the create (422)', async () => {
    const { octokit, s } = await setup()
    const original = s.github.handle
    let hidden = true
    // Another run's commit for the date is there, but the first lookup does not see it yet.
    s.github.commitAsAction(
      'paper-survey/2026-03-01',
      { 'content/posts/2026-03-01-llm-papers/index.md': 'the other run' },
      commitMessage('2026-03-01'),
      'main'
    )
    s.github.handle = (method: string, url: string, body: unknown) =>
      (hidden && method === 'GET' && url.includes('/git/ref/heads') && url.includes('paper-survey')
        ? ((hidden = false), { status: 404, body: { message: 'Not Found', status: '404' } })
        : original(method, url, body)) as ReturnType<typeof original>
    expect((await publish(octokit)).operation).toBe('created')
    expect(s.github.filesOf('paper-survey/2026-03-01')!.get('content/posts/2026-03-01-llm-papers/index.md')!.toString()).toBe('# post\n')
  })

  it('leaves alone a branch that a person created between the check and the create', async () => {
    const { octokit, s } = await setup()
    const original = s.github.handle
    let hidden = true
    const theirs = s.github.commit('paper-survey/2026-03-01', { 'notes.md': 'mine' }, 'Start the survey by hand', 'main')
    s.github.handle = (method: string, url: string, body: unknown) =>
      (hidden && method === 'GET' && url.includes('/git/ref/heads') && url.includes('paper-survey')
        ? ((hidden = false), { status: 404, body: { message: 'Not Found', status: '404' } })
        : original(method, url, body)) as ReturnType<typeof original>
    const result = await publish(octokit)
    expect(result.operation).toBe('none')
    expect(result.kept).toMatch(
      /The branch 'paper-survey\/2026-03-01' moved while this run wrote the post \(it was at no commit, it is now at [0-9a-f]{7}\): a branch of that name now holds only commits the action did not make\. Nothing was overwritten/
    )
    expect(s.github.refs.get('heads/paper-survey/2026-03-01')).toBe(theirs)
    expect(s.github.pulls).toHaveLength(0)
  })
})

describe('the throttled client', () => {
  it('waits on few 1 ms timers before a request when nothing is limited (Bottleneck’s store yields without them)', async () => {
    s = await startStandIns()
    const octokit = createOctokit({ token: 'ghs_x', baseUrl: s.urls.github, onWarning: () => {} })
    await octokit.rest.repos.get({ owner: 'octo-blog', repo: 'research-blog' }) // the limiters set up
    const timers = vi.spyOn(globalThis, 'setTimeout')
    try {
      await octokit.rest.repos.get({ owner: 'octo-blog', repo: 'research-blog' })
      await octokit.rest.git.createBlob({ owner: 'octo-blog', repo: 'research-blog', content: '', encoding: 'utf-8' })
      // Bottleneck still starts each job on a timer (one per limiter a request passes: retry, write,
      // global); its store's own yields, 28 timers for these two requests, are gone.
      const shortWaits = timers.mock.calls.filter(([, ms]) => (ms ?? 0) <= 1)
      expect(shortWaits.length).toBeLessThanOrEqual(8)
    } finally {
      timers.mockRestore()
    }
  })
})

describe('isText', () => {
  it('takes UTF-8 text (Japanese, emoji, CRLF) into the tree request, and leaves images and invalid bytes to blobs', () => {
    for (const text of ['# 要約\n', 'a 🚀\r\n', '']) expect(isText(Buffer.from(text)), text).toBe(true)
    expect(isText(image)).toBe(false)
    expect(isText(Buffer.from([0x61, 0xff, 0x62]))).toBe(false)
    expect(isText(Buffer.from('a\0b'))).toBe(false)
  })
})

describe('images written early', () => {
  it('are not sent again by the commit, which names the blob written while the summaries were', async () => {
    const { octokit, s } = await setup()
    const r = request()
    const target = await readTarget(octokit, r)
    const early = new EarlyBlobs(octokit, 'octo-blog', 'research-blog')
    early.write(image)
    early.write(image) // the same bytes for two papers: one blob
    await early.shaOf(image)
    const blobsBefore = s.requestsTo('github').filter((q) => q.url.endsWith('/git/blobs')).length
    const result = await publishPost(octokit, target, { ...r, early })
    expect(result.operation).toBe('created')
    expect(s.requestsTo('github').filter((q) => q.url.endsWith('/git/blobs')).length).toBe(blobsBefore)
    expect(s.github.filesOf('paper-survey/2026-03-01')!.get('content/posts/2026-03-01-llm-papers/paper_1.png')).toEqual(image)
  })

  it('a refused early blob is sent by the commit itself', async () => {
    const { octokit, s } = await setup()
    const r = request()
    const target = await readTarget(octokit, r)
    const original = s.github.handle
    s.github.handle = (method: string, url: string, body: unknown) =>
      (url.endsWith('/git/blobs') && (body as { content: string }).content !== ''
        ? { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } }
        : original(method, url, body)) as ReturnType<typeof original>
    const early = new EarlyBlobs(octokit, 'octo-blog', 'research-blog')
    early.write(image)
    await early.shaOf(image)
    s.github.handle = original
    expect((await publishPost(octokit, target, { ...r, early })).operation).toBe('created')
    expect(s.github.filesOf('paper-survey/2026-03-01')!.get('content/posts/2026-03-01-llm-papers/paper_1.png')).toEqual(image)
  })
})
