// Review commands when GitHub fails or races them: the reply, the branch and the body's state always
// agree on what happened, and no paper is changed that was not named, nor put in twice. GitHub's faults
// are injected at the writes of the command's chain (a secondary rate limit on the body update, a 502
// after the ref move was carried out); two commands run at once on one pull request.
import { describe, expect, it } from 'vitest'
import { readState } from '../../src/body-state.js'
import { commentEvent, errorsOf, runAgainst, runBundled, sharedSurvey, type StandIns } from './helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
const POST = 'content/posts/2026-03-01-llm-papers/index.md'

/** The GitHub fault of the test running now: undefined lets every request through. */
let fault:
  ((q: { method: string; url: string; body: string }) => { status: number; body: unknown; headers?: object } | undefined) | undefined
let s: StandIns
let ws: string
sharedSurvey(
  { standIns: { faults: { github: (q: { method: string; url: string; body: string }) => fault?.(q) } }, inputs: { count: '3' } },
  (standIns, workspace) => {
    s = standIns
    ws = workspace
    fault = undefined
  }
)

const command = (body: string) => runAgainst(s, ws, { count: '3' }, commentEvent(body, { login: 'octo-blog' }))
const headings = (): string[] =>
  s.github
    .filesOf(BRANCH)!
    .get(POST)!
    .toString('utf8')
    .match(/^## \d+\. .*$/gm) ?? []
const titlesOnBranch = (): string[] => headings().map((h) => h.replace(/^## \d+\. /, ''))
const stateTitles = (): string[] => readState(s.github.pulls[0]!.body)!.papers.map((p) => p.title)
const lastComment = (): string => s.github.comments.at(-1)?.body ?? ''
const reactions = (): string[] => s.github.reactions.map((r: { content: string }) => r.content)

describe('a post GitHub will not give through the contents API', () => {
  it('is read as the blob its folder listing names, and the command is carried out', async () => {
    const before = titlesOnBranch()
    // GitHub answers a file over 1 MB this way for the default media type (or refuses it outright).
    fault = (q) =>
      q.method === 'GET' && q.url.includes('/contents/') && q.url.includes('index.md')
        ? { status: 403, body: { message: 'This API returns blobs up to 1 MB in size.', status: '403' } }
        : undefined
    const from = s.requests.length
    const r = await command('/survey drop 2')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(titlesOnBranch()).toEqual([before[0], before[2]])
    expect(s.requests.slice(from).some((q) => q.service === 'github' && /\/git\/blobs\/[0-9a-f]{40}/.test(q.url))).toBe(true)
  })
})

describe('a fault after the commit landed', () => {
  it('a secondary rate limit on the body update: the reply says what landed, and repeating the command drops nothing more', async () => {
    const before = titlesOnBranch()
    fault = (q) =>
      q.method === 'PATCH' && q.url.endsWith('/pulls/1')
        ? {
            status: 403,
            headers: { 'retry-after': '1' },
            body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', status: '403' }
          }
        : undefined
    const r = await command('/survey drop 2')
    expect(r.code).toBe(1)
    expect(titlesOnBranch()).toEqual([before[0], before[2]])
    const head = s.github.refs.get(`heads/${BRANCH}`)!
    expect(lastComment()).toContain(`Done in ${head.slice(0, 7)} on the branch`)
    expect(lastComment()).toContain('Dropped paper 2')
    expect(lastComment()).toContain('Do not repeat the command')
    expect(lastComment()).not.toContain('nothing was changed')
    expect(reactions().at(-1)).toBe('confused')
    expect(r.summary).toContain('Dropped paper 2')
    expect(stateTitles()).toEqual(before) // the body is behind, as the reply says

    // The maintainer repeats it anyway: the body is brought in line, no second paper goes.
    fault = undefined
    const again = await command('/survey drop 2')
    expect(errorsOf(again.stdout), again.stdout).toEqual([])
    expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(head)
    expect(titlesOnBranch()).toEqual([before[0], before[2]])
    expect(stateTitles()).toEqual([before[0], before[2]])
    expect(lastComment()).toContain('Nothing was changed on the branch')
    expect(lastComment()).toContain(`1. “${before[0]}”`)
  })

  it('the same through the bundled action on Node 24: the step fails, the reply and the job summary say what landed', async () => {
    const before = titlesOnBranch()
    fault = (q) =>
      q.method === 'PATCH' && q.url.endsWith('/pulls/1')
        ? // GitHub's secondary limit with its wait: the throttling plugin waits it out once (1 s), then gives up.
          { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.', status: '403' } }
        : undefined
    const r = await runBundled(s, ws, { count: '3' }, commentEvent('/survey drop 1', { login: 'octo-blog' }))
    expect(r.code).toBe(1)
    expect(titlesOnBranch()).toEqual(before.slice(1))
    expect(stateTitles()).toEqual(before)
    for (const text of [lastComment(), r.summary]) {
      expect(text).toContain('on the branch:')
      expect(text).toContain('Dropped paper 1')
    }
    expect(r.stdout).toMatch(/::error::GitHub refused to update the pull request's body/)
  })

  it('a 502 after GitHub moved the branch: the move is taken as made, one commit, the reply and body say so', async () => {
    const before = titlesOnBranch()
    const head = s.github.refs.get(`heads/${BRANCH}`)!
    let moved = false
    fault = (q) => {
      if (moved || q.url !== '/graphql' || !JSON.parse(q.body).query.includes('updateRefs')) return undefined
      moved = true
      s.github.handle('POST', '/graphql', JSON.parse(q.body)) // GitHub carried it out; the answer is lost
      return { status: 502, body: { message: 'Server Error' } }
    }
    const r = await command('/survey drop 1')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(moved).toBe(true)
    expect(s.github.headCommit(BRANCH).parents).toEqual([head]) // one commit, not the change made twice
    expect(titlesOnBranch()).toEqual(before.slice(1))
    expect(stateTitles()).toEqual(before.slice(1))
    expect(lastComment()).toContain('Dropped paper 1')
    expect(reactions().at(-1)).toBe('rocket')
  })
})

describe('a post that holds a paper twice', () => {
  it('is shown as it is, and `drop` takes one copy out', async () => {
    const md = s.github.filesOf(BRANCH)!.get(POST)!.toString('utf8')
    const second = md.slice(md.indexOf('\n## 2. '), md.indexOf('\n## 3. '))
    const doubled = md
      .replace(second, `${second}${second.replace('## 2. ', '## 3. ')}`)
      .replace(/\n## 3\. (?![\s\S]*\n## 3\. )/, '\n## 4. ')
    s.github.commit(BRANCH, { [POST]: doubled }, 'A paste gone wrong')
    const titles = titlesOnBranch()
    expect(titles).toHaveLength(4)
    expect(titles[1]).toBe(titles[2])

    // The body learns the post as it is, and nothing else changes.
    const synced = await command('/survey drop 3')
    expect(errorsOf(synced.stdout), synced.stdout).toEqual([])
    expect(stateTitles()).toEqual(titles)
    expect(titlesOnBranch()).toEqual(titles)

    const r = await command('/survey drop 3')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(titlesOnBranch()).toEqual([titles[0], titles[1], titles[3]])
    expect(stateTitles()).toEqual([titles[0], titles[1], titles[3]])
  })
})

describe('two commands at once on one pull request', () => {
  it('never put one reserve in twice: the branch and the body agree, every paper once', async () => {
    const runs = await Promise.all([command('/survey replace 1'), command('/survey replace 2')])
    const titles = titlesOnBranch()
    expect(new Set(titles).size).toBe(titles.length)
    expect(titles).toHaveLength(3)
    expect(stateTitles()).toEqual(titles)
    // At least one was carried out; the other was carried out on top or said why it was not.
    expect(runs.some((r) => r.code === 0)).toBe(true)
    for (const r of runs.filter((x) => x.code !== 0)) expect(r.stdout).toMatch(/meanwhile|behind|moved/)
  })
})
