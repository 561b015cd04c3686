// A maintainer's work is never lost: the action against a GitHub stand-in that holds maintainer
// commits, hand-added files, other branches and published posts. Each case asserts on the refs, trees
// and files afterwards, and on what was paid for.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { commitMessage } from '../../src/github/rules.js'
import {
  errorsOf,
  GITHUB_TOKEN,
  runAgainst,
  runBundled,
  SECRET_KEY,
  type StandIns,
  tempWorkspace,
  warningsOf,
  withoutMaskCommands,
  writesTo
} from './helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
const BUNDLE = 'content/posts/2026-03-01-llm-papers'
const quick = { images: 'none' }

let s: StandIns
afterEach(async () => {
  await s?.close()
})
const start = async (options: Parameters<typeof startStandIns>[0] = {}) => (s = await startStandIns(options))
const claudeCalls = () => s.requestsTo('claude').length
const fileOn = (branch: string, p: string) => s.github.filesOf(branch)?.get(p)?.toString('utf8')

describe('a branch with a maintainer’s commit', () => {
  it('is left as it is by default: no force, no paid call, a warning and a job summary that say so', async () => {
    await start()
    const ws = tempWorkspace()
    expect((await runAgainst(s, ws, quick)).outputs['pull-request-operation']).toBe('created')
    const fixup = s.github.commit(BRANCH, { [`${BUNDLE}/index.md`]: 'fixed by a reviewer' }, 'Fix a typo in the summary')
    const calls = claudeCalls()
    const pr = { ...s.github.pulls[0]! }

    const again = await runAgainst(s, ws, { ...quick, count: '4' })
    expect(again.code).toBe(0)
    expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(fixup)
    expect(fileOn(BRANCH, `${BUNDLE}/index.md`)).toBe('fixed by a reviewer')
    expect(s.github.pulls[0]).toMatchObject({ title: pr.title, body: pr.body })
    expect(claudeCalls()).toBe(calls)
    expect(warningsOf(again.stdout).join('\n')).toMatch(
      /holds 1 commit\(s\) the action did not make .*left as they are.*on-edited-branch: add-commit/
    )
    expect(again.summary).toContain('No post was written')
    expect(again.outputs).toMatchObject({ 'pull-request-operation': 'none', 'paper-count': '0', 'post-path': '' })
  })

  it('is left as it is by the bundled action too, as the runner starts it', async () => {
    await start()
    const ws = tempWorkspace()
    await runAgainst(s, ws, quick)
    const fixup = s.github.commit(BRANCH, { [`${BUNDLE}/index.md`]: 'fixed by a reviewer' }, 'Fix a typo in the summary')
    const again = await runBundled(s, ws, { ...quick, count: '4' })
    expect(again.code).toBe(0)
    expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(fixup)
    expect(claudeCalls()).toBe(5) // the first run's only
    expect(warningsOf(again.stdout).join('\n')).toContain('the action did not make')
  })

  it('gets the new post as a commit on top with on-edited-branch: add-commit, keeping the maintainer’s commit', async () => {
    await start()
    const ws = tempWorkspace()
    await runAgainst(s, ws, quick)
    const fixup = s.github.commit(BRANCH, { [`${BUNDLE}/cover.jpg`]: 'a cover image' }, 'Add a cover')
    const r = await runAgainst(s, ws, { ...quick, count: '4', 'on-edited-branch': 'add-commit', 'update-published': 'true' })
    expect(r.code, r.stdout).toBe(0)
    const head = s.github.headCommit(BRANCH)
    expect(head.parents).toEqual([fixup])
    expect(head.message).toMatch(/Hugo-Paper-Survey: 2026-03-01/)
    expect(fileOn(BRANCH, `${BUNDLE}/cover.jpg`)).toBe('a cover image')
    expect(fileOn(BRANCH, `${BUNDLE}/index.md`)).toContain('## 4. ')
    expect(s.github.pulls).toHaveLength(1)
    expect(r.outputs['pull-request-operation']).toBe('updated')
    expect(s.github.pulls[0]!.body).toContain(`\`${BUNDLE}/cover.jpg\``)
  })
})

describe('a pull request a person opened from the action’s branch', () => {
  it('keeps its title and body: the post goes onto the branch, a warning says why the pull request was left alone', async () => {
    await start()
    const ws = tempWorkspace()
    await runAgainst(s, ws, quick)
    const ours = s.github.pulls[0]!
    const copiedState = ours.body
    ours.state = 'closed'
    const theirs = s.github.openPull(BRANCH, { author: 'octo-editor', title: 'My own take', body: `Mine\n\n${copiedState}` })
    const r = await runAgainst(s, ws, { ...quick, count: '4' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const mine = s.github.pulls.find((p: { number: number }) => p.number === theirs)
    expect(mine).toMatchObject({ title: 'My own take', body: `Mine\n\n${copiedState}` })
    expect(fileOn(BRANCH, `${BUNDLE}/index.md`)).toContain('## 4. ')
    expect(warningsOf(r.stdout).join('\n')).toContain(
      `Pull request #${theirs} for the branch '${BRANCH}' was opened by octo-editor, not by the action`
    )
    expect(r.outputs['pull-request-operation']).toBe('none')
  })
})

describe('branches the action did not make', () => {
  it.each([
    ['main', 'it is the base branch'],
    ['release', 'none of its commits was made by the action']
  ])('branch: %s fails before any paid call, naming the branch, and changes nothing', async (branch, reason) => {
    await start()
    const release = s.github.commit('release', { 'CHANGELOG.md': 'v2' }, 'Prepare the release', 'main')
    const main = s.github.refs.get('heads/main')
    const r = await runAgainst(s, tempWorkspace(), { ...quick, branch })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toContain(`The branch '${branch}' is not the action's to write: ${reason}`)
    expect(errorsOf(r.stdout).join('\n')).toContain('Set the branch input')
    expect(claudeCalls()).toBe(0)
    expect(writesTo(s)).toEqual([])
    expect(s.github.refs.get('heads/main')).toBe(main)
    expect(s.github.refs.get('heads/release')).toBe(release)
  })
})

describe('one branch for every date', () => {
  it('keeps yesterday’s unmerged post and adds the new date on top', async () => {
    await start()
    const ws = tempWorkspace()
    const first = await runAgainst(s, ws, { ...quick, branch: 'paper-survey', date: '2026-02-28' })
    expect(first.code, first.stdout).toBe(0)
    const yesterday = s.github.refs.get('heads/paper-survey')
    const r = await runAgainst(s, ws, { ...quick, branch: 'paper-survey' })
    expect(r.code, r.stdout).toBe(0)
    expect(s.github.headCommit('paper-survey').parents).toEqual([yesterday])
    const files = [...s.github.filesOf('paper-survey')!.keys()]
    expect(files).toEqual(expect.arrayContaining(['content/posts/2026-02-28-llm-papers/index.md', `${BUNDLE}/index.md`]))
    expect(s.github.pulls).toHaveLength(1)
    expect(s.github.pulls[0]).toMatchObject({ title: 'Paper surveys for 2026-02-28, 2026-03-01' })
    expect(s.github.pulls[0]!.body).toContain('The branch also holds the unmerged post for 2026-02-28')
  })
})

describe('files a maintainer put into the bundle folder', () => {
  it('stay, on the branch and in the workspace; the pull request lists them; stale images of the action go', async () => {
    await start({
      github: {
        files: {
          [`${BUNDLE}/index.md`]: 'old post',
          [`${BUNDLE}/paper_7.png`]: 'old image',
          [`${BUNDLE}/cover.jpg`]: 'cover',
          [`${BUNDLE}/notes.txt`]: 'notes'
        }
      }
    })
    const ws = tempWorkspace({
      [`${BUNDLE}/index.md`]: 'old post',
      [`${BUNDLE}/paper_7.png`]: 'old image',
      [`${BUNDLE}/cover.jpg`]: 'cover',
      [`${BUNDLE}/notes.txt`]: 'notes'
    })
    const r = await runAgainst(s, ws, { ...quick, 'update-published': 'true' })
    expect(r.code, r.stdout).toBe(0)
    const files = s.github.filesOf(BRANCH)!
    expect([...files.keys()].filter((p) => p.startsWith(BUNDLE)).sort()).toEqual([
      `${BUNDLE}/cover.jpg`,
      `${BUNDLE}/index.md`,
      `${BUNDLE}/notes.txt`
    ])
    expect(fs.readdirSync(path.join(ws, BUNDLE)).sort()).toEqual(['cover.jpg', 'index.md', 'notes.txt'])
    expect(fs.readFileSync(path.join(ws, BUNDLE, 'notes.txt'), 'utf8')).toBe('notes')
    expect(s.github.pulls[0]!.body).toMatch(
      /Files kept in the bundle folder[\s\S]*`content\/posts\/2026-03-01-llm-papers\/cover.jpg`[\s\S]*notes.txt/
    )
  })
})

describe('a date already published', () => {
  it('is a notice with no branch, no pull request and no paid call; update-published writes it again for review', async () => {
    await start({ github: { files: { [`${BUNDLE}/index.md`]: 'merged post' } } })
    const ws = tempWorkspace({ [`${BUNDLE}/index.md`]: 'merged post' })
    const r = await runAgainst(s, ws, quick)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /::notice::The post for 2026-03-01 is already on 'main' \(content\/posts\/2026-03-01-llm-papers\/index.md\).*update-published: true/
    )
    expect(claudeCalls()).toBe(0)
    expect(writesTo(s)).toEqual([])
    expect(s.github.refs.has(`heads/${BRANCH}`)).toBe(false)
    expect(fs.readFileSync(path.join(ws, BUNDLE, 'index.md'), 'utf8')).toBe('merged post')

    const again = await runAgainst(s, ws, { ...quick, 'update-published': 'true' })
    expect(again.outputs['pull-request-operation']).toBe('created')
    expect(fileOn(BRANCH, `${BUNDLE}/index.md`)).toContain('## 1. MediX-R1')
  })

  it('also when the workspace holds it and there is no pull request to open', async () => {
    await start()
    const ws = tempWorkspace({ [`${BUNDLE}/index.md`]: 'written before' })
    const r = await runAgainst(s, ws, { ...quick, 'create-pr': 'false' })
    expect(r.stdout).toContain('::notice::The post for 2026-03-01 is already in the workspace')
    expect(claudeCalls()).toBe(0)
    expect(fs.readFileSync(path.join(ws, BUNDLE, 'index.md'), 'utf8')).toBe('written before')
  })
})

describe('the site’s existing pages', () => {
  it.each([
    [
      'an older post with the same url',
      { 'content/archive/old-survey.md': '---\ntitle: Old\nurl: /llm-papers-2026-03-01/\n---\n' },
      /URL \/llm-papers-2026-03-01\/ of the existing page content\/archive\/old-survey.md.*Change the slug input/
    ],
    [
      'a page whose alias is that url',
      // The section's post writes url, so the new post does too, and takes /llm-papers-2026-03-01/.
      {
        'content/about.md': '+++\ntitle = "About"\naliases = ["/llm-papers-2026-03-01"]\n+++\n',
        'content/posts/old/index.md': '---\ntitle: Old\nurl: old-post\n---\n'
      },
      /existing page content\/about.md.*slug/
    ],
    [
      'a page at the bundle’s path',
      { 'content/posts/2026-03-01-llm-papers.md': '---\ntitle: A page\n---\n' },
      /path posts\/2026-03-01-llm-papers of the existing page content\/posts\/2026-03-01-llm-papers.md.*Change the bundle-name input/
    ]
  ])('%s fails before any paid call, naming the file and the input', async (_name, files, message) => {
    await start()
    const r = await runAgainst(s, tempWorkspace(files), quick)
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(message)
    expect(claudeCalls()).toBe(0)
    expect(writesTo(s)).toEqual([])
  })
})

describe('symbolic links in the bundle folder', () => {
  it.each(['index.md', 'paper_1.png'])('a linked %s is refused before any request, and nothing outside is written', async (name) => {
    await start()
    const ws = tempWorkspace({ [`${BUNDLE}/notes.txt`]: 'x' })
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-outside-'))
    fs.writeFileSync(path.join(outside, 'target'), 'precious')
    fs.symlinkSync(path.join(outside, 'target'), path.join(ws, BUNDLE, name))
    const r = await runAgainst(s, ws, { ...quick, 'update-published': 'true' })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toContain(`${BUNDLE}/${name} is a symbolic link`)
    expect(s.requests).toHaveLength(0)
    expect(fs.readFileSync(path.join(outside, 'target'), 'utf8')).toBe('precious')
  })

  it('a linked bundle folder is refused too', async () => {
    await start()
    const ws = tempWorkspace()
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-outside-'))
    fs.symlinkSync(outside, path.join(ws, BUNDLE))
    const r = await runAgainst(s, ws, quick)
    expect(errorsOf(r.stdout).join('\n')).toContain(`${BUNDLE} is a symbolic link`)
    expect(fs.readdirSync(outside)).toEqual([])
  })
})

describe('secrets in model text', () => {
  it('a summary repeating the API key or a long piece of the token fails a hard check and is never written', async () => {
    let n = 0
    await start({
      claude: () => {
        n++
        if (n === 1)
          return {
            summary: `この論文は${SECRET_KEY}を用いた大規模言語モデルの手法を提案し、評価で有効性を示している。提案手法はベースラインを上回り、実用的な改善をもたらすことが示された。さらに詳細な分析も行っている。`
          }
        if (n === 2)
          return {
            summary: `この論文は${GITHUB_TOKEN.slice(3, 19)}を用いた大規模言語モデルの手法を提案し、評価で有効性を示している。提案手法はベースラインを上回り、実用的な改善をもたらすことが示された。さらに詳細な分析も行っている。`
          }
        return undefined
      }
    })
    const ws = tempWorkspace()
    const r = await runAgainst(s, ws, { ...quick, 'max-concurrency': '1' })
    expect(r.code, r.stdout).toBe(0)
    expect(warningsOf(r.stdout).join('\n')).toMatch(/Left out "MediX-R1.*it contains a secret of this run/)
    const everything = [
      fs.readFileSync(path.join(ws, BUNDLE, 'index.md'), 'utf8'),
      fileOn(BRANCH, `${BUNDLE}/index.md`),
      s.github.pulls[0]!.body,
      withoutMaskCommands(r.stdout),
      r.summary
    ].join('\n')
    expect(everything).not.toContain(SECRET_KEY)
    expect(everything).not.toContain(GITHUB_TOKEN.slice(3, 19))
    expect(r.outputs['paper-count']).toBe('4') // the seed date has five candidates: no reserve replaced it
  })
})

describe('GitHub’s answers that used to cost money', () => {
  it('a token without contents: write fails at the write probe, before any Claude call', async () => {
    await start({
      faults: {
        github: (req: { method: string; url: string }) =>
          req.method === 'POST'
            ? {
                status: 403,
                body: {
                  message: 'Resource not accessible by integration',
                  documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob',
                  status: '403'
                }
              }
            : undefined
      }
    })
    const r = await runAgainst(s, tempWorkspace(), quick)
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(/check that the token can write.*HTTP 403.*permissions: contents: write/)
    expect(claudeCalls()).toBe(0)
  })

  it('drafts unsupported: the pull request is opened ready for review, with a warning', async () => {
    await start({ github: { draftsUnsupported: true } })
    const r = await runAgainst(s, tempWorkspace(), { ...quick, draft: 'true' })
    expect(r.code, r.stdout).toBe(0)
    expect(s.github.pulls).toHaveLength(1)
    expect(s.github.pulls[0]!.draft).toBe(false)
    expect(warningsOf(r.stdout).join('\n')).toContain('does not support draft pull requests')
  })

  it('a primary rate limit is waited out as its reset says; a secondary one that holds says rate limit, not permissions', async () => {
    // GitHub's rate-limit answers per its REST docs (no recording): 403 with x-ratelimit-remaining 0 and
    // x-ratelimit-reset; a secondary limit by its message, with retry-after.
    const primary = JSON.parse(
      fs.readFileSync(new URL('../../__fixtures__/recorded/github/error_403_primary_rate_limit_docs.json', import.meta.url), 'utf8')
    )
    const secondary = JSON.parse(
      fs.readFileSync(new URL('../../__fixtures__/recorded/github/error_403_secondary_rate_limit_quoted.json', import.meta.url), 'utf8')
    )
    let limited = 0
    await start({
      faults: {
        github: (req: { method: string; url: string }) =>
          req.method === 'GET' && req.url.endsWith('/research-blog') && limited++ === 0
            ? {
                status: 403,
                headers: {
                  'x-ratelimit-remaining': '0',
                  'x-ratelimit-limit': '1000',
                  'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2)
                },
                body: primary
              }
            : undefined
      }
    })
    const ok = await runAgainst(s, tempWorkspace(), quick)
    expect(ok.code, ok.stdout).toBe(0)
    expect(warningsOf(ok.stdout).join('\n')).toMatch(/GitHub primary rate limit hit for GET .*retrying in \d s/)
    await s.close()

    await start({
      faults: {
        github: (req: { method: string; url: string }) =>
          req.method === 'POST' && !req.url.endsWith('/git/blobs')
            ? { status: 403, headers: { 'retry-after': '1' }, body: secondary }
            : undefined
      }
    })
    const r = await runAgainst(s, tempWorkspace(), quick)
    expect(r.code).toBe(1)
    const error = errorsOf(r.stdout).join('\n')
    expect(error).toContain(
      "GitHub's secondary rate limit held; GitHub asked to wait 1 s before the next request. This is not a permissions problem."
    )
    expect(error).not.toContain('permissions: contents: write')
    expect(warningsOf(r.stdout).join('\n')).toMatch(/secondary rate limit hit .*retrying in 1 s[\s\S]*secondary rate limit hit .*giving up/)
  })

  // The throttling plugin reads x-ratelimit-reset against the real clock, so the reset is an hour from now.
  const hourAway = Math.floor(Date.now() / 1000) + 3600
  it.each([
    [
      'retry-after: 120',
      { 'retry-after': '120' },
      "GitHub's secondary rate limit held; GitHub asked to wait 120 s before the next request"
    ],
    [
      'a reset an hour away',
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(hourAway) },
      `GitHub's primary rate limit (5000 requests an hour for this token) is used up; it resets at ${new Date(hourAway * 1000).toISOString()}`
    ]
  ])('a 429 with %s is never asked again sooner, and the run says which limit and when it resets', async (_, headers, says) => {
    // GitHub answers 429 for rate limits too (REST docs); the body is its documented rate-limit message.
    const body = {
      message: 'API rate limit exceeded',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
    }
    await start({
      faults: {
        github: (req: { method: string; url: string }) =>
          req.method === 'GET' && req.url.endsWith('/research-blog') ? { status: 429, headers, body } : undefined
      }
    })
    const r = await runAgainst(s, tempWorkspace(), quick)
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toContain(says)
    expect(errorsOf(r.stdout).join('\n')).toContain('never asks again sooner than GitHub says')
    expect(s.requests.filter((q) => q.service === 'github' && q.url.endsWith('/research-blog'))).toHaveLength(1)
    expect(s.requestsTo('claude')).toHaveLength(0)
  })
})

describe('two runs for the same date at once', () => {
  it('end with one branch and one pull request', async () => {
    await start()
    const [a, b] = await Promise.all([runAgainst(s, tempWorkspace(), quick), runAgainst(s, tempWorkspace(), quick)])
    expect([a.code, b.code]).toEqual([0, 0])
    expect([...s.github.refs.keys()].filter((r) => r.startsWith('heads/paper-survey'))).toEqual([`heads/${BRANCH}`])
    expect(s.github.pulls).toHaveLength(1)
    expect(s.github.headCommit(BRANCH).message).toBe(commitMessage('2026-03-01'))
  })
})

describe('a long-lived branch without {date}', () => {
  const ownCommits = (count: number) => {
    for (let i = 0; i < count; i++) {
      const date = `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
      s.github.commitAsAction(
        'paper-survey',
        { [`content/posts/${date}-llm-papers/index.md`]: `post ${i}\n` },
        commitMessage(date),
        i === 0 ? 'main' : undefined
      )
    }
  }

  it('holding 120 of the action’s commits is read a page of 100 at a time and gets the new date on top', async () => {
    await start()
    ownCommits(120)
    const before = s.github.refs.get('heads/paper-survey')
    const r = await runAgainst(s, tempWorkspace(), { ...quick, branch: 'paper-survey' })
    expect(r.code, r.stdout).toBe(0)
    const compares = s.requests.filter((q) => q.service === 'github' && q.url.includes('/compare/'))
    // Base…branch in two pages; then proof…branch, which holds nothing the proof does not reach.
    expect(compares.map((q) => new URL(q.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '1'])
    for (const q of compares) expect(new URL(q.url, 'http://x').searchParams.get('per_page')).toBe('100')
    expect(s.github.headCommit('paper-survey').parents).toEqual([before])
    expect(s.github.filesOf('paper-survey')!.has(`${BUNDLE}/index.md`)).toBe(true)
  })

  it('further ahead than the action reads is kept as it is, saying why, with nothing paid for', async () => {
    await start()
    ownCommits(301)
    const before = s.github.refs.get('heads/paper-survey')
    const r = await runAgainst(s, tempWorkspace(), { ...quick, branch: 'paper-survey' })
    expect(r.code).toBe(0)
    expect(warningsOf(r.stdout).join('\n')).toContain(
      "The branch 'paper-survey' holds more than 300 commits beyond the base, more than the action reads (100 a page)"
    )
    expect(s.github.refs.get('heads/paper-survey')).toBe(before)
    expect(claudeCalls()).toBe(0)
  })
})

describe('an empty repository', () => {
  it('fails at once, before any paid call, saying a first commit on the base branch is needed', async () => {
    await start({ github: { empty: true } })
    const r = await runAgainst(s, tempWorkspace(), quick)
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toContain(
      "The repository octo-blog/research-blog has no commit yet (GitHub: \"Git Repository is empty.\"), so there is no base branch 'main' to open a pull request against. Push a first commit to 'main'"
    )
    expect(s.requests.filter((q) => q.service === 'github' && q.url.includes('/git/ref/'))).toHaveLength(1)
    expect(claudeCalls()).toBe(0)
  })
})

describe('a maintainer’s git habits on the action’s branch', () => {
  // The action's first run made the branch; then a maintainer rewrote or extended it with git.
  const habits: [string, (ours: string) => string][] = [
    // git commit --amend --no-edit: the same message and trailer, another commit, force-pushed.
    ['an amended commit', () => s.github.commit(BRANCH, { [`${BUNDLE}/index.md`]: 'typo fixed\n' }, commitMessage('2026-03-01'), 'main')],
    // A fix-up squashed into the action's commit: its message kept, trailer and all.
    [
      'a squash of the action’s commit and a fix-up',
      () => s.github.commit(BRANCH, { [`${BUNDLE}/index.md`]: 'squashed\n', 'notes.md': 'n\n' }, commitMessage('2026-03-01'), 'main')
    ],
    // A fix-up on top that copies the trailer line.
    [
      'a fix-up that carries the trailer',
      () => s.github.commit(BRANCH, { [`${BUNDLE}/index.md`]: 'fixed\n' }, commitMessage('2026-03-01', 'Fix a typo'))
    ],
    // An edit in GitHub's web editor: a commit on top with the editor's message.
    ['a web edit', () => s.github.commit(BRANCH, { [`${BUNDLE}/index.md`]: 'edited on github.com\n' }, `Update index.md`)]
  ]
  // With the proof ref, and on a GitHub that refuses it (the pull request's record is the proof there).
  const cases = habits.flatMap(([name, habit]) => [
    [name, 'the proof ref', {}, habit] as const,
    [name, 'the pull request’s record', { refuseCustomRefs: true }, habit] as const
  ])

  it.each(cases)('%s is a maintainer’s commit under %s: the branch is kept, nothing is paid for', async (_, _proof, github, habit) => {
    await start({ github })
    const ws = tempWorkspace()
    const first = await runAgainst(s, ws, quick)
    expect(first.code, first.stdout).toBe(0)
    const theirs = habit(s.github.refs.get(`heads/${BRANCH}`)!)
    const calls = claudeCalls()
    const r = await runAgainst(s, tempWorkspace(), { ...quick, count: '4' })
    expect(r.code).toBe(0)
    expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(theirs)
    expect(warningsOf(r.stdout).join('\n')).toContain(`commit(s) the action did not make (${theirs.slice(0, 7)})`)
    expect(claudeCalls()).toBe(calls)
  })
})
