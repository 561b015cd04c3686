// The review commands through the bundled action, as the runner starts it on issue_comment: a survey
// opens the pull request (3 papers, 2 reserves), then a comment's commands change the post by one
// commit on top. Asserted on what the GitHub stand-in holds afterwards: the branch's commits and files,
// the pull request's body, the comments and reactions, and the Claude calls.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFixture, startStandIns } from '../../scripts/stand-ins.mjs'
import { errorsOf, runBundled, siteWorkspace, type StandIns } from './helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
const POST = 'content/posts/2026-03-01-llm-papers/index.md'
const BUNDLE = 'content/posts/2026-03-01-llm-papers'

let s: StandIns
let ws: string
beforeEach(async () => {
  s = await startStandIns({ github: { collaborators: { 'octo-editor': 'write', 'octo-maintainer': 'maintain', 'octo-reader': 'read' } } })
  ws = siteWorkspace()
  const survey = await runBundled(s, ws, { count: '3' })
  expect(errorsOf(survey.stdout), survey.stdout).toEqual([])
})
afterEach(async () => {
  await s.close()
})

/** The event file the runner writes for a new comment on pull request #1 (the recorded webhook, on a pull request). */
function eventFile(body: string, { login = 'octo-editor', action = 'created', number = 1, onPull = true } = {}): string {
  const event = JSON.parse(readFixture(`recorded/github/webhook_issue_comment_${action === 'edited' ? 'edited' : 'created'}.json`).toString('utf8'))
  event.action = action
  event.issue.number = number
  if (onPull)
    event.issue.pull_request = {
      url: `https://api.github.com/repos/octo-blog/research-blog/pulls/${number}`,
      html_url: `https://github.com/octo-blog/research-blog/pull/${number}`,
      diff_url: `https://github.com/octo-blog/research-blog/pull/${number}.diff`,
      patch_url: `https://github.com/octo-blog/research-blog/pull/${number}.patch`,
      merged_at: null
    }
  event.comment.id = 4242
  event.comment.body = body
  event.comment.user.login = login
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hps-event-')), 'event.json')
  fs.writeFileSync(file, JSON.stringify(event))
  return file
}

const command = (body: string, options: Parameters<typeof eventFile>[1] = {}) =>
  runBundled(s, ws, { count: '3' }, { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventFile(body, options) })

const post = (): string => s.github.filesOf(BRANCH)!.get(POST)!.toString('utf8')
const headings = (): string[] => post().split('\n').filter((l) => /^## \d/.test(l))
const claudeCalls = (): number => s.requestsTo('claude').length
const reactions = (): string[] => s.github.reactions.map((r: { content: string }) => r.content)
const lastComment = (): string => s.github.comments.at(-1)?.body ?? ''

describe('review commands', () => {
  it('drop: removes the paper without a Claude call, renumbers the rest and renames their images', async () => {
    const before = post()
    const calls = claudeCalls()
    const head = s.github.refs.get(`heads/${BRANCH}`)
    const r = await command('/survey drop 1')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(claudeCalls()).toBe(calls)
    expect(headings()).toEqual(['## 1. Accelerating Diffusion via Hybrid Data-Pipeline Parallelism Based on Conditional Guidance Scheduling', '## 2. EmbodMocap: In-the-Wild 4D Human-Scene Reconstruction for Embodied Agents'])
    const files = s.github.filesOf(BRANCH)!
    expect(files.has(`${BUNDLE}/paper_3.png`)).toBe(false)
    expect(post()).toContain('(paper_1.png)')
    expect(post()).not.toContain('MediX-R1')
    // The old paper 2's section, as it was, under its new number.
    const section2 = before.slice(before.indexOf('\n## 2. '), before.indexOf('\n## 3. '))
    expect(post()).toContain(section2.replace('## 2. ', '## 1. ').replace('paper_2.png', 'paper_1.png'))
    // One commit on top, the action's mark, its parent the head it read.
    const commit = s.github.headCommit(BRANCH)!
    expect(commit.parents).toEqual([head])
    expect(commit.message).toMatch(/drop 1[\s\S]*Hugo-Paper-Survey: 2026-03-01/)
    expect(reactions()).toEqual(['eyes', 'rocket'])
    expect(lastComment()).toContain('Dropped paper 1, “MediX-R1: Open Ended Medical Reinforcement Learning”')
    expect(s.github.pulls[0]!.body).toContain('adds `content/posts/2026-03-01-llm-papers/index.md` with 2 papers')
    expect(r.outputs['paper-count']).toBe('2')
  })
})
